import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerBundle } from '../lib/coach/bundles';
import type { DetectModule } from '../lib/coach/engine';
import { detect } from '../lib/tone';

/**
 * The engine's detection, without its rewording code (the build leaves it out, see
 * scripts/detect-only.ts). Injected with the coach bundle when a field first gets focus; let go once
 * the whole engine (entrypoints/reword.ts) is in, so a frame never keeps two engines.
 */
export default defineUnlistedScript(() => {
  const module: DetectModule = { detect };
  registerBundle('detect', module);
});
