import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { categories, first, flagged, kindsFigures, kindsRows } from './kinds';

describe('shutting the talk down and silence announced', () => {
  it.each([
    "never mind, doesn't matter",
    "forget it, it doesn't matter anymore",
    'talk to you never',
    "I'm not speaking to you until you say sorry",
    "don't talk to me until tomorrow",
    "don't expect a reply from me anytime soon",
    "I'm not answering your texts",
    "I'm going to bed, we're not discussing this",
    "i'm not doing this rn",
    "I'm not having this conversation with you again",
    'Whatever you want.',
  ])('%s', (text) => {
    expect(categories(text)).toContain('withdrawal');
  });

  it('keeps a condition about "you" and the rest of the message', () => {
    expect(first("I'm not speaking to you until you say sorry")).toBe(
      "I'm hurt and I need some time. I'd feel better if you say sorry.",
    );
    expect(first("i'm not talking to you till u stop lying to me")).toBe(
      "i'm hurt and i need some time. i'd feel better if u stop lying to me",
    );
    expect(first("I'm going to bed, we're not discussing this")).toBe(
      "I'm going to bed. I'm too tired to talk about this now. Can we pick it up tomorrow?",
    );
  });
});

describe('ultimatums and threats to leave', () => {
  it.each([
    'maybe we should just break up then',
    'I think we should just call it quits',
    'I should just leave you',
    'this is your last warning',
    'Last chance.',
    'you have been warned',
    "keep it up and we're done",
    "keep it up and you'll be single",
  ])('%s', (text) => {
    expect(categories(text)).toContain('withdrawal');
  });
});

describe('giving up on the other', () => {
  it.each([
    "there's no point talking to you",
    "what's the point of even trying with you",
    'its pointless trying to talk to u lol',
    'arguing with you is a waste of time',
    'why should I even try with you',
    'why do I even bother',
    "you'll never learn",
    'nothing I do matters to you',
  ])('%s', (text) => {
    expect(categories(text)).toContain('withdrawal');
    expect(first(text)).toMatch(/discouraged|losing hope|feel heard/i);
  });
});

describe('warm and practical messages near the same words pass', () => {
  it.each([
    'forget it, I found my keys 😂',
    'never mind, I figured it out, thanks',
    "we're done here, the movers just left",
    'do whatever you like with the leftovers, I already ate',
    'I give up on this crossword, too hard 😂',
    "there's no point arguing, the game is over anyway",
    "why bother, it's raining anyway",
    "don't expect a reply, I'm at a wedding all day",
    'we should break up the drive into two days',
    'we should split up and search both floors',
    "you'll never guess",
    'I should just leave early tomorrow',
    "I'm not answering my phone at the movies lol",
    "we're not doing it this year",
    "the color doesn't matter",
    'last chance to grab tickets before they sell out!',
    "you've been warned, the spicy wings are really spicy 🔥",
    'why do I even bother ironing this shirt lol',
    'talk to you soon',
  ])('%s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('found by the fresh set (kinds-h9-fresh.tsv), fixed by kind', () => {
  it.each([
    "I'm not gonna respond to that",
    "one more stupid lie and we're finished",
    "I'm sick of repeating myself to you",
    "what's even the point anymore",
    "I'm through with your games",
    'delete my number',
    'I should have dumped you',
    'if you leave now, dont bother coming back',
    "I'm not talking to you right now",
    "you did it again, after this I'm gone",
    'ok fine, do whatever you want',
  ])('%s', (text) => {
    expect(categories(text)).toContain('withdrawal');
  });

  it('passes countdowns, reasons, smiles and things finished', () => {
    for (const t of [
      "one more day and we're finished with the move",
      "I'm tired of talking about work, let's watch a movie",
      "I'm finished with the book, you can have it",
      "I'm done! finally submitted the thesis 🎉",
      "forget it, the bakery was closed anyway, we'll go tomorrow 🙂",
      "I'm not talking to you right now, I'm in a meeting",
      "I'm not gonna answer that, it's a surprise 😉",
      "if you're tired don't bother coming back to the office today",
      "don't lose my number!",
      "what's the point of this meeting?",
      "fine, do whatever you want with the car, I'm not using it",
    ])
      expect(flagged(t), t).toBe(false);
  });

  it('rewords "if you …, don\'t bother coming home" as the hurt, keeping the condition', () => {
    expect(first('if you go to that party tonight dont bother coming home')).toBe(
      "i'd feel really hurt if you go to that party tonight. can we talk about it?",
    );
  });
});

describe('more warm and practical messages near the new rules pass', () => {
  it.each([
    'I should just leave now, traffic is getting bad',
    'last chance! sale ends tonight',
    "you've been warned 😂",
    "I'm not answering your call because I'm driving",
    "never mind, it doesn't matter, we can get another one",
    "forget it, doesn't matter, I'll buy a new one",
    "we're not doing this again next year, too expensive",
    'lose my number, my new one is 555-1234',
    'whatever you want, babe 😘',
    "keep it up and you'll make the team!",
    "you'll never change my mind about pineapple pizza",
    'nothing I say matters to the landlord',
    "there's no point asking him, he never knows",
  ])('%s', (text) => {
    expect(flagged(text)).toBe(false);
  });
  it('still flags the bare forms', () => {
    for (const t of ['I should just leave now', 'Last chance.', "we're not discussing this ever again"])
      expect(categories(t), t).toContain('withdrawal');
  });
});

describe('the kinds set (tests/fixtures/corpus/kinds-h9*.tsv)', () => {
  const rows = kindsRows('kinds-h9.tsv', 'kinds-h9-fresh.tsv');
  it('flags nearly every hostile message and no more than one warm one in twenty', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
  });
  it('offers a rewording for every finding, and the first rewording reads clean', () => {
    for (const r of rows.filter((x) => x.label === 'F')) {
      const a = analyze(r.text);
      if (!a.flagged) continue;
      for (const f of a.findings) expect(f.suggestions.length, `${r.text} (${f.rule})`).toBeGreaterThan(0);
      expect(flagged(first(r.text)), `${r.text} → ${first(r.text)}`).toBe(false);
    }
  });
});
