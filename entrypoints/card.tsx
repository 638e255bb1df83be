import { createRoot } from 'react-dom/client';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { ToneCard } from '../components/ToneCard';
import { ignorePhrase, pauseSite } from '../lib/coach/actions';
import { registerBundle } from '../lib/coach/bundles';
import { cardProps } from '../lib/coach/CardView';
import type { CardModule } from '../lib/coach/card-loader';
import { insertDraft } from '../lib/coach/insert-draft';
import { saveDraft } from '../lib/coach/nudge-save';
import { CARD_CSS } from '../lib/coach/overlay-css';
import { replaceText } from '../lib/fields/replace';

/**
 * The in-page card's React bundle. Kept out of the content script so that pages pay for React
 * only once a card is about to be shown: the background injects this file into the same
 * isolated world as the content script (scripting.executeScript), where it registers itself.
 * With it comes what only runs once the person acts: the card's buttons (CardView.ts), applying a
 * rewording (apply.ts, lib/fields/replace.ts), the one-click actions and their Undo (actions.ts),
 * putting a draft back (insert-draft.ts), the send pause's "Save for later" with what follows it
 * (nudge-save.ts), and the card's styles and strings. The coach loads it as soon as a field has a
 * finding (and when the send pause opens), so it is here before any card shows.
 */
export default defineUnlistedScript(() => {
  const module: CardModule = {
    createView(controller) {
      // The card's styles, after the coach's sheet (one controller per overlay: added once).
      const style = controller.mount.ownerDocument.createElement('style');
      style.textContent = CARD_CSS;
      controller.overlay.root.append(style);
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
    saveDraft,
    ignorePhrase,
    pauseSite,
  };
  registerBundle('card', module);
});
