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

/**
 * The one phrase form: add or edit a phrase of yours (with its kind and an optional wording) or a
 * phrase never to flag (the phrase alone).
 */
function PhraseForm({
  kind,
  initial,
  taken,
  except,
  submitLabel,
  onSubmit,
  onCancel,
  testId,
}: {
  kind: 'custom' | 'ignored';
  initial: CustomPhrase;
  taken: readonly string[];
  except?: string;
  submitLabel: string;
  onSubmit: (p: CustomPhrase) => Promise<boolean>;
  onCancel?: () => void;
  testId: string;
}) {
  const id = useId();
  const custom = kind === 'custom';
  const [phrase, setPhrase] = useState(initial.phrase);
  const [category, setCategory] = useState<CategoryId>(initial.category);
  const [replacement, setReplacement] = useState(initial.replacement ?? '');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const max = custom ? LIMITS.customPhrases : LIMITS.ignoredPhrases;
    const problem =
      phraseProblem(phrase, taken, max, except) ??
      (custom && replacement.trim().length > LIMITS.replacementLength ? 'replacementErrorTooLong' : null);
    if (problem) return setError(t(problem));
    const next: CustomPhrase =
      custom && replacement.trim()
        ? { phrase: clean(phrase), category, replacement: replacement.trim() }
        : { phrase: clean(phrase), category };
    setError(null);
    // The list shows the new phrase at once, but the save resolves only after the background's
    // round trip: whatever the person typed in the meantime is theirs, so clear a field only if it
    // still holds what was added.
    if ((await onSubmit(next)) && !onCancel) {
      setPhrase((now) => (now === phrase ? '' : now));
      setReplacement((now) => (now === replacement ? '' : now));
    }
  };

  return (
    <form className="phrase-form" onSubmit={submit} noValidate data-testid={testId}>
      <div className="grow">
        <label htmlFor={`${id}-phrase`} className="field-label">
          {t(custom ? 'customPhraseLabel' : 'ignoredPhraseLabel')}
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
      {custom ? (
        <>
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
            {/* The hint sits under the field, never as a placeholder that a narrow field clips. */}
            <input
              id={`${id}-replacement`}
              className="input"
              value={replacement}
              maxLength={LIMITS.replacementLength * 2}
              aria-describedby={`${id}-replacement-hint`}
              onChange={(e) => setReplacement(e.target.value)}
            />
            <p id={`${id}-replacement-hint`} className="muted small field-hint">
              {t('customReplacementPlaceholder')}
            </p>
          </div>
        </>
      ) : null}
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
                  <PhraseForm
                    kind="custom"
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
      <PhraseForm
        kind="custom"
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
                  <PhraseForm
                    kind="ignored"
                    initial={{ phrase: p, category: 'blame' }}
                    taken={settings.ignoredPhrases}
                    except={key}
                    submitLabel={t('save')}
                    testId="ignored-phrase-edit"
                    onSubmit={async (next) => {
                      const ok = await replaceIgnored(key, next.phrase);
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
      <PhraseForm
        kind="ignored"
        initial={{ phrase: '', category: 'blame' }}
        taken={settings.ignoredPhrases}
        submitLabel={t('add')}
        testId="ignored-phrase-add"
        onSubmit={(next) => replaceIgnored(null, next.phrase)}
      />
    </section>
  );
}
