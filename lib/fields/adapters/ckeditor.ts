/** CKEditor 5: beforeinput (or paste). It throws away execCommand and DOM edits. */
import type { FieldElement } from '../types';
import { editableAdapter } from './contenteditable';

export const ckeditorAdapter = editableAdapter({
  id: 'ckeditor',
  detect: (el: FieldElement) => el.matches('.ck-editor__editable'),
  methods: ['beforeinput', 'paste'],
  editorUndo: true,
});
