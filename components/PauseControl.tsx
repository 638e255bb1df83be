import { isPaused, type PauseChoice, pauseUntilFor } from '../lib/settings/apply';
import type { Settings } from '../lib/settings/schema';
import { formatUntil, type MessageKey, t } from './i18n';
import type { SaveChange } from './useSettings';

export interface PauseControlProps {
  settings: Settings;
  save: (change: SaveChange) => Promise<boolean>;
  now: number;
  /** The popup's narrower layout. */
  compact?: boolean;
}

const CHOICES: { choice: PauseChoice; key: MessageKey }[] = [
  { choice: 'hour', key: 'pauseHour' },
  { choice: 'tomorrow', key: 'pauseTomorrow' },
  { choice: 'forever', key: 'pauseForever' },
];

/** "Paused until…" text for the current pause, or null when not paused. */
export function pauseText(settings: Settings, now: number): string | null {
  if (!isPaused(settings, now)) return null;
  return settings.pausedUntil === 'forever'
    ? t('pausedForever')
    : t('pausedUntil', formatUntil(settings.pausedUntil as number, now));
}

/** Pause everywhere (1 hour / until tomorrow / until turned back on), or resume. */
export function PauseControl({ settings, save, now, compact }: PauseControlProps) {
  const paused = pauseText(settings, now);
  if (paused) {
    return (
      <div className={`pause pause-on${compact ? ' compact' : ''}`} data-testid="pause-control">
        <p className="pause-status" data-testid="pause-status">
          <span className="dot dot-paused" aria-hidden="true" />
          {paused}
        </p>
        <button
          type="button"
          className="button primary"
          data-testid="pause-resume"
          onClick={() => void save({ pausedUntil: null })}
        >
          {t('resume')}
        </button>
      </div>
    );
  }
  return (
    <div className={`pause${compact ? ' compact' : ''}`} data-testid="pause-control">
      <fieldset className="pause-group">
        <legend className="pause-heading">{t('pauseEverywhere')}</legend>
        <div className="button-row">
          {CHOICES.map(({ choice, key }) => (
            <button
              key={choice}
              type="button"
              className="button"
              data-testid={`pause-${choice}`}
              onClick={() => void save({ pausedUntil: pauseUntilFor(choice, Date.now()) })}
            >
              {t(key)}
            </button>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
