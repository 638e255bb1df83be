/**
 * Session 40's rewording kinds (issue 9 part 2: rewordings a person would send), from reads of
 * random rewordings of the external sets; the sentences here are our own.
 * 1. A short withdrawal got a long stock line: it stays near its length and keeps its point.
 * 2. A name called after "who cares" became a stock opener, or "who cares people": the name goes,
 *    the dismissal stays.
 * 3. A label swapped for a description left the sentence ungrammatical ("isn't being honest who
 *    lies", "such someone who", "absolute unkind behavior").
 * 4. A rhetorical question in a longer message was rewritten at length: the question stays and
 *    only its sting goes ("why did you just…" → "why did you…"; "…, and what business was it of
 *    yours?" → "…, and why did it matter to you?").
 * 5. Cutting a label left a word alone as a sentence ("Clown behavior." → "Behavior."): it goes.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('1. a short withdrawal gets a short line that keeps its point', () => {
  it.each([
    ['Im not dealing wit that', "I can't deal with that right now"],
    ['not dealing with this today', "i can't deal with this right now"],
    ['cant deal with u', "i can't deal with this right now"],
    ['im not doing this rn', "i can't do this right now"],
    ['not doing this again', "i can't do this right now"],
    ['pls leave me alone', 'i need some space right now'],
    ["I'm done with this", 'I need a break from this'],
    ['Im so done', 'I need a break from this'],
    ['ugh im so done with u', 'ugh i need a break from this'],
    ['seriously just leave me alone', 'seriously i need some space right now'],
    ['leave me alone!!', 'i need some space right now!!'],
    ["I can't be bothered with this", "I don't have the energy for this right now"],
  ])('%s → %s', (text, want) => {
    const out = reworded(text);
    expect(out).toBe(want);
    expect(words(out)).toBeLessThanOrEqual(words(text) + 4);
    expect(out).not.toMatch(/cool(?:ed)? off|talk later|\?/i);
  });
  it.each([
    ['nope, not doing this again, goodnight'],
    ['one more lie and im out'],
    ["i'm so done with this family"],
    ["we're not doing this right now"],
  ])('a message that says more keeps its own rewording: %s', (text) => {
    expect(reworded(text)).not.toMatch(/^(?:i need a break from this|i can't do this right now)$/i);
  });
});

describe('2. a name called after a dismissal goes; the dismissal stays', () => {
  it.each([
    ['who cares you clowns', 'who cares'],
    ['who cares losers', 'who cares'],
    ['who cares, you pathetic clowns', 'who cares'],
    ['honestly who cares you morons', 'honestly who cares'],
    ['who cares u idiot', 'who cares'],
    ['who even cares, you bunch of clowns', 'who even cares'],
    ['so what, idiot', 'so what'],
  ])('%s → %s', (text, want) => {
    const out = reworded(text);
    expect(out).toBe(want);
    expect(out).not.toMatch(/understand|people|rather not/i);
  });
  it('what follows a dismissal that is not a name stays', () => {
    expect(analyze('who cares, they should all resign').flagged).toBe(false);
    expect(reworded('who cares what you idiots think')).toBe('who cares what you think');
  });
});

describe('3. a label swapped for a description keeps the sentence whole', () => {
  it.each([
    ["he's a pathological liar who never stops", "he isn't being honest and never stops"],
    ["she's a liar who cheats on everyone", "she's not being honest and cheats on everyone"],
    ['they are liars who cheat', "they aren't being honest and cheat"],
    ["you're such a habitual liar", "you're someone who lies a lot lately"],
    ['that was total idiot behavior', 'that was unwise behavior'],
    ['that was an absolute idiot decision', 'that was an unwise decision'],
  ])('%s → %s', (text, want) => {
    const out = reworded(text);
    expect(out).toBe(want);
    expect(out).not.toMatch(/honest who|such someone|(?:absolute|total) (?:unkind|unwise)/i);
  });
});

describe('4. a question in a longer message keeps the question, without its sting', () => {
  it.each([
    [
      'Why did you just say that? We agreed to keep it quiet.',
      'Why did you say that? We agreed to keep it quiet.',
    ],
    ['Why did you just do that? I was handling it.', 'Why did you do that? I was handling it.'],
    ['and what business was it of yours exactly?', 'and why did it matter to you exactly?'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('"why did you just…" alone is still asked kindly at length', () => {
    expect(reworded('why did you just say that')).toMatch(/could you tell me why/);
  });
  it('the card names what it leaves out', () => {
    const f = analyze('Why did you just say that? We agreed to keep it quiet.').findings[0];
    expect(f?.suggestions[0]?.label).toBe('Leave out \u201cjust\u201d');
  });
});

describe('5. a word left alone as a sentence by a cut goes too', () => {
  it.each([
    ['Clown behavior. Absolute clown behavior from you today.', 'Unkind behavior from you today.'],
    ['Clown move. Honestly a clown move from him.', 'Honestly an unkind move from him.'],
  ])('%s → %s', (text, want) => {
    const out = reworded(text);
    expect(out).toBe(want);
    expect(out).not.toMatch(/^(?:Behavior|Move)\b/);
  });
  it.each([
    ['Stop, you idiot. I mean it.', 'Stop. I mean it.'],
    ['Fine, idiot. Do it your way.', 'Fine. Do it your way.'],
  ])('a word the person said first stays: %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('6. "get a clue before you…" keeps what they are asked to do first', () => {
  it.each([
    ['get a clue before you post stupid stuff', 'please think it through before you post stuff'],
    ['Get a clue before you reply next time.', 'Please think it through before you reply next time.'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('alone it is still a plain disagreement', () => {
    expect(reworded('get a clue')).toBe('i see this differently');
  });
});

describe('a short withdrawal inside a longer message keeps its own rewording', () => {
  it.each([["whatever. I'm done talking."], ['fine. have it your way. im done arguing']])('%s', (text) => {
    expect(reworded(text)).toMatch(/cool off/);
  });
});

describe('7. a label cut after "that <word>" keeps the person pointed at', () => {
  it.each([
    ["don't trust that pathological liar", "don't trust that person"],
    ['never listen to that compulsive liar', 'never listen to that person'],
    ['ask that total moron yourself', 'ask that person yourself'],
    ['get those losers outta here', 'get those people outta here'],
  ])('%s → %s', (text, want) => {
    const out = reworded(text);
    expect(out).toBe(want);
    expect(out).not.toMatch(/(?:pathological|compulsive|total)(?: yourself)?$/);
  });
  it.each([
    ['that bloody fucking car broke again', 'that car broke again'],
    ['the damn stupid printer', 'the printer'],
    // Not a name ending its phrase: a name after it, a thing, or no describing word.
    [
      'the only sad thing is that this moron got away with it',
      'the only sad thing is that this person got away with it',
    ],
    ['does the white moron house know', 'does the white house know'],
    ['stop editing the truth moron.', 'please stop editing the truth.'],
  ])('a cut elsewhere keeps what it kept: %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('8. "you <name>" is never left calling a name ("you person I…", "you little")', () => {
  it.each([
    ['you piece of shit', "i'm really upset with you right now"],
    ['you little piece of shit', "i'm really upset with you right now"],
    ['you lazy piece of crap. clean your room', "i'm really upset with you right now. clean your room"],
  ])('%s → %s', (text, want) => {
    const out = reworded(text);
    expect(out).toBe(want);
    expect(out).not.toMatch(/\byou (?:little|lazy|person)\b/);
  });
  it.each([
    ['see you in the morning, idiot', 'see you in the morning'],
    ['thank you so much, idiot', 'thank you so much'],
  ])('"you" inside the clause before a name is not a name called: %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});
