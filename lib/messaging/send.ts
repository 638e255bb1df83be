import { browser } from 'wxt/browser';
import { parseReply, type ToBackground } from './protocol';

/**
 * Sends a message to the background and checks its answer against the protocol. Resolves to the
 * parsed answer, or null when the background could not be reached or answered something
 * malformed. Never throws.
 */
export async function ask<M extends ToBackground>(
  message: M,
): Promise<ReturnType<typeof parseReply<M['type']>>> {
  try {
    return parseReply<M['type']>(message.type, await browser.runtime.sendMessage(message));
  } catch {
    return null;
  }
}

/**
 * A runtime.onMessage listener that answers with what `answer` resolves to, through sendResponse:
 * the coach runs on the browser's own runtime, without the webextension polyfill, and Chrome's
 * listeners cannot answer by returning a promise. Messages `answer` leaves (undefined) get no
 * answer from this frame. `answer`'s promises must not reject.
 */
export function answerThrough(answer: (message: unknown) => Promise<unknown> | undefined) {
  return (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
    const reply = answer(message);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  };
}
