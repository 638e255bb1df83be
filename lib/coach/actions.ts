import type { ActionReply } from '../messaging/protocol';
import { ask } from '../messaging/send';

/**
 * The outcome of a one-click action the card offers ("Don't flag this phrase again",
 * "Pause on this site"): either done, with a way back that the in-page confirmation offers as
 * Undo, or not done, with the reason the person is told.
 */
export type ActionResult = { ok: true; undo: () => Promise<boolean> } | { ok: false; reason: ActionFailure };

/**
 * 'limit': the list is full (500 phrases); 'too-long': the phrase is over the length a phrase may
 * have; 'failed': storage refused the write (quota, rate): nothing was changed.
 */
export type ActionFailure = 'limit' | 'too-long' | 'failed';

/** The background's answer to a one-click action, as the card's ActionResult (with Undo). */
export function actionResult(reply: ActionReply | null): ActionResult {
  if (!reply) return { ok: false, reason: 'failed' };
  if (!reply.ok) return { ok: false, reason: reply.reason };
  const token = reply.token;
  let undone = false;
  return {
    ok: true,
    // Nothing changed (already ignored / already off): nothing to revert.
    undo: async () => {
      if (token === undefined) return true;
      if (undone) return true;
      undone = (await ask({ type: 'action:undo', token })) === true;
      return undone;
    },
  };
}

/**
 * "Don't flag this phrase again": the background writes settings (one writer), adds the phrase and
 * gives a token for Undo when something changed. In the card bundle, whose button asks it.
 */
export async function ignorePhrase(phrase: string): Promise<ActionResult> {
  return actionResult(await ask({ type: 'phrase:ignore', phrase }));
}

/** "Pause on this site": the background pauses this page's site (with a token for Undo). */
export async function pauseSite(): Promise<ActionResult> {
  return actionResult(await ask({ type: 'site:pause' }));
}
