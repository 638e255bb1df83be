import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from './i18n';

/** The manifest command that opens the card (wxt.config.ts `commands`). */
export const OPEN_CARD_COMMAND = 'open-card';

/**
 * The key the person has bound to "open the suggestion", read from the browser (they may have
 * changed it): undefined while reading, '' when none is set.
 */
export function useShortcut(): string | undefined {
  const [keys, setKeys] = useState<string | undefined>(undefined);
  useEffect(() => {
    let alive = true;
    const read = () =>
      browser.commands
        .getAll()
        .then((all) => {
          if (alive) setKeys(all.find((c) => c.name === OPEN_CARD_COMMAND)?.shortcut ?? '');
        })
        .catch(() => {
          if (alive) setKeys('');
        });
    void read();
    // Back from the browser's shortcut settings: read it again.
    const onFocus = () => void read();
    window.addEventListener('focus', onFocus);
    return () => {
      alive = false;
      window.removeEventListener('focus', onFocus);
    };
  }, []);
  return keys;
}

/** "Alt+Shift+S" as separate <kbd> keys. */
export function Keys({ keys }: { keys: string }) {
  const parts = keys.split('+').filter(Boolean);
  return (
    <kbd className="keys" data-testid="shortcut-keys">
      {parts.map((k, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the same key never repeats, order is the identity
        <span key={i}>
          {i > 0 ? '+' : null}
          <kbd>{k}</kbd>
        </span>
      ))}
    </kbd>
  );
}

const FIREFOX = import.meta.env.FIREFOX;

/** Open the browser's own shortcut settings (Chrome); Firefox only lets us say where they are. */
function openShortcutSettings() {
  void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).catch(() => undefined);
}

/**
 * The keyboard shortcut, as the browser has it now, with a way to change it. Shown on the
 * popup, the options page and the welcome page.
 */
export function ShortcutNote({ compact }: { compact?: boolean }) {
  const keys = useShortcut();
  if (keys === undefined) return null;
  const MARK = '\u2063KEYS\u2063';
  const [before = '', after = ''] = t('shortcutText', MARK).split(MARK);
  return (
    <div className={`shortcut${compact ? ' compact' : ''}`} data-testid="shortcut">
      <p className="shortcut-text">
        {keys ? (
          <>
            {before}
            <Keys keys={keys} />
            {after}
          </>
        ) : (
          t('shortcutNone')
        )}
      </p>
      {FIREFOX ? (
        <p className="muted small">{t('shortcutFirefox')}</p>
      ) : (
        <button
          type="button"
          className="button link shortcut-change"
          data-testid="shortcut-change"
          onClick={openShortcutSettings}
        >
          {t('shortcutChange')}
        </button>
      )}
    </div>
  );
}
