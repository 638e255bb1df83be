/**
 * Rewording kinds of helper reword39 (session 39), each on our own sentences: a label before the
 * noun it describes goes, never "person" in its place ("your people reading skills"); a label in
 * the frame "you'd have to be X to do Y" becomes the writer's view of the act ("I wouldn't do Y");
 * once a message is reworded, "a nut case" left after a copula is said plainly; a short put-down of
 * someone's ways stays short; "you better do X or I'll…", asked, drops the threat.
 * Examples written for these tests, in three registers (close relationships, work, strangers online).
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('a label before the noun it describes goes, never "person" (reword39)', () => {
  it.each([
    ['your moron texting at dinner is rude', 'your texting at dinner is rude'],
    ['her scum lawyer sent another letter', 'her lawyer sent another letter'],
    ['their moron scheduling ruined the trip', 'their scheduling ruined the trip'],
    ['that scum landlord kept the deposit', 'that landlord kept the deposit'],
    ['honestly your idiot parking blocked the whole lane', 'honestly your parking blocked the whole lane'],
  ])('%s → %s', (text, want) => {
    const out = reworded(text);
    expect(out).toBe(want);
    expect(out).not.toMatch(/\b(?:person|people) \w/);
  });
  it('"that scum" before a verb in -s is one person, never "those people thinks"', () => {
    expect(reworded('that scum thinks the rules are for other people')).toBe(
      'that person thinks the rules are for other people',
    );
  });
  it('a label that is the one who acts keeps "person"', () => {
    expect(reworded('this idiot kept honking at me')).toBe('this person kept honking at me');
    expect(reworded('that idiot driving the van cut me off')).toBe('that person driving the van cut me off');
  });
  it('warm twins pass clean', () => {
    for (const t of [
      'your reading skills are amazing',
      'that landlord kept the deposit, sadly',
      'my dad is a total texting addict lol',
    ])
      expect(analyze(t).findings, t).toEqual([]);
  });
});

describe('"you\'d have to be <label> to <act>" says the writer\'s view of the act (reword39)', () => {
  it.each([['you gotta be an idiot to sign that lease', 'you gotta be an idiot to sign that lease']])(
    '%s',
    (text) => {
      const out = reworded(text);
      expect(out).toMatch(/^i wouldn't sign that lease$/i);
    },
  );
  it.each([
    ["you'd have to be stupid to lend him money", "i wouldn't lend him money"],
    [
      'honestly you would have to be a complete moron to trust that seller',
      "honestly i wouldn't trust that seller",
    ],
    ['one must be a fool to pay that much for a sofa', "i wouldn't pay that much for a sofa"],
    ["You'd be an idiot not to take that offer", "I'd take that offer"],
  ])('%s → %s', (text, want) => {
    const out = reworded(text);
    expect(out.toLowerCase()).toBe(want.toLowerCase());
    expect(out).not.toMatch(/\b(?:wrong|misguided) (?:not )?to\b/);
  });
  it('said to them outright, the frame is not there: the label is reworded as before', () => {
    expect(reworded('you are an idiot to trust him')).not.toMatch(/wouldn't/);
  });
  it('warm twins pass clean', () => {
    for (const t of [
      "you'd have to be blind to miss that sunset",
      'you gotta be kidding me, that is amazing news',
      "you'd be wise to bring a coat",
    ])
      expect(analyze(t).findings, t).toEqual([]);
  });
});

describe('"a nut case" left beside a reworded finding is reworded too (reword39)', () => {
  it.each([
    ['think whatever you want but he is a nut case', 'he is out of line'],
    ["say what you want. she's a total whack job", "she's out of line"],
    ["shut up, everyone knows she's a hoe", "she's out of line"],
  ])('%s', (text, tail) => {
    const out = reworded(text);
    expect(out).toContain(tail);
    expect(out).not.toMatch(/nut ?case|whack ?job|hoe/i);
  });
  it('alone, with nothing reworded, it is left as the person wrote it', () => {
    for (const t of ['my uncle is a nut case about trains but we adore him', 'i bought a hoe for the garden'])
      expect(rewrite(t).text).toBe(t);
  });
});

describe("a short put-down of someone's ways stays short (reword39)", () => {
  it.each([
    ['So get a job and leave.', 'I see this differently.'],
    ['clown behaviour tbh', 'i see this differently'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('"you better do X or…", asked, drops the threat (reword39)', () => {
  it.each([
    ['U better pick up the kids or i get mad at you.', 'Could u pick up the kids?'],
    ['You better send the report, or I will be furious.', 'Could you send the report?'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('a word of degree before a scornful word keeps its point (reword39)', () => {
  it.each([
    ['that concert was straight up disgusting', 'that concert was straight up awful'],
    [
      'the way they cancelled on us was downright disgusting',
      'the way they cancelled on us was downright awful',
    ],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('after a copula and a word of degree, the describing word stays, plainer ("that was behaviour" says nothing)', () => {
    expect(reworded('that was truly stupid parking')).toBe('that was truly misguided parking');
    expect(reworded('honestly it was utterly disgusting service')).toBe(
      'honestly it was utterly awful service',
    );
  });
});
