/**
 * Message-level rewording: what the text becomes when the person takes the first suggestion of
 * every finding. Findings are applied one at a time, from the end of the text, and the text is
 * analysed again after each edit (an edit can clear several overlapping findings, or change what
 * the next one covers). Pure and synchronous; never throws.
 */
import { analyze, applySuggestion, isRuleDebug } from './index';
import type { ToneOptions } from './types';

/** At most this many edits for one message (a long, hostile message stops here). */
const MAX_EDITS = 24;

export interface Rewrite {
  text: string;
  /** How many suggestions were applied. */
  edits: number;
}

export function rewrite(text: string, options?: Partial<ToneOptions>): Rewrite {
  let cur = typeof text === 'string' ? text : '';
  let edits = 0;
  try {
    while (edits < MAX_EDITS) {
      const a = analyze(cur, options);
      if (a.findings.length === 0) break;
      // The last finding whose first suggestion changes the text: edits at the end of the text
      // leave the offsets of earlier findings as they were.
      let next = cur;
      for (let i = a.findings.length - 1; i >= 0 && next === cur; i--) {
        const s = a.findings[i]?.suggestions[0];
        if (s) next = applySuggestion(cur, s);
      }
      if (next === cur) break;
      cur = next;
      edits++;
    }
  } catch (e) {
    // analyze never throws (unless rule debugging is on); this guards the loop itself.
    if (isRuleDebug()) throw e;
  }
  return { text: cur, edits };
}
