/**
 * Small English grammar for rewordings: verb forms ("miss" → "missed", "missing"), and a check
 * that a word can be a bare verb after "you made me …". Table-driven and linear: a word is looked
 * up once, and the spelling rules only look at its last letters.
 *
 * Why not a library: en-inflectors (103 KB minified) builds its 5,000-verb tables when loaded
 * (~250 ms here, on every page the coach runs on), and its rules-only part gets doubling wrong
 * ("stoped", "regreted"); compromise (358 KB, ~0.4–0.9 ms a sentence) is too big and slow for an
 * always-loaded content script. The verbs we conjugate follow "you made me", so a table of the
 * common irregular verbs plus the regular spelling rules covers them.
 */

/** base: [past, gerund] for irregular verbs (and regular ones whose spelling rules mislead). */
const IRREGULAR: Readonly<Record<string, readonly [string, string]>> = {
  be: ['was', 'being'],
  become: ['became', 'becoming'],
  begin: ['began', 'beginning'],
  bite: ['bit', 'biting'],
  bleed: ['bled', 'bleeding'],
  blow: ['blew', 'blowing'],
  break: ['broke', 'breaking'],
  bring: ['brought', 'bringing'],
  build: ['built', 'building'],
  burn: ['burned', 'burning'],
  buy: ['bought', 'buying'],
  catch: ['caught', 'catching'],
  choose: ['chose', 'choosing'],
  come: ['came', 'coming'],
  cost: ['cost', 'costing'],
  cut: ['cut', 'cutting'],
  dig: ['dug', 'digging'],
  do: ['did', 'doing'],
  draw: ['drew', 'drawing'],
  drink: ['drank', 'drinking'],
  drive: ['drove', 'driving'],
  drop: ['dropped', 'dropping'],
  eat: ['ate', 'eating'],
  fall: ['fell', 'falling'],
  feel: ['felt', 'feeling'],
  fight: ['fought', 'fighting'],
  find: ['found', 'finding'],
  flee: ['fled', 'fleeing'],
  forget: ['forgot', 'forgetting'],
  forgive: ['forgave', 'forgiving'],
  freeze: ['froze', 'freezing'],
  get: ['got', 'getting'],
  give: ['gave', 'giving'],
  go: ['went', 'going'],
  grow: ['grew', 'growing'],
  hang: ['hung', 'hanging'],
  have: ['had', 'having'],
  hear: ['heard', 'hearing'],
  hide: ['hid', 'hiding'],
  hit: ['hit', 'hitting'],
  hold: ['held', 'holding'],
  hurt: ['hurt', 'hurting'],
  keep: ['kept', 'keeping'],
  know: ['knew', 'knowing'],
  lay: ['laid', 'laying'],
  lead: ['led', 'leading'],
  leave: ['left', 'leaving'],
  lend: ['lent', 'lending'],
  let: ['let', 'letting'],
  lie: ['lied', 'lying'],
  lose: ['lost', 'losing'],
  make: ['made', 'making'],
  mean: ['meant', 'meaning'],
  meet: ['met', 'meeting'],
  overthink: ['overthought', 'overthinking'],
  pay: ['paid', 'paying'],
  put: ['put', 'putting'],
  quit: ['quit', 'quitting'],
  read: ['read', 'reading'],
  rethink: ['rethought', 'rethinking'],
  ride: ['rode', 'riding'],
  ring: ['rang', 'ringing'],
  rise: ['rose', 'rising'],
  run: ['ran', 'running'],
  say: ['said', 'saying'],
  see: ['saw', 'seeing'],
  seek: ['sought', 'seeking'],
  sell: ['sold', 'selling'],
  send: ['sent', 'sending'],
  set: ['set', 'setting'],
  shake: ['shook', 'shaking'],
  shoot: ['shot', 'shooting'],
  shut: ['shut', 'shutting'],
  sing: ['sang', 'singing'],
  sink: ['sank', 'sinking'],
  sit: ['sat', 'sitting'],
  sleep: ['slept', 'sleeping'],
  slip: ['slipped', 'slipping'],
  speak: ['spoke', 'speaking'],
  spend: ['spent', 'spending'],
  spill: ['spilled', 'spilling'],
  stand: ['stood', 'standing'],
  steal: ['stole', 'stealing'],
  stick: ['stuck', 'sticking'],
  sting: ['stung', 'stinging'],
  stop: ['stopped', 'stopping'],
  swear: ['swore', 'swearing'],
  swim: ['swam', 'swimming'],
  take: ['took', 'taking'],
  teach: ['taught', 'teaching'],
  tear: ['tore', 'tearing'],
  tell: ['told', 'telling'],
  think: ['thought', 'thinking'],
  throw: ['threw', 'throwing'],
  understand: ['understood', 'understanding'],
  wake: ['woke', 'waking'],
  wear: ['wore', 'wearing'],
  weep: ['wept', 'weeping'],
  win: ['won', 'winning'],
  write: ['wrote', 'writing'],
  // Regular, but the spelling rules below would double or drop the wrong letter.
  panic: ['panicked', 'panicking'],
  freak: ['freaked', 'freaking'],
  visit: ['visited', 'visiting'],
  open: ['opened', 'opening'],
  happen: ['happened', 'happening'],
  listen: ['listened', 'listening'],
  wait: ['waited', 'waiting'],
  question: ['questioned', 'questioning'],
  wonder: ['wondered', 'wondering'],
  suffer: ['suffered', 'suffering'],
  bother: ['bothered', 'bothering'],
  worry: ['worried', 'worrying'],
  cancel: ['cancelled', 'cancelling'],
  travel: ['travelled', 'travelling'],
  label: ['labelled', 'labelling'],
  regret: ['regretted', 'regretting'],
  admit: ['admitted', 'admitting'],
  commit: ['committed', 'committing'],
  omit: ['omitted', 'omitting'],
  prefer: ['preferred', 'preferring'],
  refer: ['referred', 'referring'],
  occur: ['occurred', 'occurring'],
  plan: ['planned', 'planning'],
  beg: ['begged', 'begging'],
  rub: ['rubbed', 'rubbing'],
  sob: ['sobbed', 'sobbing'],
  snap: ['snapped', 'snapping'],
  trip: ['tripped', 'tripping'],
  skip: ['skipped', 'skipping'],
  nag: ['nagged', 'nagging'],
  scream: ['screamed', 'screaming'],
};

const VOWEL = /[aeiou]/;

function regularPast(v: string): string {
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  // Short one-syllable consonant–vowel–consonant verbs double the last letter ("stop", "nag").
  if (isShortCvc(v)) return `${v}${v[v.length - 1]}ed`;
  return `${v}ed`;
}

function regularGerund(v: string): string {
  if (v.endsWith('ie')) return `${v.slice(0, -2)}ying`;
  if (v.endsWith('ee') || v.endsWith('ye') || v.endsWith('oe')) return `${v}ing`;
  if (v.endsWith('e') && v.length > 2) return `${v.slice(0, -1)}ing`;
  if (isShortCvc(v)) return `${v}${v[v.length - 1]}ing`;
  return `${v}ing`;
}

/** One vowel group, ending consonant–vowel–consonant, last letter not w/x/y: "stop", "grab". */
function isShortCvc(v: string): boolean {
  if (v.length < 3 || v.length > 5) return false;
  const a = v[v.length - 3] as string;
  const b = v[v.length - 2] as string;
  const c = v[v.length - 1] as string;
  if (VOWEL.test(a) || !VOWEL.test(b) || VOWEL.test(c) || /[wxy]/.test(c)) return false;
  // Only one vowel group in the whole word.
  let groups = 0;
  let inVowel = false;
  for (const ch of v) {
    const isV = VOWEL.test(ch);
    if (isV && !inVowel) groups++;
    inVowel = isV;
  }
  return groups === 1;
}

/** Past tense of a base verb, keeping any prefix before a hyphen ("second-guess" → "second-guessed"). */
export function pastOf(verb: string): string {
  const v = verb.toLowerCase();
  const dash = v.lastIndexOf('-');
  if (dash > 0) return v.slice(0, dash + 1) + pastOf(v.slice(dash + 1));
  // crossc37: done again, irregular all the same ("redo" → "redid", "rewrite" → "rewrote").
  const again = /^re(do|write|make|take|think|build|run|tell|send|pay|sit|draw|teach|wind)$/.exec(v);
  if (again && !IRREGULAR[v]) return `re${pastOf(again[1] as string)}`;
  return IRREGULAR[v]?.[0] ?? regularPast(v);
}

/** The -ing form of a base verb. */
export function gerundOf(verb: string): string {
  const v = verb.toLowerCase();
  const dash = v.lastIndexOf('-');
  if (dash > 0) return v.slice(0, dash + 1) + gerundOf(v.slice(dash + 1));
  return IRREGULAR[v]?.[1] ?? regularGerund(v);
}

/** Is this an irregular verb we know (so surely a verb)? */
export function isKnownVerb(word: string): boolean {
  return Object.hasOwn(IRREGULAR, word);
}

const PAST_FORMS: ReadonlySet<string> = new Set(Object.values(IRREGULAR).map((f) => f[0]));

/** Is this a simple past form ("missed", "lost", "failed")? By the table, or regular "-ed". */
export function isPastForm(word: string): boolean {
  const w = word.toLowerCase();
  if (PAST_FORMS.has(w)) return true;
  return (
    /^[a-z]{2,}ed$/.test(w) && !/(?:need|feed|seed|weed|bleed|breed|speed|exceed|proceed|succeed)$/.test(w)
  );
}

const BASE_OF_IRREGULAR_PAST: ReadonlyMap<string, string> = new Map(
  Object.entries(IRREGULAR).map(([base, forms]) => [forms[0], base]),
);

/** Base of a simple past form ("said" → "say", "hoped" → "hope", "tried" → "try"), or null. */
export function baseOfPast(word: string): string | null {
  const w = word.toLowerCase();
  const irregular = BASE_OF_IRREGULAR_PAST.get(w);
  if (irregular !== undefined) return irregular;
  if (!isPastForm(w)) return null;
  const stem = w.slice(0, -2);
  const y = w.endsWith('ied') ? [`${w.slice(0, -3)}y`] : [];
  for (const c of [...y, stem, w.slice(0, -1), w.slice(0, -3)])
    if (c.length >= 2 && pastOf(c) === w) return c;
  return null;
}

/** "came to the meeting" → "didn't come to the meeting": one past act said plainly, or null. */
export function didntOf(rest: string): string | null {
  const m = /^((?:even|once|really|actually|ever) )?(\p{L}+)/u.exec(rest);
  const b0 = m && baseOfPast(m[2] as string);
  // "apologized" is "apologize", not "apologiz": an "e" where English words end with one.
  const base =
    b0 && /(?:[zvuc]|[^aeiou]g|[aeiou][sk])$/.test(b0) && pastOf(`${b0}e`) === m[2] ? `${b0}e` : b0;
  return m && base && base !== 'be' ? `didn't ${m[1] ?? ''}${base}${rest.slice(m[0].length)}` : null;
}

// ---------------------------------------------------------------------------------------------
// Inflections for the phrase DSL: a verb written in one form in a rule matches its other forms,
// as far as the auxiliary before it allows ("you ruin" ~ "you ruined" ~ "you've ruined" ~ "you're
// ruining"). Worked out once, when a rule's pattern is compiled; the matcher only looks words up.
// ---------------------------------------------------------------------------------------------

/** Form bits: which auxiliary may stand before a form (see `AUX_STATE` in rules/rule.ts). */
export const FORM_BASE = 1;
export const FORM_S = 2;
export const FORM_PAST = 4;
export const FORM_PART = 8;
export const FORM_ING = 16;

/** Past participles that differ from the simple past. */
const PARTICIPLE: Readonly<Record<string, string>> = {
  be: 'been',
  become: 'become',
  begin: 'begun',
  bite: 'bitten',
  blow: 'blown',
  break: 'broken',
  choose: 'chosen',
  come: 'come',
  do: 'done',
  draw: 'drawn',
  drink: 'drunk',
  drive: 'driven',
  eat: 'eaten',
  fall: 'fallen',
  forget: 'forgotten',
  forgive: 'forgiven',
  freeze: 'frozen',
  get: 'gotten',
  give: 'given',
  go: 'gone',
  grow: 'grown',
  hide: 'hidden',
  know: 'known',
  ride: 'ridden',
  ring: 'rung',
  rise: 'risen',
  run: 'run',
  see: 'seen',
  shake: 'shaken',
  sing: 'sung',
  sink: 'sunk',
  speak: 'spoken',
  steal: 'stolen',
  swear: 'sworn',
  swim: 'swum',
  take: 'taken',
  tear: 'torn',
  throw: 'thrown',
  wake: 'woken',
  wear: 'worn',
  write: 'written',
};

/** The -s form of a base verb ("miss" → "misses", "try" → "tries", "have" → "has"). */
export function thirdPersonOf(verb: string): string {
  const v = verb.toLowerCase();
  if (v === 'have') return 'has';
  if (v === 'be') return 'is';
  if (/(?:s|x|z|ch|sh|o)$/.test(v)) return `${v}es`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ies`;
  return `${v}s`;
}

/** The past participle of a base verb ("break" → "broken", "ruin" → "ruined"). */
export function participleOf(verb: string): string {
  const v = verb.toLowerCase();
  return PARTICIPLE[v] ?? pastOf(v);
}

/**
 * Verbs whose forms a rule's verb literal takes on: the content verbs of hostile phrasing (ruining,
 * not listening, hurting the speaker). A curated list, not every verb: light verbs ("do", "make",
 * "get", "have", "go", "take", "say") carry other meanings in other tenses ("you did this" is a
 * charge, "you do this?" a question), and a rule that needs their forms writes them out.
 */
export const TENSE_VERBS: ReadonlySet<string> = new Set(
  (
    'ruin wreck destroy spoil sabotage botch trash mess screw muck blow ' +
    'listen hear care ignore interrupt forget apologise apologize ' +
    'embarrass humiliate disgust sicken repulse betray belittle disrespect insult mock ridicule shame ' +
    'degrade demean patronise patronize manipulate deceive abandon neglect lie cheat ' +
    'criticise criticize nag yell shout scream whine complain overreact exaggerate ' +
    'support help understand notice appreciate respect trust annoy irritate bother drive ' +
    'disappoint hurt force put start bring drag cause set leave throw'
  ).split(' '),
);

/** Every form of every verb in `TENSE_VERBS`: form → [base, form bits]. */
const FORM_INDEX: ReadonlyMap<string, readonly [string, number]> = (() => {
  const out = new Map<string, [string, number]>();
  for (const base of TENSE_VERBS) {
    const forms: Array<[string, number]> = [
      [base, FORM_BASE],
      [thirdPersonOf(base), FORM_S],
      [pastOf(base), FORM_PAST],
      [participleOf(base), FORM_PART],
      [gerundOf(base), FORM_ING],
    ];
    for (const [f, bit] of forms) {
      const had = out.get(f);
      if (had && had[0] === base) had[1] |= bit;
      else if (!had) out.set(f, [base, bit]);
    }
  }
  return out;
})();

/**
 * The forms of the verb `word` is a form of (word → form bits), when it is one of `TENSE_VERBS`;
 * else null. "ruined" → {ruin: base, ruins: -s, ruined: past and participle, ruining: -ing}.
 */
export function inflectionsOf(word: string): ReadonlyMap<string, number> | null {
  const hit = FORM_INDEX.get(word);
  if (!hit) return null;
  const base = hit[0];
  const out = new Map<string, number>();
  for (const [f, bit] of [
    [base, FORM_BASE],
    [thirdPersonOf(base), FORM_S],
    [pastOf(base), FORM_PAST],
    [participleOf(base), FORM_PART],
    [gerundOf(base), FORM_ING],
  ] as Array<[string, number]>)
    out.set(f, (out.get(f) ?? 0) | bit);
  return out;
}

/** The base of a form of one of `TENSE_VERBS` ("humiliating" → "humiliate"), or null. */
export function baseOfForm(word: string): string | null {
  return FORM_INDEX.get(word)?.[0] ?? null;
}

const OPEN_QUOTE = /['‘]/;
const CLOSE_QUOTE = /['’]/;
const LETTER = /\p{L}/u;

/**
 * The words someone said, quoted in single quotes around [start, end) ("the 'grab em by the …'
 * tape"): [opening quote, closing quote + 1), or null. Three words at least (one quoted word may
 * be the writer's own, in scare quotes), within `from`..`to` (the sentence); apostrophes inside
 * words ("don't", "'em") are not quotes.
 */
export function quotedAround(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
): [number, number] | null {
  // The quotation opens at a quote mark within reach before it: without one (most swears) there is
  // none, and the reach is not read a character at a time (a regular expression each: 12% of a
  // 100,000-character run of swears at strict).
  if (!OPEN_QUOTE.test(text.slice(Math.max(from, start - 80), start))) return null;
  let a = start - 1;
  for (; a >= from && a >= start - 80; a--) {
    const c = text[a] as string;
    if (/[.!?"“”\n]/.test(c)) return null;
    if (
      OPEN_QUOTE.test(c) &&
      (a === from || /[\s([]/.test(text[a - 1] as string)) &&
      LETTER.test(text[a + 1] ?? '') &&
      // "don 't", "y 'all", "'cause": a word's own apostrophe, not a quote.
      !/^(?:t|s|ll|re|ve|d|m|em|all|cause|cos|til|n|bout|round)(?![\p{L}])/iu.test(text.slice(a + 1, a + 7))
    )
      break;
  }
  if (a < from || a < start - 80) return null;
  let b = end;
  for (; b < to && b <= end + 80; b++) {
    const c = text[b] as string;
    if (/["“”\n]/.test(c)) return null;
    if (
      CLOSE_QUOTE.test(c) &&
      !LETTER.test(text[b + 1] ?? '') &&
      /[\p{L}\p{N}!?.*]/u.test(text[b - 1] as string) &&
      // "fuckin'", "nothin'": a dropped g, not a quote's end.
      !/\p{L}{2}in$/u.test(text.slice(Math.max(0, b - 8), b))
    )
      break;
  }
  if (b >= to || b > end + 80) return null;
  const inner = text.slice(a + 1, b);
  if (inner.split(/\s+/).filter((x) => LETTER.test(x)).length < 3) return null;
  return [a, b + 1];
}
