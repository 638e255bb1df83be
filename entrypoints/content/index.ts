import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadBundle } from '../../lib/coach/bundles';
import { findEditableRoot } from '../../lib/fields/detect';
import { isCoachable } from '../../lib/fields/sensitive';
import { type FieldStatus, type InsertReply, isToContent } from '../../lib/messaging/protocol';
import { BUILT_IN_MATCHES } from '../../lib/sites';
import type { CoachModule } from '../coach';

/**
 * The content script every matching page runs: deliberately small. It waits until a field the
 * coach may read gets focus, then loads the coach bundle (the engine, underlines, badge, card)
 * into this frame and hands over. Pages where nobody types never pay for the engine.
 */
export default defineContentScript({
  // Only the built-in messaging sites; other sites are added per origin at run time
  // (scripting.registerContentScripts). The e2e build also matches the loopback test server.
  matches: [...BUILT_IN_MATCHES],
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    const started = performance.now();
    let state: 'waiting' | 'loading' | 'started' = 'waiting';

    const start = () => {
      if (state !== 'waiting') return;
      state = 'loading';
      document.removeEventListener('focusin', onFocus, true);
      loadBundle<CoachModule>('coach')
        .then((coach) => coach.start(ctx))
        .then(() => {
          state = 'started';
        })
        .catch(() => {
          // Could not load (e.g. the extension was updated under the page): try again next focus.
          state = 'waiting';
          document.addEventListener('focusin', onFocus, true);
        });
    };
    const onFocus = (e: Event) => {
      const target = e.composedPath()[0] ?? e.target;
      const field = findEditableRoot(target);
      if (field && isCoachable(field)) start();
    };
    document.addEventListener('focusin', onFocus, true);
    ctx.onInvalidated(() => document.removeEventListener('focusin', onFocus, true));
    // A field already focused when we arrive (autofocus).
    const active = findEditableRoot(document.activeElement);
    if (active && isCoachable(active)) start();

    // Until the coach runs, this frame has no field to report: the top frame says so (a moment
    // later, so that a frame whose coach does run can answer first); other frames stay quiet.
    browser.runtime.onMessage.addListener((message: unknown) => {
      if (state === 'started' || !isToContent(message) || window.top !== window) return undefined;
      if (message.type === 'coach:get-status') {
        const none: FieldStatus = { state: 'none', count: 0, active: true };
        return new Promise((r) => setTimeout(() => r(none), 150));
      }
      if (message.type === 'coach:insert-draft') {
        const none: InsertReply = { ok: false, error: 'no-field' };
        return new Promise((r) => setTimeout(() => r(none), 300));
      }
      return undefined;
    });

    // Startup cost on the performance timeline (read by `npm run bench:page`; holds no text).
    performance.measure('softstart:startup', { start: started, end: performance.now() });
  },
});
