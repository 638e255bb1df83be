import { useId, useMemo, useState } from 'react';
import { toneOptionsFor } from '../lib/settings/apply';
import { SENSITIVITIES, type Settings } from '../lib/settings/schema';
import { analyze } from '../lib/tone';
import type { Finding } from '../lib/tone/types';
import { t } from './i18n';
import { CATEGORY_LABEL_KEY, SENSITIVITY_LABEL_KEY } from './labels';

/** Analyse without ever throwing into the UI. */
function safeAnalyze(text: string, options: Parameters<typeof analyze>[1]): Finding[] {
  if (!text.trim()) return [];
  try {
    return analyze(text, options).findings;
  } catch {
    return [];
  }
}

/** The findings for one text as a list: the flagged words and their category. */
export function FindingsList({ text, findings }: { text: string; findings: Finding[] }) {
  if (findings.length === 0) return <p className="findings-none">{t('previewNothing')}</p>;
  return (
    <ul className="findings">
      {findings.map((f) => (
        <li key={f.id} className="finding" data-category={f.category}>
          <span className="finding-quote">“{text.slice(f.start, f.end)}”</span>
          <span className="chip" data-category={f.category}>
            {t(CATEGORY_LABEL_KEY[f.category])}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The options page's live preview: one sample, what each sensitivity flags. */
export function SensitivityPreview({ settings }: { settings: Settings }) {
  const [text, setText] = useState(() => t('previewSample'));
  const id = useId();
  const results = useMemo(
    () =>
      SENSITIVITIES.map((level) => ({
        level,
        findings: safeAnalyze(text, { ...toneOptionsFor(settings), sensitivity: level }),
      })),
    [text, settings],
  );
  return (
    <div className="preview">
      <label htmlFor={`${id}-text`} className="field-label">
        {t('previewLabel')}
      </label>
      <textarea
        id={`${id}-text`}
        className="textarea"
        rows={3}
        value={text}
        spellCheck
        onChange={(e) => setText(e.target.value)}
        data-testid="preview-text"
      />
      <div className="preview-columns">
        {results.map(({ level, findings }) => (
          <section
            key={level}
            className="preview-column"
            data-current={level === settings.sensitivity}
            data-testid={`preview-${level}`}
            aria-labelledby={`${id}-${level}`}
          >
            <h4 id={`${id}-${level}`} className="preview-title">
              {t(SENSITIVITY_LABEL_KEY[level])}
              <span className="preview-count">{t('previewCount', findings.length)}</span>
              {level === settings.sensitivity ? <span className="badge">{t('previewYours')}</span> : null}
            </h4>
            <FindingsList text={text} findings={findings} />
          </section>
        ))}
      </div>
    </div>
  );
}
