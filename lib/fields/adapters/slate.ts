/** Slate: beforeinput (or paste with text/plain only). Never execCommand or DOM edits: the page would show new text while the model stays old, and the next keystrokes corrupt it. */
import type { FieldElement } from '../types';
import { editableAdapter } from './contenteditable';

export const slateAdapter = editableAdapter({
  id: 'slate',
  detect: (el: FieldElement) => el.matches('[data-slate-editor]'),
  methods: ['beforeinput', 'paste'],
  editorUndo: true,
});
