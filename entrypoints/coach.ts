import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerBundle } from '../lib/coach/bundles';
import { claimInteropShape } from '../lib/coach/shapes';
import { type CoachHost, startCoach } from '../lib/coach/start';

/**
 * The coach bundle: the in-page coach, loaded by the content script on first use, before the
 * engine's detection (entrypoints/detect.ts).
 */
export interface CoachModule {
  /** `early`: the coachable fields focused while the coach loaded (read when it is ready). */
  start(host: CoachHost, early?: ReadonlySet<Element>): Promise<void>;
  /** Kept for the frame's life: see lib/coach/shapes.ts. */
  shape: object;
}

export default defineUnlistedScript(() => {
  const module: CoachModule = { start: startCoach, shape: claimInteropShape() };
  registerBundle('coach', module);
});
