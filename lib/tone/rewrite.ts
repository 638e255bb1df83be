/**
 * Message-level rewording: what the text becomes when the person takes the first suggestion of
 * every finding. Findings are applied one at a time, from the end of the text, and the text is
 * analysed again after each edit (an edit can clear several overlapping findings, or change what
 * the next one covers). Pure and synchronous; never throws.
 */
import { analyze, applySuggestion, isRuleDebug, isShouted } from './index';
import { INSULT_ADJECTIVES } from './lexicon';
import { sentenceCaseIn, tokenize } from './text';
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
    const loop = () => {
      while (edits < MAX_EDITS) {
        const a = analyze(cur, options);
        if (a.findings.length === 0) break;
        // The last finding whose first suggestion changes the text: edits at the end of the text
        // leave the offsets of earlier findings as they were.
        let next = cur;
        for (let i = a.findings.length - 1; i >= 0 && next === cur; i--) {
          const f = a.findings[i];
          // reword43: "not you forgetting my birthday AGAIN": where this finding's first offer only
          // deletes its words and an earlier finding's rewording takes them in, and the deletion
          // would make that earlier finding go unreworded ("not you forgetting my birthday"), the
          // earlier rewording goes first and clears both.
          const own = f?.suggestions[0];
          let s = own;
          if (f && own && own.replacement === '') {
            const words = cur.slice(f.start, f.end).toLowerCase();
            const g = a.findings.slice(0, i).find((x) => {
              const y = x.suggestions[0];
              return (
                y && y.start <= f.start && y.end >= f.end && !y.replacement.toLowerCase().includes(words)
              );
            });
            if (g && !analyze(applySuggestion(cur, own), options).findings.some((x) => x.rule === g.rule))
              s = g.suggestions[0];
          }
          if (s) next = applySuggestion(cur, s);
        }
        if (next === cur) break;
        cur = next;
        edits++;
      }
    };
    loop();
    // "it was pigignorant, whiny and childish": once a message is reworded, a label run together
    // with "pig" is read as the two words it stands for ("pig ignorant"), and reworded as them.
    if (edits > 0) {
      const split = cur.replace(PIG_GLUED, (w, pig: string, rest: string) =>
        INSULT_ADJECTIVES.has(rest.toLowerCase()) ? `${pig} ${rest}` : w,
      );
      if (split !== cur && analyze(split, options).flagged) {
        cur = split;
        loop();
      }
    }
    if (edits > 0) ({ text: cur, edits } = swearsLeft(cur, edits, options));
    if (edits > 0) cur = labelsLeft(cur, options);
    if (edits > 0) cur = shoutsLeft(cur, options);
  } catch (e) {
    // analyze never throws (unless rule debugging is on); this guards the loop itself.
    if (isRuleDebug()) throw e;
  }
  return { text: cur, edits };
}

/** "pigignorant": "pig" run together with the word it strengthens. */
const PIG_GLUED = /\b(pig)(\p{L}{4,})\b/giu;

/** A swear word that only strengthens the next word: left out, the sentence still reads. */
const INTENSIFYING_SWEAR =
  /^(?:(?:mother|motha)?f(?:u|k)?(?:c?k)(?:in|ing|inn|ingg|en)?'?|effing|freakin'?|freaking|frickin'?|fricking|friggin'?|frigging|damn|damned|goddamn|goddamned|god damn|bloody)$/i;

/** Words that make one word with "ass" ("kick ass", "bad ass", "dumb ass"): never a plain strengthener. */
const ASS_COMPOUND =
  /(?:^|[^\p{L}'])(?:kick|bad|smart|dumb|lazy|fat|hard|sorry|jack|wise|half|kiss|cover|your|ur|my|his|her|their|our|the|a|an|yo|ya|dat|that|this|of|off|up|out)\s*$/iu;

/** Words before which a name is a noun, not said to someone ("that bitch", "a bitch", "son of a bitch"). */
const CALLED_NOUN =
  /(?:^|[^\p{L}'])(?:a|an|the|this|that|these|those|my|your|ur|his|her|their|our|some|of|like|such|is|was|are|were|be|being|im|i'm|u|you|ya|yo|dat|da|lil|little|stupid|dumb|fat|ugly|crazy|old)\s*$/iu;

/** A verb's particle next: "fuck around", "ass off". */
const PARTICLE_AFTER = /^ (?:around|about|up|off|over|out)\b/;

/** An auxiliary or copula next: a swear word there is an exclamation or a noun, not an intensifier. */
const AUX_AFTER = /^[\s*_"']*(?:is|are|was|were|am|be|has|have|had|does|did|will|would|can|could|should)\b/i;

/**
 * Once a message is being reworded, a swear word left in it ("hell no that's far! i wish i knew
 * someone with a fuckin car!") would keep the heat the rewording took out: the swear words only the
 * strict setting flags go too when they only strengthen a word ("fuckin", "damn"), one at a time from the end, each kept only when the message still
 * reads clean at the person's own setting. Their categories and ignored phrases still hold.
 */
function swearsLeft(text: string, edits: number, options?: Partial<ToneOptions>): Rewrite {
  if (options?.sensitivity === 'strict') return { text, edits };
  let cur = text;
  let n = edits;
  const strict = { ...options, sensitivity: 'strict' as const };
  let tries = 0;
  while (n < MAX_EDITS && tries < MAX_EDITS) {
    tries++;
    const found = analyze(cur, strict).findings.filter((f) => f.rule.startsWith('swearing.'));
    let next = cur;
    for (let i = found.length - 1; i >= 0 && next === cur; i--) {
      const s = found[i]?.suggestions[0];
      if (!s) continue;
      const word = cur.slice(s.start, s.end).trim();
      // "Bargain shoppers don't fuck around" → "… mess around", "workin my ass off" → "… butt off":
      // a swear word in a phrasal verb, with a plain word in its place, is swapped as the first was.
      if (s.replacement.length > 0) {
        // "i feel like shit when that happens" → "i feel awful when …": "like <swear>" after a
        // verb of sense, said as one describing word, is swapped too.
        // ("lmao like shit!" alone is no verb's manner: "badly" there is not taken.)
        const likeSwear = /^like\s+[\p{L}*$@#!]+$/iu.test(word) && s.replacement === 'awful';
        if (!/^\p{Ll}+$/u.test(s.replacement) || !(likeSwear || /^[\p{L}*$@#!]+$/u.test(word))) continue;
        if (!likeSwear && !PARTICLE_AFTER.test(cur.slice(s.end, s.end + 8))) continue;
        const cand = applySuggestion(cur, s);
        if (cand !== cur && analyze(cand, options).findings.length === 0) next = cand;
        continue;
      }
      // "…settin up days nshit lol": "and shit" run together, a filler that goes whole.
      const filler = /^n'?shit$/i.test(word);
      // "a big ass truck", "one sexy ass concert": "ass" after a describing word only strengthens it
      // ("a badass truck", "kick ass" say something else).
      const suffix =
        /^ass$/i.test(word) &&
        /(?:^|[^\p{L}'])\p{L}+ $/u.test(cur.slice(Math.max(0, s.start - 16), s.start + 1)) &&
        !ASS_COMPOUND.test(cur.slice(Math.max(0, s.start - 8), s.start + 1));
      // "there the best bitchh!": a name said to them at the end of a sentence, after the words it
      // closes (not "that bitch", "a bitch": a noun there).
      const called =
        /^b+i+t+c+h+(?:e?s)?$/i.test(word) &&
        /^\s*(?:[.!?,]|$)/.test(cur.slice(s.end)) &&
        /\p{L} $/u.test(cur.slice(Math.max(0, s.start - 2), s.start + 1)) &&
        !CALLED_NOUN.test(cur.slice(Math.max(0, s.start - 12), s.start + 1));
      if (!filler && !suffix && !called && !INTENSIFYING_SWEAR.test(word)) continue;
      // "this better be a fucking.": a word must follow, or the sentence would dangle.
      if (!filler && !called && !/^[\s*_"']*\p{L}/u.test(cur.slice(s.end))) continue;
      // "damn is like a genius": before an auxiliary it was not strengthening anything.
      if (AUX_AFTER.test(cur.slice(s.end, s.end + 12))) continue;
      const cand = applySuggestion(cur, s);
      if (cand !== cur && analyze(cand, options).findings.length === 0) next = cand;
    }
    if (next === cur) break;
    cur = next;
    n++;
  }
  return { text: cur, edits: n };
}

/**
 * "I CAN'T BELIEVE IT. what a bunch of idiots": the rewording cooled one sentence; one left in
 * capitals beside it would still shout. Once a message is reworded, a sentence still in capitals
 * takes sentence case too (acronyms and "I" kept), when the message still reads clean.
 */
function shoutsLeft(text: string, options?: Partial<ToneOptions>): string {
  const doc = tokenize(text);
  if (doc.sentences.length < 2) return text;
  let out = '';
  let pos = 0;
  for (const s of doc.sentences) {
    if (!isShouted(text.slice(s.start, s.end))) continue;
    out += text.slice(pos, s.start) + sentenceCaseIn(doc, s.start, s.end, true);
    pos = s.end;
  }
  if (pos === 0) return text;
  out += text.slice(pos);
  return out !== text && analyze(out, options).findings.length === 0 ? out : text;
}

/** Names for people no rule flags alone ("of nut jobs", "these bits of trash"): "person" / "people". */
const LABEL_LEFT =
  /\b(these|those|the|that|this|of|some|other|with|by|for|to) ((?:nut|wack|whack)[ -]?(?:jobs?|cases?)|(?:wh?acko|nutter)s?|sheeple|(?:bits|bags|sacks) of (?:trash|garbage|filth))\b/gi;
/**
 * "the fact is he's a nut case", "they were total wackos", "this guy a hoe": the same names (and
 * "hoe", "thot") said of someone after a copula, or after "guy" with none; what they are is said
 * plainly, as the rules say "he's a nutcase" ("he's out of line").
 */
const COPULA_LABEL_LEFT =
  /\b(is|was|are|were|be|been|being|hes|shes|he's|she's|he\u2019s|she\u2019s|you're|youre|ur|they're|theyre|guy|dude|girl|chick) (?:such )?(?:an? )?(?:(?:total|complete|absolute|real|utter) )?(?:(?:nut|wack|whack)[ -]?(?:jobs?|cases?)|(?:wh?acko|nutter|hoe|thot)s?)\b/gi;
/**
 * "you gop robots are wrong", "you sheep never learn": a name for a group, said to them, that no rule
 * flags alone (a metaphor: "robots", "drones"); "folks" says who without the name.
 */
const YOU_LABEL_LEFT =
  /\b(you|u|ya|y'all|yall) ((?:\p{L}+ )?)(?:robots|drones|zombies|puppets|lemmings|bots|sheeple|sheep|muppets|trolls|pigs|clowns|morons|idiots|fools|losers|snowflakes)(?= (?:are|were|r|should|need|can|will|all|have|just|always|never|keep|don't|dont|think|want|know)\b)/giu;
/**
 * "these braindead mindless sheep" → "these mindless sheep", "the degenerate subhuman left": the
 * second of two contempt words, one no rule flags alone, left once the first is reworded. A name
 * that makes someone less than human (after a pointing word), or an animal named after such a
 * describing word, is "person" / "people"; a plain "the animals" is not touched.
 */
const DEHUMAN_LEFT =
  /\b(these|those|the|that|this|some|such|of|with|by|for|to) (?:(?:mindless|subhuman|filthy|brain-?dead|worthless|soulless|spineless) ){1,3}(sheep|drones|animals?|rats?|vermin|parasites?|cockroach(?:es)?|savages?|beasts?|creatures?|pigs?|subhumans?|degenerates?|lowlifes?)\b|\b(these|those|the|that|this|some|such|of|with|by|for|to) (subhumans?|vermin|lowlifes?)\b/gi;
/**
 * "i can't stand that clown. he's an idiot.": a name for someone the message's other sentence
 * shows is scorned, after a pointing word ("that clown", "those sheep"; never "the clown", who may
 * be hired for a party).
 */
const POINTED_LEFT = /\b(that|this|these|those) (clowns?|buffoons?|sheep)\b/gi;
/** Swear words masked past what any rule reads: "f-ing", "effin", "s#!t hole". */
const MASKED_LEFT = /(?<!\ban )\b(?:f-ing|f'ing|f-in|effin'?|fuggin'?) (?=\p{L})/giu;
const MASKED_HOLE = /\bs[h*#@!]?[*#@!]{1,3}t ?hole(s?)\b/gi;

/**
 * "the ignorance of nut jobs like him, you can't fix stupid", "this f-ing town, you idiot": once a
 * message is reworded, a name for people or a masked swear word left beside the ones reworded would
 * keep the contempt or the heat; the name becomes "people" ("person"), the swear word goes (a
 * "s**t hole" is a "dump"), when the message still reads clean.
 */
function labelsLeft(text: string, options?: Partial<ToneOptions>): string {
  const out = text
    .replace(
      LABEL_LEFT,
      (_, before: string, label: string) => `${before} ${/s$|e$| of /i.test(label) ? 'people' : 'person'}`,
    )
    .replace(COPULA_LABEL_LEFT, (_, be: string) => `${be} out of line`)
    .replace(YOU_LABEL_LEFT, (_, you: string, what: string) => `${you} ${what}folks`)
    .replace(
      POINTED_LEFT,
      (_, a: string, name: string) =>
        `${a} ${/s$/i.test(name) || /^th[oe]se$/i.test(a) ? 'people' : 'person'}`,
    )
    .replace(DEHUMAN_LEFT, (_, a?: string, name?: string, b?: string, bare?: string) => {
      const n = (name ?? bare ?? '').toLowerCase();
      const many = n === 'sheep' || n === 'vermin' || /s$/.test(n);
      return `${a ?? b} ${many ? 'people' : 'person'}`;
    })
    .replace(MASKED_LEFT, '')
    .replace(MASKED_HOLE, 'dump$1');
  return out !== text && analyze(out, options).findings.length === 0 ? out : text;
}
