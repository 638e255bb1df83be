import { useCallback, useEffect, useState } from 'react';
import type { SettingsReply } from '../lib/messaging/protocol';
import { applyChange, type SaveChange, toSettingsChange } from '../lib/settings/changes';
import { requestSettingsChange } from '../lib/settings/client';
import type { Settings } from '../lib/settings/schema';
import { loadSettings, watchSettings } from '../lib/settings/store';
import { t } from './i18n';

export type { SaveChange };

/** What a failed save says: what was not saved, and why. */
export function saveFailureText(reply: Exclude<SettingsReply, { ok: true }>): string {
  if (reply.error === 'too-large') return t('saveFailedTooLarge');
  if (reply.error === 'invalid') return t('saveFailedInvalid');
  if (reply.area === 'sync') return t('saveFailedSync');
  if (reply.area === 'local') return t('saveFailedLocal');
  return t('saveFailed');
}

/**
 * The current settings, kept live (changes from any other page or tab show up at once), and a
 * `save` that asks the background (the one writer) and resolves to false instead of throwing,
 * setting `saveFailed` to what was not saved. The change shows at once and is put back when it
 * could not be saved.
 */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveFailed, setSaveFailed] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void loadSettings().then((s) => {
      if (alive) setSettings(s);
    });
    const stop = watchSettings((s) => setSettings(s));
    return () => {
      alive = false;
      stop();
    };
  }, []);

  const save = useCallback(async (change: SaveChange): Promise<boolean> => {
    // Show the change at once; storage confirms (or corrects) it a moment later.
    setSettings((current) => {
      if (!current) return current;
      try {
        return applyChange(current, toSettingsChange(change));
      } catch {
        return current;
      }
    });
    const reply = await requestSettingsChange(change);
    if (reply.ok) {
      setSaveFailed(null);
      setSettings(await loadSettings());
      return true;
    }
    setSaveFailed(saveFailureText(reply));
    setSettings(await loadSettings());
    return false;
  }, []);

  return { settings, save, saveFailed };
}

/** A clock that ticks every `ms` (for "paused until…" that ends by itself). */
export function useNow(ms = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}
