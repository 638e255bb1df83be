import { type ChangeEvent, useId, useRef, useState } from 'react';
import { type MessageKey, t } from '../../components/i18n';
import { saveFailureText } from '../../components/useSettings';
import { requestSettingsChange } from '../../lib/settings/client';
import { defaultSettings, LIMITS, type Settings } from '../../lib/settings/schema';
import {
  exportFileName,
  exportSettings,
  type ImportError,
  parseSettingsFile,
} from '../../lib/settings/transfer';

const IMPORT_ERROR_KEY: Record<ImportError, MessageKey> = {
  'too-large': 'importErrorTooLarge',
  empty: 'importErrorEmpty',
  'not-json': 'importErrorNotJson',
  'not-settings': 'importErrorNotSettings',
  'newer-version': 'importErrorNewer',
  invalid: 'importErrorInvalid',
  'too-many': 'importErrorTooMany',
};

type Message = { kind: 'ok' | 'error'; text: string } | null;

export function BackupSection({ settings }: { settings: Settings }) {
  const id = useId();
  const [message, setMessage] = useState<Message>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const download = () => {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = exportFileName();
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    setMessage({ kind: 'ok', text: t('exportDone') });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Checked before reading: a huge file is never loaded into memory.
    if (file.size > LIMITS.importBytes) {
      setMessage({ kind: 'error', text: t('importErrorTooLarge', Math.round(LIMITS.importBytes / 1024)) });
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: t('importErrorUnreadable') });
      return;
    }
    const result = parseSettingsFile(text);
    if (!result.ok) {
      const detail =
        result.error === 'invalid'
          ? t('importErrorInvalid', result.path || '—')
          : result.error === 'too-many'
            ? t('importErrorTooMany', result.path || '—', result.max ?? '—')
            : result.error === 'too-large'
              ? t('importErrorTooLarge', Math.round(LIMITS.importBytes / 1024))
              : t(IMPORT_ERROR_KEY[result.error]);
      setMessage({ kind: 'error', text: t('importFailed', detail) });
      return;
    }
    const saved = await requestSettingsChange({ op: 'replace', settings: result.settings });
    setMessage(
      saved.ok ? { kind: 'ok', text: t('importDone') } : { kind: 'error', text: saveFailureText(saved) },
    );
  };

  const reset = async () => {
    dialog.current?.close();
    const saved = await requestSettingsChange({ op: 'replace', settings: defaultSettings() });
    setMessage(
      saved.ok ? { kind: 'ok', text: t('resetDone') } : { kind: 'error', text: saveFailureText(saved) },
    );
  };

  return (
    <section id="backup" className="card" aria-labelledby="backup-title">
      <h2 id="backup-title" className="section-title">
        {t('backupTitle')}
      </h2>
      <p className="section-lede">{t('backupLede')}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={download} data-testid="export">
          {t('exportButton')}
        </button>
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t('importButton')}
        </button>
        <input
          ref={fileInput}
          id={`${id}-import`}
          className="visually-hidden"
          type="file"
          accept="application/json,.json"
          tabIndex={-1}
          aria-label={t('importButton')}
          onChange={(e) => void importFile(e)}
          data-testid="import-file"
        />
        <button
          type="button"
          className="button danger"
          onClick={() => dialog.current?.showModal()}
          data-testid="reset"
        >
          {t('resetButton')}
        </button>
      </div>
      <div aria-live="polite" data-testid="backup-message">
        {message ? (
          <p className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : undefined}>
            {message.text}
          </p>
        ) : null}
      </div>

      <dialog ref={dialog} aria-labelledby={`${id}-reset-title`} aria-describedby={`${id}-reset-desc`}>
        <h2 id={`${id}-reset-title`}>{t('resetConfirmTitle')}</h2>
        <p id={`${id}-reset-desc`}>{t('resetConfirmText')}</p>
        <div className="button-row">
          {/* biome-ignore lint/a11y/noAutofocus: the safe choice gets focus when the dialog opens */}
          <button type="button" className="button" autoFocus onClick={() => dialog.current?.close()}>
            {t('cancel')}
          </button>
          <button
            type="button"
            className="button danger solid"
            onClick={() => void reset()}
            data-testid="reset-confirm"
          >
            {t('resetConfirmButton')}
          </button>
        </div>
      </dialog>
    </section>
  );
}
