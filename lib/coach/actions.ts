/**
 * The outcome of a one-click action the card or the nudge offers ("Don't flag this phrase again",
 * "Pause on this site"): either done, with a way back that the in-page confirmation offers as
 * Undo, or not done, with the reason the person is told.
 */
export type ActionResult = { ok: true; undo: () => Promise<boolean> } | { ok: false; reason: ActionFailure };

/**
 * 'limit': the list is full (500 phrases); 'too-long': the phrase is over the length a phrase may
 * have; 'failed': storage refused the write (quota, rate): nothing was changed.
 */
export type ActionFailure = 'limit' | 'too-long' | 'failed';
