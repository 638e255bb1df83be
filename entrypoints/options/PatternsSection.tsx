import { useEffect, useState } from 'react';
import { DraftsList } from '../../components/DraftsList';
import { t } from '../../components/i18n';
import { PatternsChart, TopCategoryTip, useStats } from '../../components/PatternsChart';
import { SegmentedControl } from '../../components/SegmentedControl';
import { Switch } from '../../components/Switch';
import type { SaveChange } from '../../components/useSettings';
import { ask } from '../../lib/messaging/send';
import { loadDrafts, watchDrafts } from '../../lib/models/drafts';
import type { PauseFor, Settings } from '../../lib/settings/schema';

/** How many drafts are stored, kept live. */
function useDraftCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let alive = true;
    void loadDrafts()
      .then((d) => alive && setCount(d.length))
      .catch(() => undefined);
    const stop = watchDrafts((d) => setCount(d.length));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return count;
}

/** Drops every draft and its reminder (the background writes them). */
async function deleteAllDrafts(): Promise<void> {
  if ((await ask({ type: 'drafts:clear' })) !== true) throw new Error('not deleted');
}

/**
 * "Before sending" (the pause switch, drafts) and "Your patterns" (30 days of counts, Clear, and
 * the switch that stops counting).
 */
export function PatternsSection({
  settings,
  save,
}: {
  settings: Settings;
  save: (change: SaveChange) => Promise<boolean>;
}) {
  const stats = useStats();
  const drafts = useDraftCount();
  const [done, setDone] = useState<string | null>(null);

  return (
    <>
      <section id="send-pause" className="card" aria-labelledby="send-pause-title">
        <h2 id="send-pause-title" className="section-title">
          {t('sendPauseTitle')}
        </h2>
        <div className="switch-list">
          <Switch
            id="pause-before-send"
            testId="pause-before-send"
            checked={settings.pauseBeforeSend}
            onChange={(pauseBeforeSend) => void save({ pauseBeforeSend })}
            label={t('pauseBeforeSendLabel')}
            description={t('pauseBeforeSendHint')}
          />
        </div>
        {settings.pauseBeforeSend ? (
          <SegmentedControl<PauseFor>
            legend={t('pauseForLegend')}
            name="pause-for"
            testId="pause-for"
            value={settings.pauseFor}
            options={[
              { value: 'heated', label: t('pauseForHeated'), description: t('pauseForHeatedHint') },
              { value: 'tense', label: t('pauseForTense'), description: t('pauseForTenseHint') },
            ]}
            onChange={(pauseFor) => void save({ pauseFor })}
            showDescription
          />
        ) : null}
        <p className="muted small" data-testid="drafts-count">
          {t('draftsStored', drafts)}
        </p>
        <DraftsList />
        <div className="button-row">
          <button
            type="button"
            className="button danger"
            data-testid="delete-all-drafts"
            disabled={drafts === 0}
            onClick={() =>
              void deleteAllDrafts()
                .then(() => setDone(t('draftsDeletedAll')))
                .catch(() => setDone(t('saveFailed')))
            }
          >
            {t('draftsDeleteAll')}
          </button>
        </div>
      </section>

      <section id="patterns" className="card" aria-labelledby="patterns-section-title">
        <h2 id="patterns-section-title" className="section-title">
          {t('patternsSectionTitle')}
        </h2>
        <p className="section-lede">{t('patternsSectionLede')}</p>
        <div className="switch-list">
          <Switch
            id="stats-enabled"
            testId="stats-enabled"
            checked={settings.statsEnabled}
            onChange={(statsEnabled) => void save({ statsEnabled })}
            label={t('statsSwitchLabel')}
            description={t('statsSwitchHint')}
          />
        </div>
        {stats ? (
          <>
            <PatternsChart stats={stats} days={30} testId="patterns-chart-30" />
            <TopCategoryTip stats={stats} days={30} />
          </>
        ) : null}
        <div className="button-row">
          <button
            type="button"
            className="button"
            data-testid="clear-patterns"
            onClick={() =>
              // The background writes the counts; clearing goes through it so no record in flight
              // brings old counts back.
              void ask({ type: 'stats:clear' })
                .then((ok) => {
                  if (ok !== true) throw new Error('not cleared');
                  setDone(t('patternsCleared'));
                })
                .catch(() => setDone(t('saveFailed')))
            }
          >
            {t('patternsClear')}
          </button>
        </div>
      </section>
      <p className="visually-hidden" role="status" data-testid="patterns-status">
        {done ?? ''}
      </p>
    </>
  );
}
