import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('a plural label opening its clause, then its verb (reword42)', () => {
  it.each([
    ['the teachers and the idiots agree', 'the teachers and the misguided people agree'],
    ['the cops and the clowns disagree', 'the cops and the misguided people disagree'],
    ['the idiots argue', 'the misguided people argue'],
    ['when the idiots argue again we leave', 'when the misguided people argue again we leave'],
    ['the morons complain, as usual', 'the misguided people complain, as usual'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  // A noun after the label still loses it ("the house").
  it('keeps the label-before-noun cut', () => {
    expect(reworded('the idiots house is a mess')).toBe('the house is a mess');
  });
});

describe('"what the fuck" before a clause of its own: surprise (reword42)', () => {
  it.each([
    ['wait what the fuck that solo is mad?', 'wait what? that solo is mad?'],
    ['omg what the fuck the ending was insane', 'omg what? the ending was insane'],
    ['i was like what the fuck that guy has no idea', 'i was like what? that guy has no idea'],
    ['what the fuck this game is so bad', 'wow, this game is so bad'],
    // A question, or a clause it asks about, keeps "what" alone.
    ['what the fuck is that', 'what is that'],
    ['no idea what the fuck that was', 'no idea what that was'],
    ['idk what the fuck the plan is', 'idk what the plan is'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('"troll" after a word that names it: one word (reword42)', () => {
  it.each([
    ['the penguieater troll again', 'the penguieater troublemaker again'],
    ['the forum troll is back', 'the forum troublemaker is back'],
    ['that reddit troll keeps posting', 'that reddit troublemaker keeps posting'],
    ['the twitter trolls are out', 'the twitter troublemakers are out'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('a label after an order to deal with it stays a noun (reword42)', () => {
  it.each([
    ['ignore the troll', 'ignore the person stirring up trouble'],
    ['ignore the idiot', 'ignore the person'],
    ['block the troll and move on', 'block the person stirring up trouble and move on'],
    ['just mute the clown and go outside', 'just mute the person and go outside'],
    // A name's epithet still goes.
    ['we got king donald the idiot', 'we got king donald'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe("a side's followers after whose they are (reword42)", () => {
  it.each([
    ["trump's deplorables think they won", "trump's supporters think they won"],
    ['drumpfs deplorables think they won', 'drumpfs supporters think they won'],
    ['his deplorables showed up', 'his supporters showed up'],
    ['those deplorables again', 'those people again'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('warm near-twins stay clean (reword42)', () => {
  it.each([
    'the teachers and the parents agree',
    'wait what that solo is amazing',
    'ignore the noise and move on',
    'the forum moderators are back',
    "trump's supporters think they won",
    'what on earth just happened',
  ])('%s', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
});
