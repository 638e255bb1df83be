import { createRoot } from 'react-dom/client';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ToneCard } from '../components/ToneCard';
import { registerBundle } from '../lib/coach/bundles';
import { cardProps } from '../lib/coach/CardView';
import type { CardModule } from '../lib/coach/card-loader';
import { insertDraft } from '../lib/coach/insert-draft';
import { replaceText } from '../lib/fields/replace';

/**
 * The in-page card's React bundle. Kept out of the content script so that pages pay for React
 * only once a card is about to be shown: the background injects this file into the same
 * isolated world as the content script (scripting.executeScript), where it registers itself.
 * With it comes what only runs once the person acts: the card's buttons (CardView.ts), applying a
 * rewording (apply.ts, lib/fields/replace.ts) and putting a draft back (insert-draft.ts). The coach
 * loads it as soon as a field has a finding, so it is here before any card shows.
 */
export default defineUnlistedScript(() => {
  const module: CardModule = {
    createView(controller) {
      const root = createRoot(controller.mount);
      return {
        render(open) {
          if (!open) {
            root.render(null);
            return;
          }
          const props = cardProps(controller, open);
          root.render(<ToneCard key={props.openId} {...props} />);
        },
        unmount: () => root.unmount(),
      };
    },
    replaceText,
    insertDraft,
  };
  registerBundle('card', module);
});
