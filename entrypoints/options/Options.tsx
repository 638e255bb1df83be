import { SensitivityPreview } from '../../components/Findings';
import { t } from '../../components/i18n';
import {
  CATEGORY_HINT_KEY,
  CATEGORY_LABEL_KEY,
  SENSITIVITY_HINT_KEY,
  SENSITIVITY_LABEL_KEY,
} from '../../components/labels';
import { PauseControl, pauseText } from '../../components/PauseControl';
import { SegmentedControl } from '../../components/SegmentedControl';
import { ShortcutNote } from '../../components/Shortcut';
import { Switch } from '../../components/Switch';
import { useNow, useSettings } from '../../components/useSettings';
import { CATEGORY_IDS, SENSITIVITIES, type Sensitivity } from '../../lib/settings/schema';
import { AboutSection } from './AboutSection';
import { BackupSection } from './BackupSection';
import { PatternsSection } from './PatternsSection';
import { PhrasesSection } from './PhrasesSection';
import { SitesSection } from './SitesSection';

/** Every section, in page order (each id is a stable anchor: the card's "Why?" opens #about). */
const NAV = [
  ['pause', 'navPause'],
  ['sensitivity', 'navSensitivity'],
  ['categories', 'navCategories'],
  ['sites', 'navSites'],
  ['phrases', 'navPhrases'],
  ['send-pause', 'navSendPause'],
  ['patterns', 'navPatterns'],
  ['shortcut', 'navShortcut'],
  ['backup', 'navBackup'],
  ['about', 'navAbout'],
] as const;

export function Options() {
  const { settings, save, saveFailed } = useSettings();
  const now = useNow();

  if (!settings) return <main id="main" className="options" aria-busy="true" />;

  const paused = pauseText(settings, now);
  const sensitivityOptions = SENSITIVITIES.map((value) => ({
    value,
    label: t(SENSITIVITY_LABEL_KEY[value]),
    description: t(SENSITIVITY_HINT_KEY[value]),
  }));

  return (
    <div className="options-shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="options-header">
        <div className="brand">
          <img src="/icon/48.png" alt="" width={40} height={40} />
          <div>
            <h1 id="options-title">{t('optionsTitle')}</h1>
            <p className="muted">{t('optionsTagline')}</p>
          </div>
        </div>
        <p className="header-status" data-testid="header-status">
          <span className={`dot ${paused ? 'dot-paused' : 'dot-on'}`} aria-hidden="true" />
          {paused ?? t('statusActive')}
        </p>
      </header>

      <nav className="options-nav" aria-label={t('navLabel')}>
        <ul>
          {NAV.map(([id, key]) => (
            <li key={id}>
              <a href={`#${id}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <main id="main" className="options" aria-labelledby="options-title" tabIndex={-1}>
        {saveFailed ? (
          <p className="notice error" role="alert">
            {saveFailed}
          </p>
        ) : null}

        <section id="pause" className="card" aria-labelledby="pause-title">
          <h2 id="pause-title" className="section-title">
            {t('pauseTitle')}
          </h2>
          <p className="section-lede">{t('pauseLede')}</p>
          <PauseControl settings={settings} save={save} now={now} />
        </section>

        <section id="sensitivity" className="card" aria-labelledby="sensitivity-title">
          <h2 id="sensitivity-title" className="section-title">
            {t('sensitivityTitle')}
          </h2>
          <p className="section-lede">{t('sensitivityLede')}</p>
          <SegmentedControl<Sensitivity>
            legend={t('sensitivityLegend')}
            hideLegend
            name="sensitivity"
            testId="sensitivity"
            value={settings.sensitivity}
            options={sensitivityOptions}
            onChange={(sensitivity) => void save({ sensitivity })}
            showDescription
          />
          <h3 className="subsection-title">{t('previewTitle')}</h3>
          <SensitivityPreview settings={settings} />
        </section>

        <section id="categories" className="card" aria-labelledby="categories-title">
          <h2 id="categories-title" className="section-title">
            {t('categoriesTitle')}
          </h2>
          <p className="section-lede">{t('categoriesLede')}</p>
          <div className="switch-list">
            {CATEGORY_IDS.map((id) => (
              <Switch
                key={id}
                id={`category-${id}`}
                testId={`category-${id}`}
                checked={settings.categories[id]}
                onChange={(on) => void save({ categories: { [id]: on } })}
                label={t(CATEGORY_LABEL_KEY[id])}
                description={t(CATEGORY_HINT_KEY[id])}
              />
            ))}
          </div>
        </section>

        <SitesSection settings={settings} save={save} />
        <PhrasesSection settings={settings} save={save} />
        <PatternsSection settings={settings} save={save} />
        <section id="shortcut" className="card" aria-labelledby="shortcut-title">
          <h2 id="shortcut-title" className="section-title">
            {t('shortcutTitle')}
          </h2>
          <ShortcutNote />
        </section>
        <BackupSection settings={settings} />
        <AboutSection />
      </main>
    </div>
  );
}
