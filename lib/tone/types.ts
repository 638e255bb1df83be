/**
 * Public types of the tone engine. Pure data: no DOM, no browser APIs.
 *
 * All offsets are UTF-16 code-unit offsets (JavaScript string indices) and never split a
 * surrogate pair.
 */

/** The six categories of the guidance (see ../shared/GUIDANCE.md). */
export type Category = 'blame' | 'absolutes' | 'contempt' | 'talking-down' | 'withdrawal' | 'heat';

export const CATEGORIES: readonly Category[] = [
  'blame',
  'absolutes',
  'contempt',
  'talking-down',
  'withdrawal',
  'heat',
];

/**
 * gentle: only clear blame, contempt, threats and strong heat.
 * balanced (default): everything in the guidance table.
 * strict: also mild markers ("you should…", "ok.", "Really?", "you did it again").
 */
export type Sensitivity = 'gentle' | 'balanced' | 'strict';

export const SENSITIVITIES: readonly Sensitivity[] = ['gentle', 'balanced', 'strict'];

/** A phrase the person asked the coach to watch for. Matched case-insensitively, on word boundaries. */
export interface CustomPhrase {
  phrase: string;
  category: Category;
  /** What to offer instead; when absent the coach offers to leave the phrase out. */
  replacement?: string;
}

export interface ToneOptions {
  sensitivity: Sensitivity;
  /** Categories to report. Default: all six. */
  categories: readonly Category[];
  customPhrases: readonly CustomPhrase[];
  /**
   * Phrases the person has told the coach to leave alone. A finding is dropped when its text
   * contains one of these (case-insensitive, curly/straight apostrophes equal, whole words).
   */
  ignoredPhrases: readonly string[];
}

/**
 * One exact edit. Applying it means replacing `text.slice(start, end)` with `replacement`
 * (see `applySuggestion`). The range may be wider than the finding, e.g. the whole sentence.
 */
export interface Suggestion {
  /** What the UI shows: normally the resulting words themselves. */
  label: string;
  /** UTF-16 offsets into the analysed text (start inclusive, end exclusive). */
  start: number;
  end: number;
  replacement: string;
  /**
   * A bracketed placeholder the person should fill in, e.g. "[what happened]". Its offsets are
   * RELATIVE TO `replacement` (not to the analysed text), brackets included: after applying the
   * suggestion the placeholder occupies `suggestion.start + placeholder.start` ..
   * `suggestion.start + placeholder.end` of the new text, so an editor can select it.
   */
  placeholder?: { start: number; end: number };
}

export interface Finding {
  /** Stable across re-analysis of the same text: `${rule}:${start}`. */
  id: string;
  category: Category;
  /** The rule that fired, e.g. "blame.you-make-me". */
  rule: string;
  /** UTF-16 offsets of the flagged words (start inclusive, end exclusive). */
  start: number;
  end: number;
  /** 1 = mild, 2 = clear, 3 = strong. */
  severity: 1 | 2 | 3;
  /** One or two warm sentences in our own words, naming the strategy from the guidance. */
  why: string;
  /** Ordered best first. At least one for every finding. */
  suggestions: Suggestion[];
  /** True when the kindest option may be to pause: save the draft and come back later. */
  pause?: boolean;
}

export interface Analysis {
  flagged: boolean;
  /** 0–100 for the whole message, for a meter. 0 when nothing is flagged. */
  heat: number;
  findings: Finding[];
}
