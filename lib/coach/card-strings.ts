/**
 * The in-page strings of the card bundle (entrypoints/card.tsx): the card's, and those of what
 * follows the send pause's "Save for later" (nudge-save.ts), with the coach bundle's (strings.ts).
 * From public/_locales (the browser's i18n); the English text is the fallback.
 */
import { EN, message } from './strings';

const CARD_EN = {
  cardLabel: 'Soft Start tone suggestion',
  closeCard: 'Close',
  dismiss: 'Dismiss',
  ignorePhrase: "Don't flag this phrase again",
  pauseSite: 'Pause on this site',
  undo: 'Undo',
  copyWording: 'Copy the wording',
  copied: 'Copied. Paste it where you like.',
  applied: 'Done. Your words, a little softer.',
  notApplied: "This page didn't accept the change, so nothing was altered.",
  notAppliedUnsure:
    "This page didn't take the change as expected. Please check your text; Ctrl+Z undoes anything that went in.",
  notAppliedChanged:
    'Your text changed while this was being applied. Please check it; Ctrl+Z undoes the change.',
  textChanged: 'Your text changed, so here is a fresh look.',
  undone: 'Back to your original words.',
  undoFailed: 'Your text has changed since, so it was left as it is. Ctrl+Z in the field can still undo.',
  suggestionsHeading: 'Ways to say it',
  replaceWith: 'Replace “$OLD$” with “$NEW$”',
  removeWords: 'Remove “$OLD$”',
  position: '$CURRENT$ of $TOTAL$',
  previous: 'Previous',
  next: 'Next',
  previousLabel: 'Previous suggestion',
  nextLabel: 'Next suggestion',
  why: 'Why?',
  whyLabel: 'Why? The thinking behind Soft Start, on its About page',
  ignored: "Got it: “$PHRASE$” won't be flagged again.",
  ignoreUndone: '“$PHRASE$” will be flagged again.',
  pausedHere: 'Paused on this site. Resume it from the Soft Start button in your toolbar.',
  pauseUndone: 'On again for this site.',
  actionLimit: "Your list of phrases not to flag is full. Remove some in Soft Start's settings first.",
  actionTooLong: "That phrase is too long to keep on the list, so it wasn't added.",
  actionFailed: "Couldn't save that, so nothing was changed. Please try again.",
  actionUndoFailed: "Couldn't undo that. You can change it in Soft Start's settings.",
  stateCalm: 'calm',
  pauseSuggestion: 'Heated right now? You could save this and come back once you have cooled down.',
  catBlame: 'Blame',
  catAbsolutes: 'Always / never',
  catContempt: 'Labels and contempt',
  catTalkingDown: 'Talking down',
  catWithdrawal: 'Pulling away',
  catHeat: 'Heat',
  draftSaved: 'Saved on this device. Clear the field?',
  draftTooLong:
    'This is too long to keep as a draft (20,000 characters at most). Copy it somewhere safe instead.',
  draftSiteFull:
    'You already have 10 drafts from this site. Delete one from the Soft Start toolbar menu, then save this one.',
  draftListFull:
    'You already have 50 drafts. Delete one from the Soft Start toolbar menu, then save this one.',
  clearYes: 'Yes, clear it',
  clearNo: 'No, keep it',
  notCleared: 'The field was left as it is. Your draft is saved.',
  remindLabel: 'Remind me to come back to it',
  remind20m: 'In 20 minutes',
  remind1h: 'In 1 hour',
  remindTomorrow: 'Tomorrow morning',
  remindSet20m: "I'll remind you in 20 minutes, without showing your words.",
  remindSet1h: "I'll remind you in an hour, without showing your words.",
  remindSetTomorrow: "I'll remind you tomorrow morning, without showing your words.",
  remindNotSet: "Couldn't set a reminder. Your draft is still saved.",
} as const;

/** The messages.json entries for every in-page string (kept in sync by a unit test). */
export const COACH_MESSAGES = { ...EN, ...CARD_EN };

export type StringKey = keyof typeof COACH_MESSAGES;

export function t(key: StringKey, subs: Record<string, string | number> = {}): string {
  return message(key, COACH_MESSAGES[key], subs);
}

export function categoryLabel(category: string): string {
  switch (category) {
    case 'blame':
      return t('catBlame');
    case 'absolutes':
      return t('catAbsolutes');
    case 'contempt':
      return t('catContempt');
    case 'talking-down':
      return t('catTalkingDown');
    case 'withdrawal':
      return t('catWithdrawal');
    default:
      return t('catHeat');
  }
}
