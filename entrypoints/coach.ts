import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerBundle } from '../lib/coach/bundles';
import { type CoachHost, startCoach } from '../lib/coach/start';

/**
 * The coach bundle: the in-page coach, loaded by the content script on first use, with the engine's
 * detection (entrypoints/detect.ts) injected just before it.
 */
export interface CoachModule {
  start(host: CoachHost): Promise<void>;
}

export default defineUnlistedScript(() => {
  const module: CoachModule = { start: startCoach };
  registerBundle('coach', module);
});
