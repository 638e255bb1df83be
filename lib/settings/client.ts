import type { SettingsReply } from '../messaging/protocol';
import { ask } from '../messaging/send';
import { type SaveChange, toSettingsChange } from './changes';

/**
 * For our pages (popup, options, welcome): ask the background, the one writer, to make a change.
 * Resolves to its answer: { ok: true }, or what was not saved and why. Never throws.
 */
export async function requestSettingsChange(change: SaveChange): Promise<SettingsReply> {
  const reply = await ask({ type: 'settings:change', change: toSettingsChange(change) });
  return reply ?? { ok: false, error: 'storage' };
}
