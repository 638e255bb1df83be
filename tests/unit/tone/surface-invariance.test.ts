/**
 * Surface invariance: the same message typed another way reads the same. Stretched letters and
 * swapped letters are read as the word (lib/tone/text.ts `canon`); filler, forms of address and
 * stretched letters at a sentence's edges are read past (lib/tone/noise.ts `quiet`). Every example
 * here is our own; each hostile one has a warm cousin typed the same way.
 */
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion, detect } from '../../../lib/tone/index';
import { quiet } from '../../../lib/tone/noise';
import { canon } from '../../../lib/tone/text';
import { surfaceVariants } from '../../../scripts/surface';

const flagged = (t: string) => analyze(t, { sensitivity: 'balanced' }).flagged;

describe('canon: how a word is typed', () => {
  it('collapses stretched letters but keeps the word’s own doubles', () => {
    expect(canon('reallyyy')).toBe('really');
    expect(canon('annoyinggg')).toBe('annoying');
    expect(canon('sooooo')).toBe('so');
    expect(canon('stupiddd')).toBe('stupid');
  });

  it('reads two swapped letters in a long word we do not know as the one word they spell', () => {
    expect(canon('ridiuclous')).toBe('ridiculous');
    expect(canon('pahtetic')).toBe('pathetic');
    expect(canon('slefish')).toBe('selfish');
    // Known words and short words stay as typed.
    expect(canon('ridiculous')).toBe('ridiculous');
    expect(canon('form')).toBe('form');
    expect(canon('Zorblax')).toBe('zorblax');
  });

  it('reads more texting spellings', () => {
    expect(canon('rly')).toBe('really');
    expect(canon('abt')).toBe('about');
    expect(canon('srsly')).toBe('seriously');
    expect(canon('tonite')).toBe('tonight');
    expect(canon('smth')).toBe('something');
  });
});

describe('quiet: filler and forms of address at a sentence’s edges', () => {
  const q = (t: string) => quiet(t)?.text ?? t;

  it('reads past filler and a name opening a sentence', () => {
    expect(q('literally grow up')).toBe('grow up');
    expect(q('Tbh you never help')).toBe('you never help');
    expect(q('Jess, you never listen')).toBe('you never listen');
    expect(q('ok. honestly, bro, just stop')).toBe('ok. just stop');
    expect(q('UGH WE LOST AGAIN')).toBe('WE LOST AGAIN');
  });

  it('keeps "like" where it is a word of the sentence', () => {
    expect(q('like I care')).toBe('like I care');
    expect(q('like always, you forgot')).toBe('like always, you forgot');
    expect(q('like, just stop')).toBe('just stop');
  });

  it('reads past filler and a name closing a sentence', () => {
    expect(q('you never call me back ugh')).toBe('you never call me back');
    expect(q('stop texting me, dude.')).toBe('stop texting me.');
    expect(q('you ruined the whole trip Jess')).toBe('you ruined the whole trip');
    expect(q('THAT WAS YOUR JOB UGH')).toBe('THAT WAS YOUR JOB');
  });

  it('leaves places, days and adverbs that end a sentence', () => {
    expect(q('we lost at Mario Kart')).toBe('we lost at Mario Kart');
    expect(q("I'll bring it Thursday")).toBe("I'll bring it Thursday");
    expect(q('i took you seriously')).toBe('i took you seriously');
    expect(q('we met in Lisbon')).toBe('we met in Lisbon');
  });

  it('collapses stretched letters, never in links or handles', () => {
    expect(q('thankkkk you so muchhh')).toBe('thank you so much');
    expect(q('see www.example.com')).toBe('see www.example.com');
    expect(quiet('nothing to read past here')).toBeNull();
  });
});

describe('the same message typed another way', () => {
  it.each([
    'literally grow up',
    'Tbh you never help with anything',
    'Jess, you never listen to me',
    'you never call me back ugh',
    'you never call me back Jess',
    'omg just leave me alone',
    "you're being sooo selfish",
    'you are so ridiuclous',
    'you rly need to get over yourself',
  ])('%s: flagged', (t) => {
    expect(flagged(t)).toBe(true);
    expect(detect(t, { sensitivity: 'balanced' }).flagged).toBe(true);
  });

  it.each([
    'literally the best night ever, thank you',
    'tbh you always make me laugh',
    'Jess, you never fail to cheer me up',
    'ugh thanks to you I finally finished the puzzle',
    'thankkkk you so muchhh',
    'dude, you absolutely nailed it',
    'loveee you, see you tonight',
    'you are so thoguhtful',
    'see you at Mario Kart night Jess',
  ])('%s: clean', (t) => {
    expect(flagged(t)).toBe(false);
    expect(detect(t, { sensitivity: 'balanced' }).flagged).toBe(false);
  });

  it('shows a finding and its rewording at the person’s own offsets', () => {
    const t = 'Literally grow up, Jess.';
    const a = analyze(t, { sensitivity: 'balanced' });
    const f = a.findings[0];
    expect(f && t.slice(f.start, f.end)).toBe('grow up');
    const s = f?.suggestions[0];
    expect(s).toBeDefined();
    if (!s) return;
    const out = applySuggestion(t, s);
    expect(out.startsWith('Literally ')).toBe(true);
    expect(out.endsWith(', Jess.')).toBe(true);
    expect(flagged(out)).toBe(false);
  });
});

describe('the variant generator (scripts/surface.ts)', () => {
  const texts = (t: string, kind: string) =>
    surfaceVariants(t)
      .filter((v) => v.kind === kind)
      .map((v) => v.text);

  it('makes each transformation', () => {
    expect(texts("You're never home.", 'lower')).toEqual(["you're never home."]);
    expect(texts("You're never home.", 'noapos')).toEqual(['Youre never home.']);
    expect(texts("You're never home.", 'curly')).toEqual(['You\u2019re never home.']);
    expect(texts("You're never home.", 'nopunct')).toEqual(["You're never home"]);
    expect(texts("You're never home.", 'stretch')).toContain("You're neverrrr home.");
    expect(texts("You're never home.", 'vocative')).toContain("Sam, you're never home.");
    expect(texts("You're never home.", 'vocative')).toContain("You're never home, dude.");
    expect(texts("You're never home.", 'filler')).toContain("Tbh you're never home.");
    expect(texts("You're never home.", 'emoji')).toContain("You're never home. 🙄");
    expect(texts('you are rude', 'intensifier')).toContain('you are so rude');
    expect(texts('you are ridiculous', 'typo')).toEqual(['you are ridiuclous']);
    // Shouting keeps its capitals.
    expect(texts('STOP CALLING ME', 'lower')).toEqual([]);
  });
});
