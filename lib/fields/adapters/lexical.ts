/** Lexical (rich and plain text): handles beforeinput itself; execCommand also works (EDITORS.md). */
import type { FieldElement } from '../types';
import { editableAdapter } from './contenteditable';

export const lexicalAdapter = editableAdapter({
  id: 'lexical',
  detect: (el: FieldElement) => el.matches('[data-lexical-editor]'),
  methods: ['beforeinput', 'execCommand'],
  editorUndo: true,
});
