/**
 * An open card's state, shared by the coach bundle's CardController (which opens, follows and
 * closes it) and the card bundle's CardView (which shows it and carries out its buttons).
 */
import type { CardStatus } from '../../components/ToneCard';
import type { Finding } from '../tone';
import type { FieldSession } from './FieldSession';

export interface Open {
  session: FieldSession;
  finding: Finding;
  takeFocus: boolean;
  /** Opened by hovering, and the pointer has not gone into it yet. */
  hover: boolean;
  openId: number;
  status: CardStatus;
  undo?: () => Promise<boolean>;
}

/** The card shows a finding (not a result or a confirmation). */
export function isFinding(status: CardStatus): boolean {
  return status.kind === 'idle' || status.kind === 'fresh';
}

/** The same finding after re-analysis: the same id, else the same rule on the same words, nearest. */
export function sameFinding(session: FieldSession, f: Finding): Finding | null {
  const findings = session.analysis.findings;
  const byId = findings.find((x) => x.id === f.id);
  if (byId) return byId;
  const quote = (x: Finding, text: string) => text.slice(x.start, x.end).toLowerCase();
  const want = f.end - f.start;
  let best: Finding | null = null;
  for (const x of findings) {
    if (x.rule !== f.rule || x.end - x.start !== want) continue;
    if (best === null || Math.abs(x.start - f.start) < Math.abs(best.start - f.start)) best = x;
  }
  if (best && quote(best, session.text).length === want) return best;
  return null;
}
