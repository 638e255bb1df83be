import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DRAFTS_KEY, type Draft, deleteDraft, loadDrafts, parseDrafts } from '../lib/coach/drafts';
import { t, uiLanguage } from './i18n';

function hostOf(site: string): string {
  try {
    return new URL(site).host || site;
  } catch {
    return site;
  }
}

function when(ms: number): string {
  try {
    return new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
  } catch {
    return new Date(ms).toISOString();
  }
}

/** Drafts saved with "Save for later" (this device only): copy or delete. Shows nothing when empty. */
export function DraftsList() {
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [copied, setCopied] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    void loadDrafts()
      .then((d) => alive && setDrafts(d))
      .catch(() => undefined);
    const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && DRAFTS_KEY in changes) setDrafts(parseDrafts(changes[DRAFTS_KEY]?.newValue));
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  if (drafts.length === 0) return null;

  const copy = async (d: Draft) => {
    try {
      await navigator.clipboard.writeText(d.text);
      setCopied(d.id);
    } catch {
      setCopied(null);
    }
  };

  return (
    <section className="popup-section drafts" aria-labelledby="drafts-title" data-testid="drafts">
      <h2 id="drafts-title" className="small">
        {t('draftsTitle')}
      </h2>
      <ul
        className="drafts-list"
        style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}
      >
        {drafts.map((d) => (
          <li key={d.id} className="draft" data-testid="draft">
            <p className="draft-text" style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {d.text}
            </p>
            <p className="muted small">
              {hostOf(d.site)} · {when(d.savedAt)}
            </p>
            <div className="button-row">
              <button type="button" className="button" onClick={() => void copy(d)}>
                {copied === d.id ? t('draftCopied') : t('draftCopy')}
              </button>
              <button
                type="button"
                className="button"
                aria-label={t('draftDeleteLabel', hostOf(d.site))}
                onClick={() => void deleteDraft(d.id).catch(() => undefined)}
              >
                {t('draftDelete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
