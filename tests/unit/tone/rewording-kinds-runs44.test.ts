import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('a run of labels is reworded whole, not only its flagged word (runs44)', () => {
  it.each([
    // A name at its end: every describing word of the run goes with it.
    ["you're a bitter, jealous little troll", "you're a troublemaker"],
    [
      'those whiny entitled crybabies on the council want more money',
      'those people on the council want more money',
    ],
    ['those disgusting, filthy subhumans keep posting', 'those people keep posting'],
    // Said of someone after "are": the rules' own wording, not "are people".
    ['my neighbours are rude, nosy, stupid busybodies', 'my neighbours are out of line'],
    // Said to them, alone: the feeling.
    ['you disgusting, filthy subhuman', "i'm really upset with you right now"],
    // Contempt no rule flags alone goes before a plain word for people.
    ['the idiotic selfrighteous people at work keep lecturing me', 'the people at work keep lecturing me'],
    // "a bunch of <run>": the crowd word keeps its "a".
    ['what a bunch of greedy corrupt crooks', 'what a disappointing bunch'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  // A plain describing word of a thing, or before a plain word for people, is a claim: it stays.
  it.each([
    ['stop focusing on stupid, lazy excuses', 'stop focusing on lazy excuses'],
    ['they are rude, vile people', 'they are rude people'],
  ])('keeps the claim: %s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('a label said twice: the second is "their own kind", never "people … people" (runs44)', () => {
  it.each([
    [
      "losers hang out with losers, and you're proof",
      "people hang out with their own kind, and you're proof",
    ],
    ['idiots electing idiots, what did you expect', 'people electing their own kind, what did you expect'],
    ['the morons in charge make morons look smart', 'the people in charge make their own kind look smart'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('an idiom with a swear noun is reworded as the idiom (runs44)', () => {
  it.each([
    ['get your shit together before the meeting', 'please get things sorted before the meeting'],
    ['just get your shit together', 'just get things sorted'],
    ['my brother needs to get his shit together', 'my brother needs to get his act together'],
    ['i need to step my shit up this semester', 'i need to step my game up this semester'],
    ['time to step your shit up, team', 'time to step your game up, team'],
    ['cut the crap, where were you last night', 'be straight with me, where were you last night'],
    ['cut the bullshit and answer the question', 'be straight with me and answer the question'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('never leaves "get your together"', () => {
    expect(reworded('Get your shit together.')).not.toMatch(/your together/i);
  });
  it('a thing cut from something is not the idiom', () => {
    expect(reworded('i need to cut the crap out of my diet')).not.toMatch(/straight/);
  });
});

describe('a strong label or a blow keeps its meaning in milder words (runs44)', () => {
  it.each([
    // A blow aimed at someone's body was a rebuke.
    ['kick him in the teeth next time he says that', 'tell him off next time he says that'],
    ['kick them in the shins if they try it again', 'tell them off if they try it again'],
    // "<label> excuse for a <role>": the frame goes with the word.
    ['what a disgusting excuse for a father', 'what a disappointing father'],
    ['that pathetic excuse for a manager fired me', 'that manager fired me'],
    ['you pathetic excuse for a man', "i'm really disappointed in you"],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('warm look-alikes stay clean (runs44)', () => {
  it.each([
    'cut the cake and save me a slice',
    'i need to step up my game this season',
    'get your stuff together, the taxi is here',
    'a bunch of greedy seagulls stole our chips 😂',
    'he kicked the ball in the net',
    'my little brother is so sweet',
    'what a lovely excuse for a party',
  ])('%s', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
});
