import { t } from '../../components/i18n';

export function AboutSection() {
  return (
    <section id="about" className="card about" aria-labelledby="about-title">
      <h2 id="about-title" className="section-title">
        {t('aboutTitle')}
      </h2>
      <p>{t('aboutIdea')}</p>
      <h3 className="subsection-title">{t('aboutSourcesTitle')}</h3>
      <ul className="sources">
        <li>
          <cite>{t('aboutArticleTitle')}</cite>
          {t('aboutArticleCredit')}
        </li>
        <li>{t('aboutGottman')}</li>
        <li>{t('aboutNvc')}</li>
      </ul>
      <p className="muted small">{t('aboutOwnWords')}</p>
      <h3 className="subsection-title">{t('privacyTitle')}</h3>
      <p data-testid="privacy">{t('privacyPromise')}</p>
      <ul className="privacy-points">
        <li>{t('privacyPointDevice')}</li>
        <li>{t('privacyPointStorage')}</li>
        <li>{t('privacyPointSensitive')}</li>
        <li>{t('privacyPointChoice')}</li>
      </ul>
      <p className="muted small">{t('aboutNotTherapy')}</p>
    </section>
  );
}
