/**
 * Styles of what the coach bundle draws inside our shadow root: badge, mirrors, boxes, the send
 * pause. Light and dark, reduced motion. The card's own styles come with the card bundle
 * (CARD_CSS, added by entrypoints/card.tsx before a card first renders).
 */
export const OVERLAY_CSS = `
:host { all: initial; }
.ss-marks, .ss-controls { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; }
.ss-mirror { position: fixed; overflow: hidden; pointer-events: none; color: transparent; background: transparent;
  margin: 0; border-color: transparent !important; }
.ss-mirror-content { color: transparent; }
.ss-mark { color: transparent; text-decoration-line: underline; text-decoration-style: wavy; text-underline-offset: 3px;
  text-decoration-skip-ink: none; border-radius: 2px; }
.ss-box { position: fixed; pointer-events: none; border-radius: 2px; }
.ss-badge { z-index: 1; position: fixed; pointer-events: auto; display: inline-flex; align-items: center; gap: 4px; height: 22px;
  min-width: 22px; padding: 0 7px; border-radius: 11px; border: 1px solid rgba(0,0,0,.12); cursor: pointer;
  font: 600 12px/1 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2933; background: #ffffff;
  box-shadow: 0 1px 4px rgba(0,0,0,.18); transition: opacity .15s ease; opacity: .92; box-sizing: border-box; }
.ss-badge[hidden] { display: none; }
.ss-badge:hover, .ss-badge:focus-visible { opacity: 1; }
.ss-badge:focus-visible { outline: 2px solid #3d6fb6; outline-offset: 2px; }
.ss-dot { width: 8px; height: 8px; border-radius: 50%; background: #2f9e6e; flex: none; }
.ss-badge[data-state="tense"] .ss-dot { background: #e0a00b; }
.ss-badge[data-state="heated"] .ss-dot { background: #e03131; }
.ss-badge[data-state="calm"] .ss-count { display: none; }
@keyframes ss-in { from { opacity: 0; transform: translateY(4px); } to { opacity: 1; transform: none; } }
.ss-actions { display: flex; flex-wrap: wrap; gap: 6px; }
.ss-nudge { z-index: 3; position: fixed; pointer-events: auto; width: min(340px, calc(100vw - 16px)); box-sizing: border-box;
  padding: 12px 12px 10px; border-radius: 12px; border: 1px solid rgba(0,0,0,.1); border-left: 4px solid #e0a00b; color: #1f2933;
  background: #ffffff; box-shadow: 0 8px 28px rgba(0,0,0,.22); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  animation: ss-in .12s ease-out; }
.ss-nudge p { margin: 0 0 8px; }
.ss-nudge .ss-nudge-hint { font-size: 12px; color: #4a5560; }
.ss-nudge .ss-nudge-hint:empty, .ss-nudge .ss-actions:empty { display: none; }
.ss-nudge .ss-nudge-status { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; margin: 0; }
.ss-nudge button { font: inherit; font-size: 13px; cursor: pointer; border-radius: 8px; padding: 5px 9px; border: 1px solid #c9d4e0;
  background: transparent; color: inherit; }
.ss-nudge button:hover { background: rgba(61,111,182,.08); }
.ss-nudge button:focus-visible { outline: 2px solid #3d6fb6; outline-offset: 2px; }
@media (prefers-color-scheme: dark) {
  .ss-nudge { color: #e8edf2; background: #1b2129; border-color: rgba(255,255,255,.14); border-left-color: #e0a00b; }
  .ss-nudge .ss-nudge-hint { color: #aab6c2; }
  .ss-nudge button { border-color: #3a4654; }
  .ss-badge { color: #e8edf2; background: #1f262e; border-color: rgba(255,255,255,.16); }
}
@media (prefers-reduced-motion: reduce) {
  .ss-nudge { animation: none; }
  .ss-badge { transition: none; }
}
`;

/**
 * The card's styles (and its buttons' in `.ss-actions`), in the card bundle: a second sheet after
 * OVERLAY_CSS, in the order they had in one sheet. The send pause's buttons match
 * `.ss-actions button` too, with the same values as its own `.ss-nudge button` rules.
 */
export const CARD_CSS = `
.ss-card { z-index: 2; position: fixed; left: 0; top: 0; pointer-events: auto; width: min(360px, calc(100vw - 16px)); box-sizing: border-box;
  max-height: calc(100vh - 16px); overflow-y: auto; overscroll-behavior: contain;
  padding: 14px 14px 12px; border-radius: 12px; border: 1px solid rgba(0,0,0,.1); color: #1f2933; background: #ffffff;
  box-shadow: 0 8px 28px rgba(0,0,0,.22); font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  animation: ss-in .12s ease-out; }
.ss-card .ss-head { display: flex; align-items: center; gap: 8px; margin-right: 28px; }
.ss-card .ss-head h2 { flex: 1 1 auto; margin: 0; }
.ss-nav { display: inline-flex; align-items: center; gap: 2px; font-size: 12px; color: #4a5560; white-space: nowrap; }
.ss-nav button { width: 26px; height: 26px; padding: 0; border: 1px solid transparent; background: transparent; color: inherit;
  font-size: 17px; line-height: 1; }
.ss-nav button:hover { background: rgba(61,111,182,.08); }
.ss-card .ss-why { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; margin-bottom: 2px; }
.ss-card .ss-pause { -webkit-line-clamp: unset; display: block; margin: 0 0 10px; }
.ss-card .ss-more { margin: 0 0 10px; font-size: 13px; }
.ss-card .ss-more button { padding: 0; border: 0; background: none; color: #2f5f9e; font-size: 13px;
  text-decoration: underline; text-underline-offset: 2px; }
.ss-card[data-view="status"] { padding-top: 12px; }
.ss-card[data-view="status"] .ss-status { margin: 0 30px 0 0; }
.ss-status p { margin: 0; }
.ss-status-actions { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
.ss-status-actions button { padding: 5px 9px; border: 1px solid #c9d4e0; background: transparent; color: inherit; font-size: 13px; }
.ss-status[data-kind="pending"] { min-height: 1.45em; background: transparent; }
.ss-card h2 { margin: 0 0 2px; font-size: 13px; font-weight: 700; letter-spacing: .01em; display: flex; align-items: center; gap: 6px; }
.ss-card .ss-cat { display: inline-block; width: 10px; height: 10px; border-radius: 3px; }
.ss-card .ss-quote { margin: 6px 0; font-weight: 600; word-break: break-word; }
.ss-card .ss-why { margin: 0 0 2px; color: #4a5560; }
.ss-card ul { list-style: none; margin: 0 0 10px; padding: 0; display: grid; gap: 6px; }
.ss-card button { font: inherit; cursor: pointer; border-radius: 8px; }
.ss-suggest { width: 100%; text-align: left; padding: 8px 10px; border: 1px solid #c9d4e0; background: #f4f8fc; color: inherit; }
.ss-suggest:hover { background: #e8f0f9; }
.ss-suggest .ss-label { display: block; font-size: 12px; color: #4a5560; margin-bottom: 2px; }
.ss-suggest ins { text-decoration: none; background: #d3f0e0; border-radius: 3px; padding: 0 2px; }
.ss-suggest del { color: #8a3b3b; }
.ss-actions button { padding: 5px 9px; border: 1px solid #c9d4e0; background: transparent; color: inherit; font-size: 13px; }
.ss-actions button:hover { background: rgba(61,111,182,.08); }
.ss-card button:focus-visible { outline: 2px solid #3d6fb6; outline-offset: 2px; }
.ss-status { margin: 0 0 8px; padding: 6px 8px; border-radius: 8px; background: #eef6f1; }
.ss-status[data-kind="failed"], .ss-status[data-kind="action-failed"], .ss-status[data-kind="undo-failed"],
.ss-status[data-kind="action-undo-failed"] { background: #fdf0ec; }
.ss-close { position: absolute; top: 8px; right: 8px; width: 26px; height: 26px; border: 0; background: transparent;
  color: #4a5560; font-size: 18px; line-height: 1; }
.ss-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .ss-card { color: #e8edf2; background: #1b2129; border-color: rgba(255,255,255,.14); }
  .ss-card .ss-why, .ss-suggest .ss-label, .ss-close { color: #aab6c2; }
  .ss-suggest { background: #232c36; border-color: #3a4654; }
  .ss-suggest:hover { background: #2a3541; }
  .ss-suggest ins { background: #1f5137; }
  .ss-suggest del { color: #f0a0a0; }
  .ss-actions button { border-color: #3a4654; }
  .ss-status { background: #1f3a2c; }
  .ss-status[data-kind="failed"], .ss-status[data-kind="action-failed"], .ss-status[data-kind="undo-failed"],
  .ss-status[data-kind="action-undo-failed"] { background: #47261f; }
  .ss-nav, .ss-card .ss-more button { color: #9cc0ee; }
  .ss-status-actions button { border-color: #3a4654; }
}
@media (prefers-reduced-motion: reduce) {
  .ss-card { animation: none; }
}
`;
