/**
 * Plain contenteditable (and the base for recognised rich-text editors): text read with the
 * EDITORS.md rules (lib/fields/text-map.ts), replaced through the cascade in lib/fields/replace.ts
 * with the methods its `edit` names.
 */
import { buildTextMap } from '../text-map';
import type { EditMethod, FieldAdapter, FieldElement, TextSnapshot } from '../types';

export function readEditable(el: Element): TextSnapshot {
  try {
    return buildTextMap(el);
  } catch {
    return { text: '', rangeFor: () => null, offsetOf: () => -1 };
  }
}

export interface EditableAdapterSpec {
  id: string;
  /** True for this editor's root (the editing host). */
  detect: (el: FieldElement) => boolean;
  /** The replace methods known to work for this editor, in order. */
  methods: readonly EditMethod[];
  /** The editor has its own undo history (Ctrl+Z undoes what it applied from our event). */
  editorUndo: boolean;
}

/** Builds an adapter for a contenteditable-based editor: detection plus the methods that work for it. */
export function editableAdapter(spec: EditableAdapterSpec): FieldAdapter {
  return {
    id: spec.id,
    detect(el) {
      try {
        return spec.detect(el);
      } catch {
        return false;
      }
    },
    read: readEditable,
    edit: { methods: spec.methods, editorUndo: spec.editorUndo },
  };
}

/** Any other contenteditable: the full cascade. Synthetic events do nothing in a plain field, so
 * execCommand (browser undo) does the work there; an unknown editor that handles beforeinput or
 * paste takes over before that. */
export const contenteditableAdapter = editableAdapter({
  id: 'contenteditable',
  detect: (el) => (el as HTMLElement).isContentEditable === true,
  methods: ['beforeinput', 'paste', 'execCommand'],
  editorUndo: false,
});
