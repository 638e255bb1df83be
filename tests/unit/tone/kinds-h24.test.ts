/**
 * Round h24: blame (second pass) and talking down, by construction. Blame: the other person as the
 * cause of a state of mine ("you're stressing me out"), the mess is theirs, blame asked ("and who
 * do you think caused this?") or turned back ("go ahead, blame me like always"), guilt-tripping
 * ("after everything I've done for you"). Talking down: mock patience, belittling names, grading
 * the other, lecturing openers, explaining their feelings to them. Warm and practical uses pass.
 */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../../../lib/tone/index';
import { categories, flagged, kindsFigures, kindsRows, rewordsClean } from './kinds';

describe("the round's own set (tests/fixtures/corpus/kinds-h24.tsv, written before the rules)", () => {
  const rows = kindsRows('kinds-h24.tsv');
  it('flags the hostile rows and no warm one', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.97);
    expect(falseAlarms).toBe(0);
  });
  it.each(rows.filter((r) => r.label === 'N').map((r) => [r.text]))('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('blame: the other person as the cause of a state of mine', () => {
  it.each([
    ["you're stressing me out so bad rn"],
    ['you got me so worked up i cant sleep'],
    ["I can't relax when you're around"],
    ['ur giving me a headache with all this'],
    ['you have made my life hell'],
    ["look what you've reduced me to"],
  ])('%s', (text) => {
    expect(categories(text)).toContain('blame');
    rewordsClean(text);
  });
  it("says the feeling in the person's tense", () => {
    expect(rewrite("you're stressing me out so bad rn").text).toBe("i'm feeling really stressed rn");
    expect(rewrite("You've been stressing me out all week.").text).toBe(
      "I've been feeling really stressed all week.",
    );
    expect(rewrite('you got me so worked up i cant sleep').text).toBe('i got so worked up i cant sleep');
  });
  it.each([
    ["you're stressing me out with how good this looks 😍"],
    ["I can't relax when you're around, you make me laugh too much"],
    ["I can't sleep when you're not here"],
    ['you got me so excited for the trip'],
    ['work is stressing me out so bad rn'],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('blame: their mess, blame asked, blame turned back, guilt-tripping', () => {
  it.each([
    ["it's your mess, you clean it up"],
    ["i'm the one who has to deal with your mess"],
    ['and who do you think caused this?'],
    ['gee I wonder whose fault that is'],
    ["of course it's my fault again, never yours"],
    ['go ahead, blame me like always'],
    ["you're the one who brought it up"],
    ["after everything I've done for you"],
    ['I gave up my job for you and this is how you repay me'],
    ['this is the thanks I get for helping you'],
  ])('%s', (text) => {
    expect(categories(text)).toContain('blame');
    rewordsClean(text);
  });
  it.each([
    ["it's my fault, sorry!"],
    ["of course it's my fault, I should have checked"],
    ["i told you i messed up its all my fault! they're never coming back"],
    ["I'll clean up after you cook"],
    ["I don't mind cleaning up after you"],
    ['whose idea was the cake? it was amazing'],
    ['who do you think started the fire, the wiring or the candle?'],
    ["you're the one who taught me this recipe, thank you!"],
    ["after everything you've done for me, I just want to say thank you"],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('talking down', () => {
  it.each([
    ['let me explain it slower for you'],
    ['read it again, slowly'],
    ['do you need a diagram?'],
    ['do I really need to draw you a picture?'],
    ['honey, no'],
    ['nice try buddy'],
    ['A for effort'],
    ['aw you tried'],
    ['let me educate you'],
    ["newsflash: the world doesn't revolve around you"],
    ['fun fact: other people have feelings too'],
    ['google it'],
    ["i'm not going to hold your hand"],
    ["you're just being hormonal"],
    ["you're only saying that because you're jealous"],
  ])('%s', (text) => {
    expect(categories(text)).toContain('talking-down');
    rewordsClean(text);
  });
  it('keeps the point without the put-down', () => {
    expect(rewrite('allow me to educate you on how this works').text).toBe(
      "here's what i know about how this works",
    );
    expect(rewrite("here's a thought: maybe check before you send it").text).toBe(
      'maybe check before you send it',
    );
  });
  it.each([
    ['take your time, no rush at all'],
    ['ok champ, proud of you 🏆'],
    ['nice try! so close'],
    ['nice try'],
    ['fun fact: octopuses have three hearts'],
    ['fun fact: you can freeze bread'],
    ["google it, the recipe's on the first page"],
    ["you're just tired, go to bed love ❤️"],
    ["honey, dinner's ready"],
    ['honey, no need to apologise'],
    ["I'm not going to hold your hand during the ceremony, it's too formal"],
    ['you deserve a medal for putting up with me'],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('the fresh set (kinds-h24-fresh.tsv, written after the rules, measured once)', () => {
  const rows = kindsRows('kinds-h24-fresh.tsv');
  it('keeps its figures: 59.4% caught (main 31.3%), 1 of 31 warm rows flagged', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.59);
    expect(falseAlarms).toBeLessThanOrEqual(0.04);
  });
});
