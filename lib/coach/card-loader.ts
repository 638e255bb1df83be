import type { replaceText } from '../fields/replace';
import type { ignorePhrase, pauseSite } from './actions';
import { loadBundle } from './bundles';
import type { CardController } from './CardController';
import type { Open } from './card-state';
import type { insertDraft } from './insert-draft';
import type { saveDraft } from './nudge-save';

/** A card controller's card, in the card bundle: shows its open card, and carries out its buttons. */
export interface CardView {
  render(open: Open | null): void;
  unmount(): void;
}

/**
 * What the card bundle (entrypoints/card.tsx) registers: React and the card, and the code that
 * runs only once a person acts, kept out of the coach bundle loaded with every first focus.
 */
export interface CardModule {
  /** The card of `controller`, rendered (React) into its mount. */
  createView(controller: CardController): CardView;
  /** Writing to a field through its editor's own path (lib/fields/replace.ts). */
  replaceText: typeof replaceText;
  /** "Put back" a saved draft into the focused field (insert-draft.ts). */
  insertDraft: typeof insertDraft;
  /** The send pause's "Save for later" and what follows it (nudge-save.ts). */
  saveDraft: typeof saveDraft;
  /** The card's one-click actions, asked of the background (actions.ts). */
  ignorePhrase: typeof ignorePhrase;
  pauseSite: typeof pauseSite;
}

/**
 * React and the card, loaded into this frame the first time a card opens (or, where nothing was
 * flagged, when a draft is put back, or when the send pause opens).
 */
export function loadCard(): Promise<CardModule> {
  return loadBundle<CardModule>('card');
}
