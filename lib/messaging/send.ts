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
