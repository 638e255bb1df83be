import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { DraftsList } from '../../components/DraftsList';
import { formatUntil, type MessageKey, t } from '../../components/i18n';
import { SENSITIVITY_LABEL_KEY } from '../../components/labels';
import { PatternsPanel } from '../../components/PatternsChart';
import { PauseControl } from '../../components/PauseControl';
import { SegmentedControl } from '../../components/SegmentedControl';
import { ShortcutNote } from '../../components/Shortcut';
import { Switch } from '../../components/Switch';
import { useNow, useSettings } from '../../components/useSettings';
import type { FieldStatus, SiteReply, ToBackground, ToContent } from '../../lib/messaging/protocol';
import { isBuiltInOn, isPaused, matchPatternFor, type SiteMatch, siteOf } from '../../lib/settings/apply';
import { SENSITIVITIES, type Sensitivity } from '../../lib/settings/schema';

/** What is true for the page the popup is about. */
type PageState = 'on' | 'paused' | 'site-paused' | 'site-off' | 'unsupported';

const PILL_KEY = {
  on: 'pillOn',
  paused: 'pillPaused',
  'site-paused': 'pillPausedHere',
  'site-off': 'pillOffHere',
  unsupported: 'pillUnavailable',
} as const satisfies Record<PageState, MessageKey>;

interface TargetTab {
  id: number;
  url: string | undefined;
}

/**
 * The tab the popup is about: the active tab of the window. `?tab=<id>` picks a tab explicitly
 * (used when the popup page is opened in a tab of its own, e.g. by the end-to-end tests).
 */
async function findTab(): Promise<TargetTab | null> {
  try {
    const param = new URLSearchParams(location.search).get('tab');
    if (param && /^\d+$/.test(param)) {
      const tab = await browser.tabs.get(Number(param));
      return typeof tab.id === 'number' ? { id: tab.id, url: tab.url } : null;
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab && typeof tab.id === 'number' ? { id: tab.id, url: tab.url } : null;
  } catch {
    return null;
  }
}

/** Ask the tab's coach what it sees in the focused field; null when no coach answers. */
async function fieldStatus(tabId: number): Promise<FieldStatus | null> {
  const message: ToContent = { type: 'coach:get-status' };
  try {
    const reply = await Promise.race([
      browser.tabs.sendMessage(tabId, message) as Promise<FieldStatus | undefined>,
      new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 1000)),
    ]);
    return reply && typeof reply.state === 'string' ? reply : null;
  } catch {
    return null;
  }
}

function sendToBackground(message: ToBackground): Promise<SiteReply | undefined> {
  return browser.runtime.sendMessage(message) as Promise<SiteReply | undefined>;
}

function siteName(site: SiteMatch): string {
  if (site.kind === 'built-in') return site.site.name;
  if (site.kind === 'other') return site.host;
  return '';
}

export function Popup() {
  const { settings, save, saveFailed } = useSettings();
  const now = useNow(10_000);
  const [tab, setTab] = useState<TargetTab | null | undefined>(undefined);
  const [status, setStatus] = useState<FieldStatus | null>(null);
  const [granted, setGranted] = useState(false);
  const [siteError, setSiteError] = useState<string | null>(null);

  useEffect(() => {
    void findTab().then(setTab);
  }, []);

  const site: SiteMatch = tab ? siteOf(tab.url) : { kind: 'unsupported' };
  const origin = site.kind === 'other' ? site.origin : null;

  // Keep the field status fresh while the popup is open (the coach answers with counts only).
  useEffect(() => {
    if (!tab) return;
    let alive = true;
    const poll = () =>
      void fieldStatus(tab.id).then((s) => {
        if (alive) setStatus(s);
      });
    poll();
    const id = setInterval(poll, 1500);
    return () => {
      alive = false;
      clearInterval(id);
    };
  }, [tab]);

  const refreshGranted = useCallback(async () => {
    if (!origin) return;
    try {
      setGranted(await browser.permissions.contains({ origins: [matchPatternFor(origin)] }));
    } catch {
      setGranted(false);
    }
  }, [origin]);

  useEffect(() => {
    void refreshGranted();
  }, [refreshGranted]);

  if (!settings || tab === undefined) {
    return <main className="popup" aria-busy="true" />;
  }

  const paused = isPaused(settings, now);
  const siteOn =
    site.kind === 'built-in'
      ? isBuiltInOn(settings, site.site.id)
      : site.kind === 'other'
        ? granted && settings.sites.custom.includes(site.origin)
        : false;

  const toggleSite = (on: boolean) => {
    setSiteError(null);
    if (site.kind === 'built-in') {
      const id = site.site.id;
      void save({ op: 'built-in', id, on });
      return;
    }
    if (site.kind !== 'other' || !tab) return;
    if (on) {
      // Asked straight from the click: the browser only shows its prompt for a user gesture.
      browser.permissions
        .request({ origins: [matchPatternFor(site.origin)] })
        .then(async (ok) => {
          if (!ok) {
            setSiteError(t('siteAccessDenied'));
            return;
          }
          const reply = await sendToBackground({ type: 'site:enable', origin: site.origin, tabId: tab.id });
          if (!reply?.ok) setSiteError(t('siteEnableFailed'));
          await refreshGranted();
        })
        .catch(() => setSiteError(t('siteEnableFailed')));
    } else {
      void sendToBackground({ type: 'site:disable', origin: site.origin })
        .then((reply) => {
          if (!reply?.ok) setSiteError(t('siteEnableFailed'));
        })
        .finally(() => void refreshGranted());
    }
  };

  const sensitivityOptions = SENSITIVITIES.map((value) => ({
    value,
    label: t(SENSITIVITY_LABEL_KEY[value]),
  }));
  const stateKey =
    status?.state === 'calm'
      ? 'fieldCalm'
      : status?.state === 'tense'
        ? 'fieldTense'
        : status?.state === 'heated'
          ? 'fieldHeated'
          : null;

  // What is true for this page, in one word for the pill and one line for the status.
  const pageState: PageState =
    site.kind === 'unsupported'
      ? 'unsupported'
      : paused
        ? 'paused'
        : siteOn
          ? 'on'
          : site.kind === 'built-in'
            ? 'site-paused'
            : 'site-off';
  const live = pageState === 'on' && stateKey !== null;

  let statusText: string;
  if (pageState === 'unsupported') statusText = t('statusUnsupported');
  else if (pageState === 'paused')
    statusText =
      settings.pausedUntil === 'forever'
        ? t('pausedEverywhereForever')
        : t('pausedEverywhereUntil', formatUntil(settings.pausedUntil as number, now));
  else if (pageState === 'site-paused') statusText = t('sitePaused');
  else if (pageState === 'site-off') statusText = t('statusOffHere');
  else if (!status) statusText = t('statusNoCoach');
  else if (!stateKey) statusText = t('statusNoField');
  else statusText = t(stateKey);

  return (
    <main className="popup" aria-labelledby="popup-title">
      <header className="popup-header">
        <img src="/icon/32.png" alt="" width={28} height={28} />
        <h1 id="popup-title">{t('extName')}</h1>
        <span className="state-pill" data-state={pageState} data-testid="state-pill">
          {t(PILL_KEY[pageState])}
        </span>
      </header>

      <section
        className="field-status"
        data-state={live ? status?.state : pageState === 'on' ? 'none' : pageState}
        aria-labelledby="field-status-title"
        data-testid="field-status"
      >
        <h2 id="field-status-title" className="visually-hidden">
          {t('fieldStatusTitle')}
        </h2>
        <p className="field-status-text" aria-live="polite">
          <span className="field-status-icon" aria-hidden="true" />
          <span data-testid="field-status-text">{statusText}</span>
          {live && status ? (
            <span className="field-status-count" data-testid="field-status-count">
              {t('fieldCount', status.count)}
            </span>
          ) : null}
        </p>
        {pageState === 'site-paused' ? (
          <button
            type="button"
            className="button primary field-status-action"
            data-testid="resume-site"
            onClick={() => toggleSite(true)}
          >
            {t('resumeSite')}
          </button>
        ) : null}
      </section>

      <section className="popup-section" aria-label={t('siteSectionLabel')}>
        {site.kind === 'unsupported' ? (
          <p className="muted small">{t('siteUnsupported')}</p>
        ) : (
          <Switch
            id="site-switch"
            testId="site-switch"
            checked={siteOn}
            onChange={toggleSite}
            label={t('siteSwitchLabel', siteName(site))}
            description={site.kind === 'built-in' ? t('siteBuiltInHint') : t('siteOtherHint')}
          />
        )}
        {siteError ? (
          <p className="notice error" role="alert">
            {siteError}
          </p>
        ) : null}
      </section>

      <section className="popup-section">
        <SegmentedControl<Sensitivity>
          legend={t('sensitivityLegend')}
          name="popup-sensitivity"
          testId="popup-sensitivity"
          value={settings.sensitivity}
          options={sensitivityOptions}
          onChange={(sensitivity) => void save({ sensitivity })}
        />
      </section>

      <section className="popup-section">
        <PauseControl settings={settings} save={save} now={now} compact />
      </section>

      {/* "Put back" only where the coach can be at work. */}
      <DraftsList tabId={site.kind !== 'unsupported' && tab ? tab.id : null} />

      <PatternsPanel enabled={settings.statsEnabled} />

      <section className="popup-section" aria-labelledby="shortcut-title">
        <h2 id="shortcut-title" className="small">
          {t('shortcutTitle')}
        </h2>
        <ShortcutNote compact />
      </section>

      {saveFailed ? (
        <p className="notice error" role="alert">
          {saveFailed}
        </p>
      ) : null}

      <footer className="popup-footer">
        <button
          type="button"
          className="button link"
          data-testid="open-options"
          onClick={() =>
            void browser.runtime.openOptionsPage().then(() => {
              // A real toolbar popup closes itself; opened in a tab (?tab=), it stays.
              if (!new URLSearchParams(location.search).has('tab')) window.close();
            })
          }
        >
          {t('openOptions')}
        </button>
        <span className="muted small">{t('popupPrivacy')}</span>
      </footer>
    </main>
  );
}
