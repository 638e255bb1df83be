/** ProseMirror / Tiptap: ignores synthetic beforeinput; paste (text/plain) and execCommand both work. */
import type { FieldElement } from '../types';
import { editableAdapter } from './contenteditable';

export const prosemirrorAdapter = editableAdapter({
  id: 'prosemirror',
  detect: (el: FieldElement) => el.matches('.ProseMirror'),
  methods: ['paste', 'execCommand'],
  editorUndo: true,
});
