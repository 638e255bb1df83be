import { useCallback, useEffect, useState } from 'react';
import type { Settings } from '../lib/settings/schema';
import {
  applyPatch,
  loadSettings,
  type SettingsPatch,
  saveSettings,
  watchSettings,
} from '../lib/settings/store';

export type SaveChange = SettingsPatch | ((current: Settings) => Settings);

/**
 * The current settings, kept live (changes from any other page or tab show up at once), and a
 * `save` that resolves to false instead of throwing, setting `saveFailed`.
 */
export function useSettings() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);

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
        return typeof change === 'function' ? change(structuredClone(current)) : applyPatch(current, change);
      } catch {
        return current;
      }
    });
    try {
      const next = await saveSettings(change);
      setSettings(next);
      setSaveFailed(false);
      return true;
    } catch {
      setSaveFailed(true);
      setSettings(await loadSettings());
      return false;
    }
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
