/**
 * Rewording only (runs44): a run of labels said together ("you lazy, selfish, ungrateful brat",
 * "a bitter, jealous little troll", "those whiny entitled crybabies") is one put-down. A label's
 * offer that swaps or cuts only its own word leaves the rest of the run standing ("those entitled
 * crybabies", "a bitter, jealous little troublemaker"); the offer takes the whole run instead.
 * Detection is unchanged: the run's other words need not be flagged.
 *
 * Which words join depends on what the run is about (its head):
 * - a name for a person ("troll", "crybabies") or nothing (said of them: "you are rude, lazy and
 *   selfish"): every describing word and name of the run goes;
 * - anything else ("people", "that stupid, ugly car", "lazy excuses"): only the words no rule flags
 *   alone ("idiotic selfrighteous people"); a plain describing word there is a claim, not a label,
 *   and stays ("rude people", "ugly car"), as earlier rounds decided.
 */
import { INSULT_ADJECTIVES, INSULT_NOUNS, STRONG_INSULT_ADJECTIVES, STRONG_INSULT_NOUNS } from './lexicon';
import type { Draft } from './rules/rule';

/** Contempt no rule flags alone, only ever said in such a run: describing words, then names. */
const UNFLAGGED = /^(?:selfrighteous|self-righteous|subhuman|know-it-all)$/;
const UNFLAGGED_NAMES = /^(?:subhumans|crybaby|crybabies|busybody|busybodies|windbags|know-it-alls)$/;
/** Describing words of character said in runs of labels, beside those of the lexicon. */
const PLAIN =
  /^(?:entitled|greedy|lying|cheating|bitter|jealous|pompous|self-important|crooked|miserable|spoilt|whining|snivelling|sniveling|nosy|catty|smarmy|backstabbing|thieving|hateful|vicious|mindless|soulless)$/;
/** Names said in lists of names ("liars and cheats and thieves"), beside the strong ones. */
const NAMES =
  /^(?:cheats|cheaters|thugs|crooks|thieves|rapists|murderers|criminals|bullies|tyrant|tyrants|crank|cranks)$/;
/** Plain words for people: a name just before one describes it ("a coward thief"), and is no head. */
const PEOPLE =
  /^(?:people|person|persons|man|men|woman|women|guy|guys|dude|dudes|folks|kids?|boy|girl|voters|fans|neighbou?rs|individuals?|humans?|human being|lady|ladies|bloke)$/;

type Kind = 'unflagged' | 'strong' | 'plain' | 'name' | 'filler' | null;

function kind(w: string): Kind {
  if (UNFLAGGED.test(w)) return 'unflagged';
  if (STRONG_INSULT_NOUNS.has(w) || NAMES.test(w) || UNFLAGGED_NAMES.test(w)) return 'name';
  if (STRONG_INSULT_ADJECTIVES.has(w)) return 'strong';
  if (INSULT_ADJECTIVES.has(w) || PLAIN.test(w)) return 'plain';
  if (w === 'little') return 'filler';
  return null;
}

/** What may stand between two words of a run: a space, or a list's comma and "and" / "or". */
const WORD_BEFORE =
  /(?:^|[^\p{L}'-])([\p{L}'-]+)((?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:(?:and|or|&|n)\s+)?))$/u;
const WORD_AFTER = /^((?:\s*,\s*(?:(?:and|or|&)\s+)?|\s+(?:(?:and|or|&|n)\s+)?))([\p{L}'-]+)(?![\p{L}'-])/u;
/** A replacement that is a plain word or two in the label's place ("people", "out of line", ""). */
const SHORT = /^[\p{Ll}' -]{0,24}$/u;

interface Word {
  w: string;
  start: number;
  end: number;
  /** The gap before it, to the word before. */
  gap: string;
}

/**
 * `d0` widened to the whole run of labels its words are part of, or `d0` as it was. Only an offer
 * that swaps or cuts words of the run itself is widened; what it says in their place stays, and a
 * run whose last word is a name ("crybabies") is said as "people" / "person" when only a describing
 * word of it was swapped. "a" / "an" before it agrees with the new first word.
 */
export function labelRun(text: string, d0: Draft): Draft {
  if (!SHORT.test(d0.text)) return d0;
  // The draft's own words, without the space or comma a cut takes with it.
  const lead = /^[\s,]*/.exec(text.slice(d0.start, d0.end))?.[0].length ?? 0;
  const trail = /[\s,]*$/.exec(text.slice(d0.start + lead, d0.end))?.[0].length ?? 0;
  let d = { ...d0, start: d0.start + lead, end: d0.end - trail };
  // "a whiny" → "an upset": the article is set again once the run is known.
  const art0 = /^an? /i.exec(text.slice(d.start, d.end));
  if (art0 && /^an? \p{L}/u.test(d.text))
    d = { ...d, start: d.start + art0[0].length, text: d.text.replace(/^an? /, '') };
  // "you disgusting, filthy subhuman": the name said to them is cut whole, "you" with it.
  const you = d.text === '' ? /^(?:you|u) /i.exec(text.slice(d.start, d.end)) : null;
  if (you) d = { ...d, start: d.start + you[0].length };
  const own = text.slice(d.start, d.end);
  if (!/^[\p{L}'-]+(?:(?:\s*,\s*|\s+)(?:(?:and|or)\s+)?[\p{L}'-]+){0,2}$/u.test(own)) return d0;
  const ownWords = own.toLowerCase().split(/[\s,]+/);
  if (!ownWords.every((w) => kind(w) || w === 'and' || w === 'or')) return d0;
  // "…, inept and arrogant" → "and misguided": an offer that keeps a list's "and" is already the
  // list's end, worded to follow what stays before it.
  if (/^(?:and|or)$/.test(ownWords[0] as string) || /^(?:and|or) /.test(d.text)) return d0;
  // The candidates on either side, nearest first.
  const left: Word[] = [];
  for (let at = d.start; left.length < 6; ) {
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at));
    const w = (m?.[1] as string | undefined)?.toLowerCase();
    if (!m || !w || !kind(w)) break;
    const end = at - (m[2] as string).length;
    left.push({ w, start: end - w.length, end, gap: m[2] as string });
    at = end - w.length;
  }
  const right: Word[] = [];
  for (let at = d.end; right.length < 6; ) {
    const m = WORD_AFTER.exec(text.slice(at, at + 40));
    if (!m || !kind((m[2] as string).toLowerCase())) break;
    const start = at + (m[1] as string).length;
    right.push({
      w: (m[2] as string).toLowerCase(),
      start,
      end: start + (m[2] as string).length,
      gap: m[1] as string,
    });
    at = start + (m[2] as string).length;
  }
  if (left.length === 0 && right.length === 0) return d0;
  // The run's head: its last name, or the word it describes, or nothing (said of them).
  const lastOf = right.length > 0 ? (right[right.length - 1] as Word) : null;
  const lastW = lastOf?.w ?? (ownWords[ownWords.length - 1] as string);
  const lastEnd = lastOf?.end ?? d.end;
  const next = /^ +([\p{L}'-]+)/u.exec(text.slice(lastEnd, lastEnd + 30))?.[1]?.toLowerCase();
  const nameLast = kind(lastW) === 'name';
  const nounNext = next !== undefined && (INSULT_NOUNS.has(next) || PEOPLE.test(next));
  const headless = !nameLast && !/^\s*\p{L}/u.test(text.slice(lastEnd, lastEnd + 3));
  // Said to them ("you disgusting, filthy subhuman"), the whole run is the name they are called.
  const byName = (nameLast && !nounNext) || (headless && you !== null);
  // Which words join, given the head. Said of them with no name ("they are corrupt, inept and
  // arrogant"), a plain describing word is a claim that stays; only the scornful ones join.
  const joins = (x: Word, before: Kind) => {
    const k = kind(x.w);
    if (k === 'unflagged' || UNFLAGGED_NAMES.test(x.w)) return true;
    if (byName) return k !== 'filler' || before !== null;
    return headless && k === 'strong';
  };
  const isList = (gap: string) => /,|\b(?:and|or|n)\b|&/.test(gap);
  let start = d.start;
  let end = d.end;
  let n = 0;
  let prev: Kind = kind(ownWords[0] as string);
  for (const x of left) {
    if (!joins(x, prev)) break;
    // A name before a describing word is its own ("you idiots, stupid as ever").
    if (kind(x.w) === 'name' && prev !== 'name') break;
    start = x.start;
    prev = kind(x.w);
    n++;
  }
  let last = ownWords[ownWords.length - 1] as string;
  for (const x of right) {
    // "little" joins only before another word of the run.
    if (kind(x.w) === 'filler' ? x === lastOf || !byName : !joins(x, 'plain')) break;
    // After a name, only another name of a list joins ("liars and cheats").
    if (kind(last) === 'name' && !(kind(x.w) === 'name' && isList(x.gap))) break;
    end = x.end;
    last = x.w;
    n++;
  }
  if (n === 0) return d0;
  const lastKind = kind(last);
  let say = d.text;
  // Only a describing word was swapped or cut, and the run ends on a name: the name goes too, said
  // as who it is ("those people on the council").
  // A name the offer swapped keeps the offer's words ("these liars and thieves" → "these dishonest
  // people"); many named ("losers, lunatics and scum") are "people".
  const ownName = kind(ownWords[ownWords.length - 1] as string) === 'name';
  if (lastKind === 'name' && end > d.end && !(ownName && say !== ''))
    say =
      /s$/.test(last) || /[a-z]s(?:\s*,|\s+(?:and|or)\b)/i.test(text.slice(start, end)) ? 'people' : 'person';
  // "my neighbours are rude, nosy, stupid busybodies": said of someone, "are people" says nothing;
  // what they are called is said as the rules say it ("are out of line"), the article with it.
  const cop =
    /(?:^|[^\p{L}'])(?:is|are|was|were|am|be|been|(?:he|she|they|you|we)['’](?:s|re))\s+(?:an?\s+)?$/iu.exec(
      text.slice(Math.max(0, start - 16), start),
    );
  if (cop && /^(?:person|people)$/.test(say)) {
    const a = /(an?\s+)$/i.exec(cop[0])?.[1]?.length ?? 0;
    return { ...d, start: start - a, end, text: 'out of line' };
  }
  // "stop being a whiny entitled brat": an order's own wording stands.
  if (/\bbeing +(?:an? +)?$/i.test(text.slice(Math.max(0, start - 12), start))) return d0;
  if (you) {
    // Nothing else in its sentence: what they were called is said as the feeling.
    const alone =
      !/\p{L}/u.test(
        text
          .slice(0, d0.start)
          .split(/[.!?]\s/)
          .pop() ?? '',
      ) && !/\p{L}/u.test(text.slice(end).split(/[.!?]/)[0] ?? '');
    if (say === '' || alone)
      return {
        ...d,
        start: d0.start + (alone ? lead : 0),
        end,
        text: alone ? "I'm really upset with you right now" : say,
      };
    return { ...d, start: d.start - you[0].length, end, text: `you ${say}` };
  }
  // A cut run before a plain noun ("idiotic selfrighteous people") leaves the noun; before nothing
  // (a run said of them, "you are rude, lazy and selfish") a cut would leave no word: unchanged.
  if (say === '' && !/^\s+\p{L}/u.test(text.slice(end, end + 3))) return d0;
  // A cut takes the space before it, as the draft did.
  if (say === '')
    return {
      ...d,
      start: start < d.start ? start - (/\s*$/.exec(text.slice(0, start))?.[0].length ?? 0) : d0.start,
      end,
      text: '',
    };
  // "a"/"an" agrees with what now follows it.
  const art = /(?:^|[^\p{L}'])(an?) +$/iu.exec(text.slice(Math.max(0, start - 6), start));
  if (art) {
    // After "a", only a name for a person reads ("a troublemaker"; never "a out of line", "a people").
    if (!/(?:^| )(?:person|someone|troublemaker|pain|nuisance)$/.test(say)) return d0;
    const a = /^[aeiou]/i.test(say) ? 'an' : 'a';
    if ((art[1] as string).toLowerCase() !== a) {
      const at = start - (art[0].length - art[0].search(/an?/i));
      const cased = /^A/.test(art[1] as string) ? `A${a.slice(1)}` : a;
      return { ...d, start: at, end, text: `${cased} ${say}` };
    }
  }
  return { ...d, start, end, text: say };
}

/**
 * "losers hang out with losers", "idiots electing idiots": a label said twice, each reworded as
 * "people", reads "people hang out with people" and says nothing. The second, a bare plural (no
 * word before it that picks someone out: "a different jerk" stays "a different person"), is who
 * the first keeps company with: "their own kind".
 */
export function repeatedLabel(text: string, d: Draft): Draft {
  if (d.text !== 'people') return d;
  const w = text.slice(d.start, d.end).trim().toLowerCase();
  if (!/^\p{L}+s$/u.test(w) || !(STRONG_INSULT_NOUNS.has(w) || INSULT_NOUNS.has(w))) return d;
  const before = text.slice(0, d.start);
  const from = Math.max(before.search(/[^.!?]*$/), 0);
  if (!new RegExp(`(?:^|[^\\p{L}'])${w}(?![\\p{L}'])`, 'iu').test(before.slice(from))) return d;
  if (
    /(?:^|[^\p{L}'])(?:the|a|an|these|those|this|that|some|other|different|more|of|my|your|his|her|their|our|all|such|any|no|few|many)\s+$/iu.test(
      before,
    ) ||
    kind(/(\p{L}+)\s+$/u.exec(before)?.[1]?.toLowerCase() ?? '') !== null
  )
    return d;
  return { ...d, text: 'their own kind' };
}

/**
 * "what a disgusting excuse for a father", "that pathetic excuse for a manager fired me": the frame
 * is the put-down, not the describing word; swapped alone, "an upsetting excuse for a father" keeps
 * it. The swap says what the role left them feeling ("what a disappointing father"); a cut takes
 * the frame with it ("that manager fired me").
 */
export function excuseFor(text: string, d: Draft): Draft {
  const frame = /^(?:\s*,)?\s+(?:sorry\s+)?excuse\s+(?:for|of)\s+(?:an?|the)\s+(?=\p{L})/iu.exec(
    text.slice(d.end, d.end + 40),
  );
  if (!frame) return d;
  const own = text.slice(d.start, d.end).trim().toLowerCase().replace(/^an? /, '');
  if (!/^[\p{L}-]+$/u.test(own) || kind(own) === null) return d;
  // "you pathetic excuse for a man": said to them, whole, it is the feeling.
  const you = /(?:^|[^\p{L}'])((?:you|u)\s*)$/iu.exec(text.slice(0, d.start));
  if (you) {
    const to = d.end + frame[0].length;
    const role = /^[\p{L}-]+(?: being)?/u.exec(text.slice(to))?.[0] ?? '';
    const from = d.start - (you[1] as string).length;
    if (role === '' || /\p{L}/u.test(text.slice(0, from)) || /\p{L}/u.test(text.slice(to + role.length)))
      return d;
    return { ...d, start: from, end: to + role.length, text: "I'm really disappointed in you" };
  }
  if (d.text === '') return { ...d, end: d.end + frame[0].length - 1 };
  if (!/^(?:an? )?[\p{Ll}-]+$/u.test(d.text)) return d;
  const art = /^an? /i.exec(text.slice(d.start, d.end).trimStart());
  return { ...d, end: d.end + frame[0].length, text: art ? 'a disappointing ' : 'disappointing ' };
}
