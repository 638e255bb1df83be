import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { cold, lossAfter, outing } from '../../../lib/tone/rules/consequence';
import { sentenceOf, textOf } from '../../../lib/tone/rules/rule';
import { type Doc, type Sentence, tokenize } from '../../../lib/tone/text';
import { readKindsTexts } from './helpers';

/**
 * consequence.ts answers three questions once per sentence (round speed42): whether what follows a
 * repeat in the sentence leads to a loss (`lossAfter`: where the pattern last starts in the
 * sentence), whether the sentence and its neighbours are cold (`cold`) and whether it names an
 * outing (`outing`). Each answer must be the one the guard worked out at every hit before: checked
 * here against those computations, at every token of every sentence, in both orders of asking.
 */
const THEN_LOSS_AS_BEFORE =
  /\bsee (?:what happens|where (?:that|this|it) gets|how (?:much|long))\b|\b(?:some(?:one|where|body) else|find(?:ing)? a new|empty|forget about)\b/;
const SOFT_AS_BEFORE =
  /\b(?:lol|lmao|haha\w*|hehe\w*|jk|thank you|thanks(?! to)|thx(?! to)|ty|love (?:you|u|ya)|legend|lifesaver|lovely|no pressure|no worries|sorry|xx+)\b|[\u2764\u{1F601}-\u{1F60D}\u{1F618}\u{1F602}\u{1F923}\u{1F970}\u{1F973}\u{1F495}\u{1F496}\u{1F44B}\u{1F389}]/iu;
const OUTING_AS_BEFORE =
  /\b(?:holiday|holidays|trip|flight|vacation|camping|beach|park|zoo|cinema|pool|school|party|weekend away|festival|airport|spain|france|tomorrow|concert|game|match|movie|movies|swim|swimming|lesson|lessons|dentist|doctor)\b|\bsee (?:you|u|ya)(?: all)? (?:in(?! court)|next|soon|on|at|there)\b|\bxo+\b|\u{1F60A}|\u{2708}/iu;

function lossAsBefore(doc: Doc, s: Sentence, from: number): boolean {
  return THEN_LOSS_AS_BEFORE.test(textOf(doc, from, s.last).toLowerCase());
}
function coldAsBefore(doc: Doc, i: number): boolean {
  const s = sentenceOf(doc, i);
  const sent = doc.tokens[i]?.sent as number;
  const prev = doc.sentences[sent - 1] ?? s;
  const next = doc.sentences[sent + 1] ?? s;
  return (
    !SOFT_AS_BEFORE.test(doc.text.slice(prev.start, next.end)) &&
    !doc.text.slice(s.start, s.end).includes('?')
  );
}

/** Every disagreement between the per-sentence answers and the per-hit ones, asked last token first or first first. */
function disagreements(text: string, backwards: boolean): string[] {
  const doc = tokenize(text);
  const out: string[] = [];
  const n = doc.tokens.length;
  for (let k = 0; k < n; k++) {
    const i = backwards ? n - 1 - k : k;
    const s = sentenceOf(doc, i);
    for (const from of [i, i + 1])
      if (lossAfter(doc, s, from) !== lossAsBefore(doc, s, from)) out.push(`lossAfter ${from}: ${text}`);
    if (cold(doc, i) !== coldAsBefore(doc, i)) out.push(`cold ${i}: ${text}`);
    if (outing(doc, s) !== OUTING_AS_BEFORE.test(doc.text.slice(s.start, s.end)))
      out.push(`outing ${i}: ${text}`);
  }
  return out;
}

// Written for this round: each way the sentence can be read (a match before the hit, after it, at
// its first word, none; lower-casing that changes the length; a word glued to the one before).
const OWN = [
  'keep it up and see where that gets you, keep it up and see where that gets you, keep it up and',
  'see what happens if you do that again and again. do it again and see what happens',
  'touch my stuff again and you will be paying rent to someone else. thanks xx',
  'İt happened again and see where it gets you',
  'do it again and—see where it gets you',
  'do it again and"see what happens"',
  'do it again andsee what happens, again andempty',
  'KEEP IT UP AND SEE WHERE IT GETS YOU Σ again and see how much ΣΣ',
  'Ka again and \u212Aeep it, see what happens \u212Aa again and forget about it',
  'one more lie and you come home to an empty flat? we are going to the zoo tomorrow. keep it up and find a new place',
  'again and again and again and someone else and again and',
  // A quotation ahead of the sentence's first word (its hits come before the sentence): the lead's
  // check after the merge found the memo answered these wrongly.
  '"keep it up" said no one ever about you',
  '"do that again" and find a new flat',
];

describe('consequence.ts per-sentence answers (speed42)', () => {
  it('agree with the per-hit computations on sentences written for them', () => {
    for (const t of OWN) {
      expect(disagreements(t, false)).toEqual([]);
      expect(disagreements(t, true)).toEqual([]);
    }
  });

  it('agree with the per-hit computations on every kinds text', { timeout: 180_000 }, () => {
    const texts = readKindsTexts();
    expect(texts.length).toBeGreaterThan(1000);
    const bad: string[] = [];
    for (const t of texts) bad.push(...disagreements(t, false), ...disagreements(t, true));
    expect(bad.slice(0, 5)).toEqual([]);
  });

  it('still flags each repeat of a run-on ultimatum', () => {
    const text = 'keep it up and see where that gets you, '.repeat(30);
    const found = analyze(text, { sensitivity: 'strict' }).findings.filter(
      (f) => f.rule === 'consequence.ultimatum',
    );
    expect(found.length).toBe(30);
    // A loss said only before the repeat is no loss after it.
    expect(
      analyze('see where that gets you? no. keep it up and you will see').findings.some(
        (f) => f.rule === 'consequence.ultimatum',
      ),
    ).toBe(false);
  });
});
