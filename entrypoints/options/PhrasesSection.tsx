import { type FormEvent, useId, useState } from 'react';
import { type MessageKey, t } from '../../components/i18n';
import { CATEGORY_LABEL_KEY } from '../../components/labels';
import type { SaveChange } from '../../components/useSettings';
import {
  CATEGORY_IDS,
  type CategoryId,
  type CustomPhrase,
  LIMITS,
  PhraseSchema,
  phraseKey,
  type Settings,
} from '../../lib/settings/schema';

type Save = (c: SaveChange) => Promise<boolean>;

/** Why a phrase cannot be saved (a messages.json key), or null. */
function phraseProblem(
  text: string,
  taken: readonly string[],
  max: number,
  except?: string,
): MessageKey | null {
  const trimmed = text.trim();
  if (!trimmed) return 'phraseErrorEmpty';
  if (trimmed.length > LIMITS.phraseLength) return 'phraseErrorTooLong';
  if (!PhraseSchema.safeParse(trimmed).success) return 'phraseErrorInvalid';
  const key = phraseKey(trimmed);
  if (key !== except && taken.some((p) => phraseKey(p) === key)) return 'phraseErrorDuplicate';
  if (except === undefined && taken.length >= max) return 'phraseErrorFull';
  return null;
}

const clean = (s: string) => s.trim().replace(/\s+/g, ' ');

function CustomPhraseForm({
  initial,
  taken,
  except,
  submitLabel,
  onSubmit,
  onCancel,
  testId,
}: {
  initial: CustomPhrase;
  taken: readonly string[];
  except?: string;
  submitLabel: string;
  onSubmit: (p: CustomPhrase) => Promise<boolean>;
  onCancel?: () => void;
  testId: string;
}) {
  const id = useId();
  const [phrase, setPhrase] = useState(initial.phrase);
  const [category, setCategory] = useState<CategoryId>(initial.category);
  const [replacement, setReplacement] = useState(initial.replacement ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem =
      phraseProblem(phrase, taken, LIMITS.customPhrases, except) ??
      (replacement.trim().length > LIMITS.replacementLength ? 'replacementErrorTooLong' : null);
    if (problem) return setError(t(problem));
    const next: CustomPhrase = replacement.trim()
      ? { phrase: clean(phrase), category, replacement: replacement.trim() }
      : { phrase: clean(phrase), category };
    if (await onSubmit(next)) {
      setError(null);
      if (!onCancel) {
        setPhrase('');
        setReplacement('');
      }
    }
  };

  return (
    <form className="phrase-form" onSubmit={submit} noValidate data-testid={testId}>
      <div className="grow">
        <label htmlFor={`${id}-phrase`} className="field-label">
          {t('customPhraseLabel')}
        </label>
        <input
          id={`${id}-phrase`}
          className="input"
          value={phrase}
          maxLength={LIMITS.phraseLength * 2}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
          onChange={(e) => setPhrase(e.target.value)}
        />
      </div>
      <div>
        <label htmlFor={`${id}-category`} className="field-label">
          {t('customCategoryLabel')}
        </label>
        <select
          id={`${id}-category`}
          className="select"
          value={category}
          onChange={(e) => setCategory(e.target.value as CategoryId)}
        >
          {CATEGORY_IDS.map((c) => (
            <option key={c} value={c}>
              {t(CATEGORY_LABEL_KEY[c])}
            </option>
          ))}
        </select>
      </div>
      <div className="grow">
        <label htmlFor={`${id}-replacement`} className="field-label">
          {t('customReplacementLabel')}
        </label>
        <input
          id={`${id}-replacement`}
          className="input"
          value={replacement}
          placeholder={t('customReplacementPlaceholder')}
          maxLength={LIMITS.replacementLength * 2}
          onChange={(e) => setReplacement(e.target.value)}
        />
      </div>
      <div className="button-row form-actions">
        <button type="submit" className="button primary">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
      <p id={`${id}-error`} className="field-error full" aria-live="polite">
        {error ?? ''}
      </p>
    </form>
  );
}

function IgnoredPhraseForm({
  initial,
  taken,
  except,
  submitLabel,
  onSubmit,
  onCancel,
  testId,
}: {
  initial: string;
  taken: readonly string[];
  except?: string;
  submitLabel: string;
  onSubmit: (p: string) => Promise<boolean>;
  onCancel?: () => void;
  testId: string;
}) {
  const id = useId();
  const [phrase, setPhrase] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = phraseProblem(phrase, taken, LIMITS.ignoredPhrases, except);
    if (problem) return setError(t(problem));
    if (await onSubmit(clean(phrase))) {
      setError(null);
      if (!onCancel) setPhrase('');
    }
  };
  return (
    <form className="phrase-form" onSubmit={submit} noValidate data-testid={testId}>
      <div className="grow">
        <label htmlFor={`${id}-phrase`} className="field-label">
          {t('ignoredPhraseLabel')}
        </label>
        <input
          id={`${id}-phrase`}
          className="input"
          value={phrase}
          maxLength={LIMITS.phraseLength * 2}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-error`}
          onChange={(e) => setPhrase(e.target.value)}
        />
      </div>
      <div className="button-row form-actions">
        <button type="submit" className="button primary">
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        ) : null}
      </div>
      <p id={`${id}-error`} className="field-error full" aria-live="polite">
        {error ?? ''}
      </p>
    </form>
  );
}

export function PhrasesSection({ settings, save }: { settings: Settings; save: Save }) {
  const [editingCustom, setEditingCustom] = useState<string | null>(null);
  const [editingIgnored, setEditingIgnored] = useState<string | null>(null);
  const customTaken = settings.customPhrases.map((p) => p.phrase);

  // One change each, applied by the background on the list as it is then (lib/settings/changes.ts).
  const replaceCustom = (key: string | null, next: CustomPhrase | null) =>
    save({ op: 'custom-phrase', key, next });

  const replaceIgnored = (key: string | null, next: string | null) =>
    save({ op: 'ignored-phrase', key, next });

  return (
    <section id="phrases" className="card" aria-labelledby="phrases-title">
      <h2 id="phrases-title" className="section-title">
        {t('phrasesTitle')}
      </h2>
      <p className="section-lede">{t('phrasesLede')}</p>

      <h3 className="subsection-title">{t('customPhrasesTitle')}</h3>
      <p className="muted small">{t('customPhrasesLede')}</p>
      {settings.customPhrases.length === 0 ? (
        <p className="muted small empty">{t('customPhrasesEmpty')}</p>
      ) : (
        <ul className="item-list" data-testid="custom-phrases">
          {settings.customPhrases.map((p) => {
            const key = phraseKey(p.phrase);
            return (
              <li key={key} className="item">
                {editingCustom === key ? (
                  <CustomPhraseForm
                    initial={p}
                    taken={customTaken}
                    except={key}
                    submitLabel={t('save')}
                    testId="custom-phrase-edit"
                    onSubmit={async (next) => {
                      const ok = await replaceCustom(key, next);
                      if (ok) setEditingCustom(null);
                      return ok;
                    }}
                    onCancel={() => setEditingCustom(null)}
                  />
                ) : (
                  <>
                    <span className="item-main">
                      <span className="item-title">“{p.phrase}”</span>
                      <span className="item-meta">
                        <span className="chip" data-category={p.category}>
                          {t(CATEGORY_LABEL_KEY[p.category])}
                        </span>
                        {p.replacement ? <span> → “{p.replacement}”</span> : null}
                      </span>
                    </span>
                    <span className="button-row">
                      <button type="button" className="button" onClick={() => setEditingCustom(key)}>
                        {t('edit')}
                        <span className="visually-hidden"> {p.phrase}</span>
                      </button>
                      <button
                        type="button"
                        className="button danger"
                        onClick={() => void replaceCustom(key, null)}
                      >
                        {t('delete')}
                        <span className="visually-hidden"> {p.phrase}</span>
                      </button>
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <CustomPhraseForm
        initial={{ phrase: '', category: 'blame' }}
        taken={customTaken}
        submitLabel={t('add')}
        testId="custom-phrase-add"
        onSubmit={(next) => replaceCustom(null, next)}
      />

      <h3 className="subsection-title">{t('ignoredPhrasesTitle')}</h3>
      <p className="muted small">{t('ignoredPhrasesLede')}</p>
      {settings.ignoredPhrases.length === 0 ? (
        <p className="muted small empty">{t('ignoredPhrasesEmpty')}</p>
      ) : (
        <ul className="item-list" data-testid="ignored-phrases">
          {settings.ignoredPhrases.map((p) => {
            const key = phraseKey(p);
            return (
              <li key={key} className="item">
                {editingIgnored === key ? (
                  <IgnoredPhraseForm
                    initial={p}
                    taken={settings.ignoredPhrases}
                    except={key}
                    submitLabel={t('save')}
                    testId="ignored-phrase-edit"
                    onSubmit={async (next) => {
                      const ok = await replaceIgnored(key, next);
                      if (ok) setEditingIgnored(null);
                      return ok;
                    }}
                    onCancel={() => setEditingIgnored(null)}
                  />
                ) : (
                  <>
                    <span className="item-main">
                      <span className="item-title">“{p}”</span>
                    </span>
                    <span className="button-row">
                      <button type="button" className="button" onClick={() => setEditingIgnored(key)}>
                        {t('edit')}
                        <span className="visually-hidden"> {p}</span>
                      </button>
                      <button
                        type="button"
                        className="button danger"
                        onClick={() => void replaceIgnored(key, null)}
                      >
                        {t('delete')}
                        <span className="visually-hidden"> {p}</span>
                      </button>
                    </span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <IgnoredPhraseForm
        initial=""
        taken={settings.ignoredPhrases}
        submitLabel={t('add')}
        testId="ignored-phrase-add"
        onSubmit={(next) => replaceIgnored(null, next)}
      />
    </section>
  );
}
