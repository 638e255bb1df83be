/**
 * The one place that decides which element is "the field" for an event and which adapter handles it
 * (like Harper's editorUtils). Does not judge sensitivity: call isCoachable on the result.
 */
import { ADAPTERS, FALLBACK_ADAPTER } from './registry';
import type { FieldAdapter, FieldElement } from './types';

export { findEditableRoot } from './editable-root';

/** The adapter for a field root (first match in the registry; plain contenteditable otherwise). */
export function adapterFor(el: FieldElement): FieldAdapter {
  for (const adapter of ADAPTERS) {
    try {
      if (adapter.detect(el)) return adapter;
    } catch {
      // A detector that throws does not match.
    }
  }
  return FALLBACK_ADAPTER;
}
