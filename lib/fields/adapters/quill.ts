/** Quill 2: beforeinput with a non-collapsed target range keeps the formats; execCommand for the rest. */
import type { FieldElement } from '../types';
import { editableAdapter } from './contenteditable';

export const quillAdapter = editableAdapter({
  id: 'quill',
  detect: (el: FieldElement) => el.matches('.ql-editor'),
  methods: ['beforeinput', 'execCommand'],
  editorUndo: true,
});
