import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerBundle } from '../lib/coach/bundles';
import type { RewordModule } from '../lib/coach/engine';
import { analyze } from '../lib/tone';

/**
 * The rewording bundle: the whole tone engine, with its checked suggestions. The coach bundle
 * carries only the engine's detection; this one loads into the frame once something is flagged
 * or a card is about to open (see lib/coach/engine.ts).
 */
export default defineUnlistedScript(() => {
  const module: RewordModule = { analyze };
  registerBundle('reword', module);
});
