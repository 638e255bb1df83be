import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerBundle } from '../lib/coach/bundles';
import type { DetectModule } from '../lib/coach/engine';
import { detectPublished } from '../lib/tone/published';

/**
 * The engine's detection, without its rewording code (the build leaves it out, see
 * scripts/detect-only.ts). Injected with the coach bundle when a field first gets focus; let go once
 * the whole engine (entrypoints/reword.ts) is in, so a frame never keeps two engines. Its analyses
 * are `published` copies, which keep the names the coach reads (lib/tone/published.ts).
 */
export default defineUnlistedScript(() => {
  const module: DetectModule = { detect: detectPublished };
  registerBundle('detect', module);
});
