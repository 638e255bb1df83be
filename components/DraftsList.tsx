import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { type InsertReply, parseReply, type ToContent } from '../lib/messaging/protocol';
import { ask } from '../lib/messaging/send';
import { DRAFT_DAYS, type Draft, loadDrafts, watchDrafts } from '../lib/models/drafts';
import { REMINDER_CHOICES, type ReminderChoice, reminderFor } from '../lib/models/reminders';
import { formatUntil, type MessageKey, t, uiLanguage } from './i18n';

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

const REMIND_KEY: Record<ReminderChoice, MessageKey> = {
  '20m': 'draftRemind20m',
  '1h': 'draftRemind1h',
  tomorrow: 'draftRemindTomorrow',
};

/** Ask the tab's coach to put the text into its focused field. */
async function putBack(tabId: number, text: string): Promise<InsertReply> {
  const message: ToContent = { type: 'coach:insert-draft', text };
  try {
    const reply = await Promise.race([
      browser.tabs.sendMessage(tabId, message) as Promise<unknown>,
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 3000)),
    ]);
    return parseReply('coach:insert-draft', reply) ?? { ok: false, error: 'no-field' };
  } catch {
    return { ok: false, error: 'no-field' };
  }
}

type Notice = { id: string; kind: 'ok' | 'error'; text: string } | null;

/**
 * Drafts saved with "Save for later" (this device only): copy, put back into the field focused in
 * the tab (`tabId`), remind me later, delete. Shows nothing when empty.
 */
export function DraftsList({ tabId = null }: { tabId?: number | null }) {
  const [drafts, setDrafts] = useState<Draft[]>([]);
  const [copied, setCopied] = useState<string | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [reminders, setReminders] = useState<Record<string, number>>({});

  useEffect(() => {
    let alive = true;
    void loadDrafts()
      .then((d) => alive && setDrafts(d))
      .catch(() => undefined);
    const stop = watchDrafts((d) => setDrafts(d));
    return () => {
      alive = false;
      stop();
    };
  }, []);

  const ids = drafts.map((d) => d.id).join(',');
  useEffect(() => {
    let alive = true;
    const list = ids ? ids.split(',') : [];
    void Promise.all(list.map(async (id) => [id, await reminderFor(id).catch(() => null)] as const)).then(
      (pairs) => {
        if (!alive) return;
        const next: Record<string, number> = {};
        for (const [id, at] of pairs) if (at !== null) next[id] = at;
        setReminders(next);
      },
    );
    return () => {
      alive = false;
    };
  }, [ids]);

  if (drafts.length === 0) return null;

  const copy = async (d: Draft) => {
    try {
      await navigator.clipboard.writeText(d.text);
      setCopied(d.id);
    } catch {
      setCopied(null);
    }
  };

  const insert = async (d: Draft) => {
    if (tabId === null) return;
    setNotice(null);
    const reply = await putBack(tabId, d.text);
    setNotice(
      reply.ok
        ? { id: d.id, kind: 'ok', text: t('draftPutBackDone') }
        : {
            id: d.id,
            kind: 'error',
            text:
              reply.error === 'refused'
                ? t('draftPutBackFailed')
                : reply.error === 'partial'
                  ? t('draftPutBackPartial')
                  : t('draftPutBackNoField'),
          },
    );
  };

  // Reminders and drafts are written by the background (the one writer).
  const remind = async (d: Draft, choice: string) => {
    if ((REMINDER_CHOICES as readonly string[]).includes(choice)) {
      const reply = await ask({ type: 'reminder:schedule', draftId: d.id, choice: choice as ReminderChoice });
      if (reply?.ok) setReminders((r) => ({ ...r, [d.id]: reply.at }));
      else setNotice({ id: d.id, kind: 'error', text: t('saveFailed') });
    } else if ((await ask({ type: 'reminder:cancel', draftId: d.id })) === true) {
      setReminders(({ [d.id]: _, ...rest }) => rest);
    } else {
      setNotice({ id: d.id, kind: 'error', text: t('saveFailed') });
    }
  };

  const remove = async (d: Draft) => {
    if ((await ask({ type: 'draft:delete', id: d.id })) !== true) {
      setNotice({ id: d.id, kind: 'error', text: t('saveFailed') });
    }
  };

  return (
    <section className="popup-section drafts" aria-labelledby="drafts-title" data-testid="drafts">
      <h2 id="drafts-title" className="small">
        {t('draftsTitle')}
      </h2>
      <p className="muted small" data-testid="drafts-kept">
        {t('draftsKeptFor', DRAFT_DAYS)}
      </p>
      <ul
        className="drafts-list"
        style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 8 }}
      >
        {drafts.map((d) => {
          const remindAt = reminders[d.id];
          return (
            <li key={d.id} className="draft" data-testid="draft">
              <p
                className="draft-text"
                style={{ margin: 0, whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
              >
                {d.text}
              </p>
              <p className="muted small">
                {hostOf(d.site)} · {when(d.savedAt)}
              </p>
              <div className="button-row">
                {tabId !== null ? (
                  <button
                    type="button"
                    className="button"
                    aria-label={t('draftPutBackLabel', hostOf(d.site))}
                    onClick={() => void insert(d)}
                  >
                    {t('draftPutBack')}
                  </button>
                ) : null}
                <button type="button" className="button" onClick={() => void copy(d)}>
                  {copied === d.id ? t('draftCopied') : t('draftCopy')}
                </button>
                <button
                  type="button"
                  className="button"
                  aria-label={t('draftDeleteLabel', hostOf(d.site))}
                  onClick={() => void remove(d)}
                >
                  {t('draftDelete')}
                </button>
              </div>
              <label
                className="small"
                style={{ display: 'flex', gap: 6, alignItems: 'center', marginTop: 6 }}
              >
                {t('draftRemindLabel')}
                <select
                  data-testid="draft-remind"
                  value=""
                  onChange={(e) => void remind(d, e.currentTarget.value)}
                >
                  <option value="" disabled hidden>
                    {remindAt ? t('draftRemindSet', formatUntil(remindAt)) : t('draftRemindNone')}
                  </option>
                  {REMINDER_CHOICES.map((c) => (
                    <option key={c} value={c}>
                      {t(REMIND_KEY[c])}
                    </option>
                  ))}
                  {remindAt ? <option value="none">{t('draftRemindNone')}</option> : null}
                </select>
              </label>
              {notice?.id === d.id ? (
                <p
                  className={`notice ${notice.kind}`}
                  role={notice.kind === 'error' ? 'alert' : 'status'}
                  data-testid="draft-notice"
                >
                  {notice.text}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
