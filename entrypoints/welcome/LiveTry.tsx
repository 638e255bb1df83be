import { useEffect, useId, useRef } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { Coach, type CoachConfig } from '../../lib/coach/Coach';
import { CoachEngine } from '../../lib/coach/engine';
import { toneOptionsFor } from '../../lib/settings/apply';
import type { Settings } from '../../lib/settings/schema';
import { analyze } from '../../lib/tone';

/**
 * The card bundle, loaded into this page as a script of the extension's own. On web pages the
 * background injects it (scripting.executeScript), which cannot reach extension pages; here the
 * bundle registers itself the same way, so the coach finds it without asking the background.
 */
function preloadCard(): void {
  if (document.querySelector('script[data-softstart-card]')) return;
  const script = document.createElement('script');
  script.src = browser.runtime.getURL('/card.js');
  script.dataset.softstartCard = '';
  document.head.append(script);
}

function configFor(settings: Settings): CoachConfig {
  // The welcome page is always a place to try it, whatever the sites or a pause say.
  return { active: true, tone: toneOptionsFor(settings), pauseBeforeSend: false };
}

const NOT_HERE = { ok: false as const, reason: 'failed' as const };

/**
 * A real field with the real coach on it: the same Coach class the content script starts on web
 * pages (underlines, badge, card and rewordings), running in this page.
 */
export function LiveTry({ settings }: { settings: Settings }) {
  const id = useId();
  const coach = useRef<Coach | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: one coach for the page's life; settings go through setConfig
  useEffect(() => {
    preloadCard();
    // This page bundles the whole engine anyway: rewordings from the start.
    const c = new Coach(document, configFor(settings), CoachEngine.whole(analyze), {
      // A page of the extension: nothing to pause, and phrases are managed in settings.
      ignorePhrase: async () => NOT_HERE,
      pauseSite: async () => NOT_HERE,
    });
    coach.current = c;
    return () => {
      c.destroy();
      coach.current = null;
    };
  }, []);

  useEffect(() => {
    coach.current?.setConfig(configFor(settings));
  }, [settings]);

  return (
    <div className="try live-try">
      <label htmlFor={`${id}-text`} className="field-label">
        {t('tryLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        className="textarea"
        rows={4}
        spellCheck={false}
        placeholder={t('tryPlaceholder')}
        data-testid="try-text"
      />
    </div>
  );
}
