/** Draft.js: paste only. Synthetic beforeinput does nothing, and execCommand across a formatted run (bold) corrupts its model. */
import type { FieldElement } from '../types';
import { editableAdapter } from './contenteditable';

export const draftAdapter = editableAdapter({
  id: 'draft',
  detect: (el: FieldElement) => el.matches('.public-DraftEditor-content'),
  methods: ['paste'],
  editorUndo: true,
});
