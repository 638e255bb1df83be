import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerBundle } from '../lib/coach/bundles';
import { type CoachHost, startCoach } from '../lib/coach/start';

/** The coach bundle: the tone engine and the in-page coach, loaded by the content script on first use. */
export interface CoachModule {
  start(host: CoachHost): Promise<void>;
}

export default defineUnlistedScript(() => {
  const module: CoachModule = { start: startCoach };
  registerBundle('coach', module);
});
