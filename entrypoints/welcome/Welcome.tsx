import { browser } from 'wxt/browser';
import { t } from '../../components/i18n';
import { ShortcutNote } from '../../components/Shortcut';
import { useSettings } from '../../components/useSettings';
import { BUILT_IN_SITES } from '../../lib/sites';
import { LiveTry } from './LiveTry';

const TIPS = ['welcomeTipBadge', 'welcomeTipSendPause', 'welcomeTipDrafts', 'welcomeTipPin'] as const;

const STEPS = [
  ['welcomeStepNoticeTitle', 'welcomeStepNotice'],
  ['welcomeStepSuggestTitle', 'welcomeStepSuggest'],
  ['welcomeStepDecideTitle', 'welcomeStepDecide'],
] as const;

/** Opened once, on first install: what the coach does, a box to try it, the privacy promise. */
export function Welcome() {
  const { settings } = useSettings();
  return (
    <div className="welcome">
      <header className="hero">
        <img src="/icon/128.png" alt="" width={72} height={72} />
        <h1>{t('welcomeTitle')}</h1>
        <p className="hero-lede">{t('welcomeLede')}</p>
      </header>
      <main className="welcome-main">
        <section className="card" aria-labelledby="how-title">
          <h2 id="how-title" className="section-title">
            {t('welcomeHowTitle')}
          </h2>
          <ol className="steps">
            {STEPS.map(([title, text], i) => (
              <li key={title} className="step">
                <span className="step-number" aria-hidden="true">
                  {i + 1}
                </span>
                <span>
                  <strong>{t(title)}</strong> {t(text)}
                </span>
              </li>
            ))}
          </ol>
          <p className="muted small">{t('welcomeCore')}</p>
        </section>

        <section className="card" aria-labelledby="try-title">
          <h2 id="try-title" className="section-title">
            {t('welcomeTryTitle')}
          </h2>
          <p className="section-lede">{t('welcomeTryLede')}</p>
          {settings ? <LiveTry settings={settings} /> : null}
        </section>

        <section className="card" aria-labelledby="tips-title" data-testid="welcome-tips">
          <h2 id="tips-title" className="section-title">
            {t('welcomeTipsTitle')}
          </h2>
          <ul className="tips">
            <li>{t('welcomeTipBadge')}</li>
            <li>
              <ShortcutNote />
            </li>
            {TIPS.slice(1).map((key) => (
              <li key={key}>{t(key)}</li>
            ))}
          </ul>
        </section>

        <section className="card" aria-labelledby="where-title">
          <h2 id="where-title" className="section-title">
            {t('welcomeWhereTitle')}
          </h2>
          <p className="section-lede">{t('welcomeWhereLede')}</p>
          <ul className="site-chips">
            {BUILT_IN_SITES.map((s) => (
              <li key={s.id}>{s.name}</li>
            ))}
          </ul>
        </section>

        <section className="card privacy" aria-labelledby="privacy-title">
          <h2 id="privacy-title" className="section-title">
            {t('privacyTitle')}
          </h2>
          <p data-testid="privacy">{t('privacyPromise')}</p>
        </section>

        <div className="button-row welcome-actions">
          <button
            type="button"
            className="button primary"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {t('welcomeOpenSettings')}
          </button>
        </div>
      </main>
    </div>
  );
}
