import { browser } from 'wxt/browser';
import { type InsertReply, isToContent } from '../messaging/protocol';
import { isActiveOn, siteOf, toneOptionsFor } from '../settings/apply';
import { LIMITS, phraseKey, type Settings } from '../settings/schema';
import { ignorePhrase, loadSettings, saveSettings, watchSettings } from '../settings/store';
import type { ActionResult } from './actions';
import { Coach, type CoachConfig } from './Coach';
import { insertDraft } from './drafts';
import { sendStat } from './stats';

/** What the coach needs from its host: WXT's content-script context (only its invalidation). */
export interface CoachHost {
  onInvalidated(cb: () => void): unknown;
}

/**
 * Starts the in-page coach in this frame: settings, the Coach, live settings and messages.
 * Runs from the coach bundle (entrypoints/coach.ts), which the small content script loads the
 * first time a coachable field gets focus.
 */
export async function startCoach(ctx: CoachHost): Promise<void> {
  const started = performance.now();
  let settings: Settings = await loadSettings();
  const configFor = (s: Settings): CoachConfig => ({
    active: isActiveOn(s, location.href),
    tone: toneOptionsFor(s),
    pauseBeforeSend: s.pauseBeforeSend,
  });

  const coach = new Coach(document, configFor(settings), {
    ignorePhrase: (phrase) => ignoreWithUndo(phrase),
    pauseSite: () => pauseWithUndo(),
    // Patterns, privately: counts only, and only while the person keeps them on. The background
    // writes them (one writer for every tab).
    recordStat: (kind, categories, newMessage) => {
      if (settings.statsEnabled) void sendStat(kind, categories, newMessage);
    },
  });
  ctx.onInvalidated(() => coach.destroy());

  // A timed pause ends by itself: re-check then.
  let pauseTimer: ReturnType<typeof setTimeout> | undefined;
  const apply = (s: Settings) => {
    settings = s;
    coach.setConfig(configFor(s));
    clearTimeout(pauseTimer);
    const p = s.pausedUntil;
    if (typeof p === 'number' && p > Date.now()) {
      pauseTimer = setTimeout(() => apply(settings), Math.min(p - Date.now() + 50, 2 ** 31 - 1));
    }
  };
  apply(settings);
  const unwatch = watchSettings(apply);
  ctx.onInvalidated(unwatch);

  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isToContent(message)) return undefined;
    if (message.type === 'coach:open-card') {
      coach.openFromKeyboard();
      return undefined;
    }
    if (message.type === 'coach:insert-draft') {
      // Only the frame with the focused field answers at once; the top frame says "no field"
      // a moment later when no frame has one.
      const session = coach.focusedSession();
      if (session) {
        return insertDraft(session, message.text).then(
          (outcome): InsertReply => (outcome === 'ok' ? { ok: true } : { ok: false, error: outcome }),
        );
      }
      if (window.top === window) {
        return new Promise<InsertReply>((r) => setTimeout(() => r({ ok: false, error: 'no-field' }), 300));
      }
      return undefined;
    }
    // Several frames may answer; the one with a focused field answers first, the top frame
    // answers "none" a moment later when no frame has one.
    const status = coach.status();
    if (status.state !== 'none') return Promise.resolve(status);
    if (window.top === window) return new Promise((r) => setTimeout(() => r(coach.status()), 150));
    return undefined;
  });

  // Contract 2 (the storage helper owns these and moves them behind background messages): each
  // one-click action answers done, with a way back, or why not.
  async function ignoreWithUndo(phrase: string): Promise<ActionResult> {
    const key = phraseKey(phrase);
    if (phrase.trim().replace(/\s+/g, ' ').length > LIMITS.phraseLength)
      return { ok: false, reason: 'too-long' };
    let before: Settings;
    try {
      before = await loadSettings();
    } catch {
      return { ok: false, reason: 'failed' };
    }
    const had = before.ignoredPhrases.some((p) => phraseKey(p) === key);
    if (!had && before.ignoredPhrases.length >= LIMITS.ignoredPhrases) return { ok: false, reason: 'limit' };
    if (!(await ignorePhrase(phrase))) return { ok: false, reason: 'failed' };
    return {
      ok: true,
      undo: async () => {
        if (had) return true;
        try {
          await saveSettings((cur) => ({
            ...cur,
            ignoredPhrases: cur.ignoredPhrases.filter((p) => phraseKey(p) !== key),
          }));
          return true;
        } catch {
          return false;
        }
      },
    };
  }

  async function pauseWithUndo(): Promise<ActionResult> {
    let before: Settings;
    try {
      before = await loadSettings();
      await pauseThisSite();
    } catch {
      return { ok: false, reason: 'failed' };
    }
    return {
      ok: true,
      undo: async () => {
        try {
          await saveSettings((cur) => ({ ...cur, sites: before.sites }));
          return true;
        } catch {
          return false;
        }
      },
    };
  }

  async function pauseThisSite(): Promise<void> {
    const site = siteOf(location.href);
    await saveSettings((cur) => {
      if (site.kind === 'built-in') {
        return {
          ...cur,
          sites: { ...cur.sites, builtIn: { ...cur.sites.builtIn, [site.site.id]: false } },
        };
      }
      if (site.kind === 'other') {
        return {
          ...cur,
          sites: { ...cur.sites, custom: cur.sites.custom.filter((o) => o !== site.origin) },
        };
      }
      return cur;
    });
  }

  // The coach's own start on the performance timeline (read by `npm run bench:page`; holds no text).
  performance.measure('softstart:coach-start', { start: started, end: performance.now() });
}
