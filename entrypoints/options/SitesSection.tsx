import { type FormEvent, useCallback, useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { type MessageKey, t } from '../../components/i18n';
import { Switch } from '../../components/Switch';
import type { SaveChange } from '../../components/useSettings';
import type { SiteReply, ToBackground } from '../../lib/messaging/protocol';
import {
  isBuiltInOn,
  KNOWN_SITES,
  matchPatternFor,
  normalizeSite,
  type SitePatternError,
  siteOf,
} from '../../lib/settings/apply';
import { LIMITS, type Settings } from '../../lib/settings/schema';

const ERROR_KEY: Record<
  SitePatternError | 'built-in' | 'duplicate' | 'full' | 'denied' | 'failed',
  MessageKey
> = {
  empty: 'siteErrorEmpty',
  'too-long': 'siteErrorTooLong',
  spaces: 'siteErrorSpaces',
  wildcard: 'siteErrorWildcard',
  scheme: 'siteErrorScheme',
  credentials: 'siteErrorCredentials',
  'invalid-host': 'siteErrorInvalid',
  'built-in': 'siteErrorBuiltIn',
  duplicate: 'siteErrorDuplicate',
  full: 'siteErrorFull',
  denied: 'siteAccessDenied',
  failed: 'siteEnableFailed',
};

function send(message: ToBackground): Promise<SiteReply | undefined> {
  return browser.runtime.sendMessage(message) as Promise<SiteReply | undefined>;
}

/** Which added sites have their permission on this device (it is per device, settings are not). */
function useGranted(origins: readonly string[]) {
  const [granted, setGranted] = useState<Record<string, boolean>>({});
  const key = origins.join('\n');
  const refresh = useCallback(async () => {
    const entries = await Promise.all(
      key
        .split('\n')
        .filter(Boolean)
        .map(async (origin) => {
          try {
            return [
              origin,
              await browser.permissions.contains({ origins: [matchPatternFor(origin)] }),
            ] as const;
          } catch {
            return [origin, false] as const;
          }
        }),
    );
    setGranted(Object.fromEntries(entries));
  }, [key]);
  useEffect(() => {
    void refresh();
    const listener = () => void refresh();
    browser.permissions.onAdded.addListener(listener);
    browser.permissions.onRemoved.addListener(listener);
    return () => {
      browser.permissions.onAdded.removeListener(listener);
      browser.permissions.onRemoved.removeListener(listener);
    };
  }, [refresh]);
  return { granted, refresh };
}

export function SitesSection({
  settings,
  save,
}: {
  settings: Settings;
  save: (c: SaveChange) => Promise<boolean>;
}) {
  const id = useId();
  const [input, setInput] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const custom = settings.sites.custom;
  const { granted, refresh } = useGranted(custom);

  const toggleBuiltIn = (siteId: string, on: boolean) => void save({ op: 'built-in', id: siteId, on });

  /** Ask for one site's access (must run straight from a click), then let the background start it. */
  const allow = (origin: string, onDone?: () => void) => {
    setError(null);
    setDone(null);
    browser.permissions
      .request({ origins: [matchPatternFor(origin)] })
      .then(async (ok) => {
        if (!ok) {
          setError(t(ERROR_KEY.denied));
          return;
        }
        const reply = await send({ type: 'site:enable', origin });
        if (!reply?.ok) {
          setError(t(ERROR_KEY.failed));
          return;
        }
        setDone(t('siteAdded', origin));
        onDone?.();
      })
      .catch(() => setError(t(ERROR_KEY.failed)))
      .finally(() => void refresh());
  };

  const add = (event: FormEvent) => {
    event.preventDefault();
    const result = normalizeSite(input);
    if (!result.ok) {
      setError(t(ERROR_KEY[result.error]));
      setDone(null);
      return;
    }
    if (siteOf(`${result.origin}/`).kind === 'built-in') return setError(t(ERROR_KEY['built-in']));
    if (custom.includes(result.origin) && granted[result.origin]) return setError(t(ERROR_KEY.duplicate));
    if (!custom.includes(result.origin) && custom.length >= LIMITS.customSites)
      return setError(t(ERROR_KEY.full));
    allow(result.origin, () => setInput(''));
  };

  const remove = (origin: string) => {
    setError(null);
    void send({ type: 'site:disable', origin })
      .then((reply) => {
        if (reply?.ok) setDone(t('siteRemoved', origin));
        else setError(t(ERROR_KEY.failed));
      })
      .catch(() => setError(t(ERROR_KEY.failed)))
      .finally(() => void refresh());
  };

  return (
    <section id="sites" className="card" aria-labelledby="sites-title">
      <h2 id="sites-title" className="section-title">
        {t('sitesTitle')}
      </h2>
      <p className="section-lede">{t('sitesLede')}</p>

      <h3 className="subsection-title">{t('sitesBuiltInTitle')}</h3>
      <div className="site-grid" data-testid="built-in-sites">
        {KNOWN_SITES.map((site) => (
          <Switch
            key={site.id}
            id={`site-${site.id}`}
            testId={`site-${site.id}`}
            checked={isBuiltInOn(settings, site.id)}
            onChange={(on) => toggleBuiltIn(site.id, on)}
            label={site.name}
          />
        ))}
      </div>

      <h3 className="subsection-title">{t('sitesCustomTitle')}</h3>
      <p className="muted small">{t('sitesCustomLede')}</p>
      <form className="inline-form" onSubmit={add} noValidate>
        <div className="grow">
          <label htmlFor={`${id}-site`} className="field-label">
            {t('siteInputLabel')}
          </label>
          <input
            id={`${id}-site`}
            className="input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={t('siteInputPlaceholder')}
            value={input}
            aria-invalid={error ? true : undefined}
            aria-describedby={`${id}-site-msg`}
            onChange={(e) => setInput(e.target.value)}
            data-testid="site-input"
          />
        </div>
        <button type="submit" className="button primary" data-testid="site-add">
          {t('siteAdd')}
        </button>
      </form>
      <div id={`${id}-site-msg`} aria-live="polite">
        {error ? (
          <p className="field-error" data-testid="site-error">
            {error}
          </p>
        ) : done ? (
          <p className="notice ok">{done}</p>
        ) : null}
      </div>

      {custom.length === 0 ? (
        <p className="muted small empty">{t('sitesCustomEmpty')}</p>
      ) : (
        <ul className="item-list" data-testid="custom-sites">
          {custom.map((origin) => (
            <li key={origin} className="item">
              <span className="item-main">
                <span className="item-title">{origin}</span>
                <span className={`item-meta ${granted[origin] ? 'ok' : 'warn'}`}>
                  {granted[origin] ? t('siteActive') : t('siteNeedsAccess')}
                </span>
              </span>
              <span className="button-row">
                {granted[origin] ? null : (
                  <button type="button" className="button" onClick={() => allow(origin)}>
                    {t('siteAllow')}
                    <span className="visually-hidden"> {origin}</span>
                  </button>
                )}
                <button type="button" className="button danger" onClick={() => remove(origin)}>
                  {t('remove')}
                  <span className="visually-hidden"> {origin}</span>
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
