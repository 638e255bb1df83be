import { useEffect, useState } from 'react';
import { lastDays, loadStats, type Stats, topCategory, watchStats } from '../lib/models/stats';
import type { CategoryId } from '../lib/settings/schema';
import { type MessageKey, t, uiLanguage } from './i18n';
import { CATEGORY_LABEL_KEY } from './labels';

/** One tip per category, in our own words (paraphrasing /work/shared/GUIDANCE.md). */
const TIP_KEY: Record<CategoryId, MessageKey> = {
  blame: 'patternsTipBlame',
  absolutes: 'patternsTipAbsolutes',
  contempt: 'patternsTipContempt',
  'talking-down': 'patternsTipTalkingDown',
  withdrawal: 'patternsTipWithdrawal',
  heat: 'patternsTipHeat',
};

function isCategory(c: string | null): c is CategoryId {
  return c !== null && c in TIP_KEY;
}

/** The stored counts, kept live (null while loading). */
export function useStats(): Stats | null {
  const [stats, setStats] = useState<Stats | null>(null);
  useEffect(() => {
    let alive = true;
    void loadStats()
      .then((s) => alive && setStats(s))
      .catch(() => alive && setStats({}));
    const stop = watchStats((s) => setStats(s));
    return () => {
      alive = false;
      stop();
    };
  }, []);
  return stats;
}

/** "Mon" for a short range, "3 Mar" for a long one; the full date for the table. */
function dayLabel(day: string, style: 'short' | 'long' | 'full'): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const date = Date.UTC(y, m - 1, d, 12);
  const options: Intl.DateTimeFormatOptions =
    style === 'short'
      ? { weekday: 'short', timeZone: 'UTC' }
      : style === 'long'
        ? { day: 'numeric', month: 'short', timeZone: 'UTC' }
        : { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(uiLanguage(), options).format(date);
  } catch {
    return day;
  }
}

export interface PatternsChartProps {
  stats: Stats;
  days: number;
  now?: number;
  testId?: string;
}

/**
 * The last `days` days as bars (flagged, and the softened part of them) with the same figures in
 * a table for screen readers; the bars themselves are decoration.
 */
export function PatternsChart({
  stats,
  days,
  now = Date.now(),
  testId = 'patterns-chart',
}: PatternsChartProps) {
  const rows = lastDays(stats, now, days);
  const max = Math.max(1, ...rows.map((r) => r.counts.flagged));
  const totals = rows.reduce(
    (a, r) => ({
      flagged: a.flagged + r.counts.flagged,
      softened: a.softened + r.counts.softened,
      sentAnyway: a.sentAnyway + r.counts.sentAnyway,
      saved: a.saved + r.counts.saved,
    }),
    { flagged: 0, softened: 0, sentAnyway: 0, saved: 0 },
  );
  const caption = days <= 7 ? t('patternsChartLabel7') : t('patternsChartLabel30');
  const short = days <= 7;
  return (
    <figure data-testid={testId} style={{ margin: 0 }}>
      <div
        aria-hidden="true"
        style={{
          display: 'grid',
          gridTemplateColumns: `repeat(${rows.length}, minmax(0, 1fr))`,
          gap: short ? 6 : 2,
          alignItems: 'end',
          height: 72,
          padding: '4px 0',
          borderBottom: '1px solid var(--border-strong)',
        }}
      >
        {rows.map((r) => {
          const h = (r.counts.flagged / max) * 64;
          const soft = r.counts.flagged ? Math.min(1, r.counts.softened / r.counts.flagged) * h : 0;
          return (
            <div
              key={r.day}
              title={`${dayLabel(r.day, 'long')}: ${r.counts.flagged} / ${r.counts.softened}`}
              style={{
                height: Math.max(h, 2),
                background: r.counts.flagged ? 'var(--accent-soft)' : 'var(--border)',
                border: r.counts.flagged ? '1px solid var(--accent)' : 'none',
                borderRadius: 3,
                display: 'flex',
                alignItems: 'flex-end',
                overflow: 'hidden',
              }}
            >
              <div style={{ width: '100%', height: soft, background: 'var(--ok)' }} />
            </div>
          );
        })}
      </div>
      {short ? (
        <div
          aria-hidden="true"
          className="muted small"
          style={{
            display: 'grid',
            gridTemplateColumns: `repeat(${rows.length}, minmax(0, 1fr))`,
            gap: 6,
            textAlign: 'center',
          }}
        >
          {rows.map((r) => (
            <span key={r.day}>{dayLabel(r.day, 'short')}</span>
          ))}
        </div>
      ) : (
        <div
          aria-hidden="true"
          className="muted small"
          style={{ display: 'flex', justifyContent: 'space-between' }}
        >
          <span>{dayLabel(rows[0]?.day ?? '', 'long')}</span>
          <span>{dayLabel(rows[rows.length - 1]?.day ?? '', 'long')}</span>
        </div>
      )}
      <div aria-hidden="true" className="muted small" style={{ display: 'flex', gap: 12, marginTop: 6 }}>
        <span>
          <span style={legendSwatch('var(--accent-soft)', 'var(--accent)')} />
          {t('patternsFlagged')}
        </span>
        <span>
          <span style={legendSwatch('var(--ok)', 'var(--ok)')} />
          {t('patternsSoftened')}
        </span>
      </div>
      <figcaption className="small" data-testid={`${testId}-summary`} style={{ marginTop: 4 }}>
        {t('patternsSummary', totals.flagged, totals.softened, totals.sentAnyway, totals.saved)}
      </figcaption>
      {/* A table ignores width: 1px; the wrapper clips it so it never widens the page. */}
      <div className="visually-hidden">
        <table data-testid={`${testId}-table`}>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('patternsDay')}</th>
              <th scope="col">{t('patternsFlagged')}</th>
              <th scope="col">{t('patternsSoftened')}</th>
              <th scope="col">{t('patternsSentAnyway')}</th>
              <th scope="col">{t('patternsSaved')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.day} data-day={r.day}>
                <th scope="row">{dayLabel(r.day, 'full')}</th>
                <td data-kind="flagged">{r.counts.flagged}</td>
                <td data-kind="softened">{r.counts.softened}</td>
                <td data-kind="sentAnyway">{r.counts.sentAnyway}</td>
                <td data-kind="saved">{r.counts.saved}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

function legendSwatch(bg: string, border: string) {
  return {
    display: 'inline-block',
    width: 10,
    height: 10,
    marginRight: 4,
    borderRadius: 2,
    background: bg,
    border: `1px solid ${border}`,
    verticalAlign: 'middle',
  } as const;
}

/** The most frequent category of the last `days` days, with one tip; nothing when none. */
export function TopCategoryTip({
  stats,
  days,
  now = Date.now(),
}: {
  stats: Stats;
  days: number;
  now?: number;
}) {
  const top = topCategory(stats, now, days);
  if (!isCategory(top)) return null;
  return (
    <div data-testid="patterns-top">
      <p className="small" style={{ margin: '8px 0 2px', fontWeight: 600 }}>
        {t('patternsTop', t(CATEGORY_LABEL_KEY[top]))}
      </p>
      <p className="small muted" style={{ margin: 0 }}>
        {t(TIP_KEY[top])}
      </p>
    </div>
  );
}

/** The popup's "Your week": 7 days, the top category and its tip; a line when counting is off. */
export function PatternsPanel({ enabled }: { enabled: boolean }) {
  const stats = useStats();
  return (
    <section className="popup-section" aria-labelledby="patterns-title" data-testid="patterns">
      <h2 id="patterns-title" className="small">
        {t('patternsTitle')}
      </h2>
      {!enabled ? (
        <p className="muted small" data-testid="patterns-off">
          {t('patternsOff')}
        </p>
      ) : stats ? (
        <>
          <PatternsChart stats={stats} days={7} />
          <TopCategoryTip stats={stats} days={7} />
        </>
      ) : null}
    </section>
  );
}
