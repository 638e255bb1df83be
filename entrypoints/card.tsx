import { createRoot } from 'react-dom/client';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ToneCard, type ToneCardProps } from '../components/ToneCard';
import { registerBundle } from '../lib/coach/bundles';
import type { CardModule } from '../lib/coach/card-loader';

/**
 * The in-page card's React bundle. Kept out of the content script so that pages pay for React
 * only once a card is about to be shown: the background injects this file into the same
 * isolated world as the content script (scripting.executeScript), where it registers itself.
 */
export default defineUnlistedScript(() => {
  const module: CardModule = {
    createRenderer(mount) {
      const root = createRoot(mount);
      return {
        render: (props: ToneCardProps | null) =>
          root.render(props ? <ToneCard key={props.openId} {...props} /> : null),
        unmount: () => root.unmount(),
      };
    },
  };
  registerBundle('card', module);
});
