import { describe, expect, it } from 'vitest';
import { isPastForm } from '../../../lib/tone/grammar';
import { categories, first, flagged, kindsFigures, kindsRows } from './kinds';

describe('"you made me <any verb>": the facts in the first person', () => {
  it.each([
    ['you made me burn the rice', "i burned the rice, and i'm upset about it"],
    ['You made me waste a whole afternoon.', "I wasted a whole afternoon, and I'm upset about it."],
    ['You made me late for my interview', "I was late for my interview, and I'm upset about it"],
    ['you make me late every single morning', 'i end up late every single morning'],
    [
      "you made me pay for the tickets and then didn't pay me back",
      "i paid for the tickets and then you didn't pay me back",
    ],
    ['you made me skip lunch lol thanks', "i skipped lunch, and i'm upset about it lol thanks"],
    [
      'You made me sell my car and now we have no way to get around',
      'I sold my car and now we have no way to get around',
    ],
  ])('%s → %s', (text, want) => {
    expect(categories(text)).toContain('blame');
    expect(first(text)).toBe(want);
  });

  it('reads short verbs and "do" with an object when something bad is in it', () => {
    expect(first('you made me go to that awful dinner')).toBe(
      "i went to that awful dinner, and i'm upset about it",
    );
    expect(first('you made me do all the packing')).toBe("i did all the packing, and i'm upset about it");
    expect(first('you made me move across town and now you want to leave')).toBe(
      'i moved across town and now you want to leave',
    );
  });

  it('keeps a feeling-like verb with its object as a verb ("waste my …"), and adjectives as feelings', () => {
    expect(first('you made me waste my savings')).toBe("i wasted my savings, and i'm upset about it");
    expect(first('you made me so angry')).not.toMatch(/angered|angrying/);
  });

  it('passes warm tears and warm things made', () => {
    for (const t of [
      'you made me cry happy tears at the wedding',
      'you made me tea and it was lovely',
      'you make me want to sing',
      'you make me feel at ease',
      'you made me go to the climbing gym and I love it now',
      'you made me step out of my comfort zone, thank you',
      'you made me go',
    ])
      expect(flagged(t), t).toBe(false);
  });
});

describe('blame that tells what happened keeps it', () => {
  it.each([
    ["it's your fault we missed the ferry", "we missed the ferry, and i'm really upset about it"],
    ['Because of you I failed my driving test.', "I failed my driving test, and I'm really upset about it."],
    ["it's your fault I'm stuck at the station", "I'm stuck at the station, and I'm really upset about it"],
  ])('%s → %s', (text, want) => {
    expect(first(text)).toBe(want);
  });
  it('knows past forms', () => {
    expect(['missed', 'lost', 'broke', 'failed'].every(isPastForm)).toBe(true);
    expect(['need', 'speed', 'miss', 'lose'].some(isPastForm)).toBe(false);
  });
});

describe('absolutes without always/never', () => {
  it.each([
    ['each and every time I call, you hang up', 'Lately, when I call, you hang up'],
    ['Every single time we visit my parents you sulk', 'Lately, when we visit my parents you sulk'],
    ['not once did you thank my mother', "you didn't thank my mother"],
    ['Not once have you offered to drive', "You haven't offered to drive"],
    ['so typical of you to forget the keys', 'it bothers me when you forget the keys'],
    ['classic you, leaving the lights on', "it feels like you're leaving the lights on"],
  ])('%s → %s', (text, want) => {
    expect(categories(text)).toContain('absolutes');
    expect(first(text)).toBe(want);
  });

  it('"never once" goes with "never"', () => {
    expect(first('you never once called my mom')).not.toMatch(/\bonce\b/);
  });

  it('"for once in your life" goes whole', () => {
    expect(first('for once in your life, listen to me')).not.toMatch(/in your life/);
  });

  it('passes warm, practical and self-told uses', () => {
    for (const t of [
      'every single time I bake this cake I think of you',
      'please wipe the counter every time you cook',
      'remember to feed the cat every time you leave for work',
      'you always make my week',
      'you always make me laugh',
      'not once did you complain, you are a star',
      'typical of you to think of everyone first, thank you',
      'every time you call I get so happy',
    ])
      expect(flagged(t), t).toBe(false);
  });
});

describe('found by the fresh set (kinds-h6-fresh.tsv), fixed by kind', () => {
  it('not once saying sorry is a charge', () => {
    expect(first('not once have you apologised to my sister')).toBe("you haven't apologised to my sister");
  });
  it('passes praise: a negated "did you make me", praise words AFINN lacks, own news in capitals', () => {
    for (const t of [
      'never did you make me feel unwelcome here',
      'you always brighten the room',
      'as usual the soup was incredible',
      'I PASSED MY DRIVING TEST!!!',
    ])
      expect(flagged(t), t).toBe(false);
    expect(categories("I CAN'T STAND THIS!!!")).toContain('heat');
  });
});

describe('heat carried by punctuation alone', () => {
  it('a shouted word with mixed marks cools with them', () => {
    expect(categories('WHY?!')).toContain('heat');
    expect(first('WHY?!')).toBe('Why?');
  });
  it('a short follow-up of a heated run cools too', () => {
    expect(first('Tonight?!?! seriously??')).toBe('Tonight? seriously?');
  });
  it('passes surprise in a warm message and sincere questions', () => {
    for (const t of ['WHAT?! you got the job, congrats!!', 'is the train on time???', 'HAPPY NEW YEAR!!!'])
      expect(flagged(t), t).toBe(false);
  });
});

describe('the kinds set (tests/fixtures/corpus/kinds-h6*.tsv)', () => {
  const rows = kindsRows('kinds-h6.tsv', 'kinds-h6-fresh.tsv');
  it('flags nearly every hostile message and no more than one warm one in forty', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
  });
});
