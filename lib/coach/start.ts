import { browser } from 'wxt/browser';
import { type InsertReply, parseToContent } from '../messaging/protocol';
import { isActiveOn, toneOptionsFor } from '../settings/apply';
import { loadSettings, watchSettings } from '../settings/read';
import type { Settings } from '../settings/schema';
import type { ActionResult } from './actions';
import { Coach, type CoachConfig } from './Coach';
import { loadCard } from './card-loader';
import { CoachEngine, loadDetect } from './engine';
import { sendStat } from './PatternTracker';

/** A one-click action whose card bundle could not load: nothing was asked, nothing changed. */
const failed = (): ActionResult => ({ ok: false, reason: 'failed' });

/** What the coach needs from its host: WXT's content-script context (only its invalidation). */
export interface CoachHost {
  onInvalidated(cb: () => void): unknown;
  readonly isInvalid?: boolean;
}

/**
 * Starts the in-page coach in this frame: settings, the Coach, live settings and messages.
 * Runs from the coach bundle (entrypoints/coach.ts), which the small content script loads the
 * first time a coachable field gets focus.
 */
export async function startCoach(ctx: CoachHost, early: Iterable<Element> = []): Promise<void> {
  const timing = import.meta.env.MODE === 'e2e';
  const started = timing ? performance.now() : 0;
  // The engine's detection comes with this bundle (the background injects both); the whole engine
  // loads on demand (engine.ts).
  const [detection, loaded] = await Promise.all([loadDetect(), loadSettings()]);
  let settings: Settings = loaded;
  const configFor = (s: Settings): CoachConfig => ({
    active: isActiveOn(s, location.href),
    tone: toneOptionsFor(s),
    pauseBeforeSend: s.pauseBeforeSend,
    pauseFor: s.pauseFor,
  });

  const coach = new Coach(document, configFor(settings), new CoachEngine(detection.detect), {
    // The background writes settings (one writer): it adds the phrase / pauses this page's site,
    // and gives a token for Undo when something changed.
    // Asked from the card's buttons, so through the card bundle (actions.ts), which is in by then.
    ignorePhrase: (phrase) => loadCard().then((card) => card.ignorePhrase(phrase), failed),
    pauseSite: () => loadCard().then((card) => card.pauseSite(), failed),
    // Patterns, privately: counts only, and only while the person keeps them on. The background
    // writes them (one writer for every tab).
    recordStat: (kind, categories, newMessage) => {
      if (settings.statsEnabled) void sendStat(kind, categories, newMessage);
    },
  });
  ctx.onInvalidated(() => coach.destroy());
  // Fields the person typed in and left while the coach loaded keep their underlines too.
  coach.adopt(early);

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

  // Answered through sendResponse (returning true): the coach bundle runs on the browser's own
  // runtime, without the webextension polyfill (wxt.config.ts), and Chrome's listeners may not
  // answer by returning a promise. None of these promises rejects.
  const answer = (value: unknown): Promise<unknown> | undefined => {
    const message = parseToContent(value);
    if (!message) return undefined;
    if (message.type === 'coach:open-card') {
      coach.openFromKeyboard();
      return undefined;
    }
    if (message.type === 'coach:insert-draft') {
      // Only the frame with the focused field answers at once; the top frame says "no field"
      // a moment later when no frame has one.
      const session = coach.focusedSession();
      if (session) {
        // The write path comes with the card bundle (loaded here if no card loaded it yet); if it
        // cannot load, nothing was written.
        const text = message.text;
        return loadCard()
          .then((card) => card.insertDraft(session, text))
          .then(
            (outcome): InsertReply => (outcome === 'ok' ? { ok: true } : { ok: false, error: outcome }),
            (): InsertReply => ({ ok: false, error: 'refused' }),
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
  };
  browser.runtime.onMessage.addListener((value: unknown, _sender, sendResponse) => {
    const reply = answer(value);
    if (!reply) return undefined;
    void reply.then(sendResponse);
    return true;
  });

  // The coach's own start on the performance timeline, in the e2e build only (`npm run bench:page`).
  if (timing) performance.measure('softstart:coach-start', { start: started, end: performance.now() });
}
