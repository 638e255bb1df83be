import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { categories, first, flagged, kindsFigures, kindsRows } from './kinds';

describe('blame beyond "you make me": the effect, the facts kept', () => {
  it.each([
    ["way to go, you've wrecked the whole trip", "i'm really disappointed about how the whole trip went"],
    [
      'You messed everything up and now I have to fix it',
      'Everything got messed up and now I have to fix it',
    ],
    ['you screwed up the booking and we lost the table', 'the booking got messed up and we lost the table'],
    ['if you had just listened to me this wouldnt have happened', 'i wish you had listened to me'],
    ['the ferry left without us because of you', "the ferry left without us, and i'm really upset about it"],
    ['this whole mess is on you', "i'm upset about this whole mess"],
    [
      'all because you couldnt be bothered to check the time',
      "i'm upset that you couldnt be bothered to check the time",
    ],
    ['you blew it, we had one chance', 'it fell through, we had one chance'],
  ])('%s → %s', (text, want) => {
    expect(categories(text)).toContain('blame');
    expect(first(text)).toBe(want);
  });

  it('flags "you did this." standing as a charge, and "you started it so…"', () => {
    expect(categories('You did this.')).toContain('blame');
    expect(categories('you started it so dont act innocent')).toContain('blame');
  });

  it('passes praise, turn-taking, questions and self-blame near the same words', () => {
    for (const t of [
      'you did this?! it is beautiful',
      'You did this. Thank you so much',
      'drinks are on you this round, I got the last one',
      "it's on you tonight? I paid last time",
      "it's all on you now, you've got this",
      "that's on me, I forgot to book it",
      'I ruined the cake, sorry guys',
      "you're the reason this team works so well",
      'you blew it out of the park at the recital',
      'if you had just told me I would have picked you up',
      'we won all because you scored that goal!',
      'have you ruined your shoes in the rain?',
      'you made such a mess of the birthday cake, the kids loved it',
    ])
      expect(flagged(t), t).toBe(false);
  });
});

describe('talking down: the content without the condescension', () => {
  it.each([
    ['as I already told you, the meeting is at 3', 'the meeting is at 3'],
    ['like I said before, the keys are on the hook', 'the keys are on the hook'],
    ["Obviously it's broken, that's why I'm calling", "It's broken, that's why I'm calling"],
    ['its not rocket science, just turn it off and on', 'just turn it off and on'],
    ['let me explain this again', 'let me explain this another way'],
    ["you just don't get it, do you", 'i think we see it differently'],
    ['think before you speak', 'please be careful with your words'],
  ])('%s → %s', (text, want) => {
    expect(categories(text)).toContain('talking-down');
    expect(first(text)).toBe(want);
  });

  it('flags lectures and refusals to repeat', () => {
    for (const t of [
      'you should know better at your age',
      'pay attention for once',
      'listen to me carefully',
      "I'm not going to repeat myself",
      'educate yourself before you comment',
      'do your research next time',
      'use your brain',
      'google it yourself',
      "you wouldn't understand anyway",
    ])
      expect(categories(t), t).toContain('talking-down');
  });

  it('passes warm and practical messages near the same words', () => {
    for (const t of [
      "obviously I'll come to your party",
      'obviously the dog stole the sandwich lol',
      'let me explain the plan for Saturday',
      "you should know that I'm proud of you",
      'pay attention to the road, love',
      'google it, the recipe is online',
      "as I told you yesterday, I'm so excited for the trip",
      'like I said, happy to help anytime',
      "it's not rocket science but it's really fun to build",
      'do your research on the hotels and pick whichever you like',
      "I'm not going to repeat the mistake I made last year",
      'think before you buy, the sale ends friday anyway',
      'listen to me very carefully, you are going to be fine',
      'you should know the results by friday',
    ])
      expect(flagged(t), t).toBe(false);
  });
});

describe('found by the fresh set (kinds-h10-fresh.tsv), fixed by kind', () => {
  it('a good word after "no" is a loss, not warmth', () => {
    expect(categories("you're the reason we have no friends left")).toContain('blame');
  });
  it('what went wrong may come before "thanks to you"', () => {
    expect(first('the trip was a mess thanks to you')).toBe(
      "the trip was a mess, and i'm really upset about it",
    );
  });
  it('a good word inside what was ruined is what was lost', () => {
    expect(categories('you ruined what should have been a lovely afternoon')).toContain('blame');
    expect(flagged('you ruined me for all other lasagna, this is incredible')).toBe(false);
  });
  it('an occasion went badly; a thing had something happen to it', () => {
    expect(first("you've wrecked my phone")).toBe("i'm really upset about what happened to my phone");
    expect(first("you've ruined the party")).toBe("i'm really disappointed about how the party went");
  });
  it('"know better than to X" keeps X; a hedge goes with the lecture', () => {
    expect(first('You should know better than to shout at the kids.')).toBe(
      "I'd rather you didn't shout at the kids.",
    );
    expect(first('perhaps educate yourself first')).toBe('it might help to read up on this first');
  });
  it('"pay attention when I\'m talking" is a lecture; a heart makes "look what you did" warm', () => {
    expect(categories("pay attention while I'm talking")).toContain('talking-down');
    expect(flagged('look what you did to my weekend plans, I love it ❤️')).toBe(false);
  });
});

describe('the kinds set (tests/fixtures/corpus/kinds-h10*.tsv)', () => {
  const rows = kindsRows('kinds-h10.tsv', 'kinds-h10-fresh.tsv');
  it('flags nearly every hostile message and no more than one warm one in twenty', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.85);
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
  });
  it('every suggestion of the hostile messages re-analyses clean', () => {
    for (const r of rows.filter((x) => x.label === 'F' && flagged(x.text))) {
      const out = first(r.text);
      expect(analyze(out).findings.length, `${r.text} → ${out}`).toBe(0);
    }
  });
});
