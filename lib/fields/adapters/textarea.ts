/** Textarea and text/search inputs: the value is the model; execCommand keeps the browser's undo. */
import type { FieldAdapter, FieldElement, TextSnapshot } from '../types';

type TextControl = HTMLTextAreaElement | HTMLInputElement;

/** Snapshot of a textarea/input. Its text has no DOM nodes, so `rangeFor` is always null. */
export function readTextControl(el: TextControl): TextSnapshot {
  const text = el.value;
  return {
    text,
    rangeFor: () => null,
    offsetOf: (node: Node, offset: number) =>
      node === el && Number.isInteger(offset) ? Math.max(0, Math.min(offset, text.length)) : -1,
  };
}

function emptySnapshot(): TextSnapshot {
  return { text: '', rangeFor: () => null, offsetOf: () => -1 };
}

function controlAdapter(id: 'textarea' | 'input', tag: 'textarea' | 'input'): FieldAdapter {
  return {
    id,
    detect: (el: FieldElement) => el.localName === tag,
    read(el: FieldElement): TextSnapshot {
      try {
        return readTextControl(el as TextControl);
      } catch {
        return emptySnapshot();
      }
    },
  };
}

export const textareaAdapter = controlAdapter('textarea', 'textarea');
export const inputAdapter = controlAdapter('input', 'input');
