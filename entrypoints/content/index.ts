import { defineContentScript } from 'wxt/utils/define-content-script';
import { extensionRuntime, loadBundle } from '../../lib/coach/bundles';
import { findEditableRoot } from '../../lib/fields/editable-root';
import { isCoachable } from '../../lib/fields/sensitive';
import type { FieldStatus, InsertReply } from '../../lib/messaging/protocol';
import { BUILT_IN_MATCHES } from '../../lib/sites';
import type { CoachModule } from '../coach';

/** How long to wait before each further try of a coach load that failed while a field kept the focus. */
const RETRY_MS = [200, 800, 2500];

/** Timing marks exist only in the e2e build (read by `npm run bench:page` and the tests). */
const TIMING = import.meta.env.MODE === 'e2e';

/**
 * The content script every matching page runs: deliberately small and quick. At startup it only
 * listens for focus; the rest waits for an idle moment (the popup's "what do you see?" answer)
 * or for the first focus on a field the coach may read, which loads the coach bundle (the engine,
 * underlines, badge, card) into this frame and hands over. Pages where nobody types never pay for
 * the engine, and no page sees anything of us until a field is coached.
 */
export default defineContentScript({
  // Only the built-in messaging sites; other sites are added per origin at run time
  // (scripting.registerContentScripts). The e2e build also matches the loopback test server.
  matches: [...BUILT_IN_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  // WXT's default also posts a "content script started" message to the page's window, which
  // tells every page the extension's id. The document event it uses instead stays in our world.
  noScriptStartedPostMessage: true,
  main(ctx) {
    const started = TIMING ? performance.now() : 0;
    let state: 'waiting' | 'loading' | 'started' = 'waiting';
    // The coachable fields focused before the coach runs: someone who types fast and moves on
    // while it loads still gets their first field read (the coach re-checks each one).
    const early = new Set<Element>();
    let retries = 0;
    let retryPending = false;

    // What the loader did, on the frame's performance timeline, in the e2e build only: a test that
    // finds no coach in a frame says whether the focus was seen, the load failed or never ended.
    const trace = (what: string) => {
      if (TIMING) performance.mark(`softstart:${what}`);
    };
    const start = () => {
      if (state !== 'waiting') return;
      state = 'loading';
      trace('load');
      loadBundle<CoachModule>('coach')
        .then((coach) => coach.start(ctx, early))
        .then(() => {
          state = 'started';
          trace('started');
          early.clear();
          document.removeEventListener('focusin', onFocus, true);
          document.removeEventListener('input', onInput, true);
        })
        .catch(() => {
          state = 'waiting';
          trace(`load-failed-${retries}`);
          // A load can fail for a moment (a busy browser, the background still waking): while a
          // field the person chose still has the focus, try again a few times, since no focus
          // event may follow (they are typing). Then, or if the extension was updated under the
          // page, the next focus or keystroke tries again.
          const wait = RETRY_MS[retries];
          if (wait === undefined || ctx.isInvalid) return;
          retries++;
          retryPending = true;
          ctx.setTimeout(() => {
            retryPending = false;
            const active = findEditableRoot(document.activeElement);
            if (active && isCoachable(active)) {
              if (early.size < 16) early.add(active);
              start();
            }
          }, wait);
        });
    };
    const onFocus = (e: Event) => {
      const target = e.composedPath()[0] ?? e.target;
      const field = findEditableRoot(target);
      if (!field || !isCoachable(field)) return;
      trace(e.type);
      if (early.size < 16) early.add(field);
      start();
    };
    // Typing also starts it, once a load has failed: a person who keeps typing in a field whose
    // coach could not load (every timed retry failed) gets coached without leaving the field and
    // coming back. One try at a time, none while a timed retry is due; before any failure a
    // keystroke costs nothing (a field the focus did not start is not one the coach may read).
    const onInput = (e: Event) => {
      if (retries > 0 && e.isTrusted && state === 'waiting' && !retryPending && !ctx.isInvalid) onFocus(e);
    };
    document.addEventListener('focusin', onFocus, true);
    document.addEventListener('input', onInput, true);
    ctx.onInvalidated(() => {
      document.removeEventListener('focusin', onFocus, true);
      document.removeEventListener('input', onInput, true);
    });

    // Everything else when the page is idle: the first use of the extension APIs is the costly part.
    const later = () => {
      if (ctx.isInvalid) return;
      trace('idle');
      // A field already focused when we arrive (autofocus).
      if (state === 'waiting') {
        const active = findEditableRoot(document.activeElement);
        if (active && isCoachable(active)) {
          early.add(active);
          start();
        }
      }
      // Until the coach runs, this frame has no field to report: the top frame says so (a moment
      // later, so that a frame whose coach does run can answer first); other frames stay quiet,
      // and do not pay for the extension API's first use (about 1 ms a frame).
      if (window.top !== window) return;
      extensionRuntime().onMessage.addListener((message, _sender, sendResponse) => {
        if (state === 'started') return undefined;
        const type =
          typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : '';
        if (type === 'coach:get-status') {
          const none: FieldStatus = { state: 'none', count: 0, active: true };
          setTimeout(() => sendResponse(none), 150);
          return true;
        }
        if (type === 'coach:insert-draft') {
          const none: InsertReply = { ok: false, error: 'no-field' };
          setTimeout(() => sendResponse(none), 300);
          return true;
        }
        return undefined;
      });
    };
    if (typeof requestIdleCallback === 'function') requestIdleCallback(later, { timeout: 1000 });
    else setTimeout(later, 50);

    // Startup cost on the performance timeline, in the e2e build only (read by `npm run bench:page`).
    if (TIMING) performance.measure('softstart:startup', { start: started, end: performance.now() });
  },
});
