import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';
import { categories, flagged, kind, kindsFigures, kindsRows, rewordsClean } from './kinds';

describe('an outcome gone wrong, linked to what they did', () => {
  it.each([
    ["we missed the train because you couldn't get out of bed"],
    ["I'm late again since you took the car"],
    ['the whole night was ruined cos you had to start a fight'],
    ['i missed my bus cuz u wouldnt move ur car'],
    ["we lost the flat because you've forgotten to send the form"],
    ["because you took the car, I'm late again"],
  ])('%s', (text) => {
    expect(categories(text)).toContain('blame');
    rewordsClean(text);
  });
  it('keeps what happened and says how it landed', () => {
    expect(rewrite("we missed the train because you couldn't get out of bed").text).toBe(
      "we missed the train, and i'm upset about it",
    );
    expect(rewrite("I'm late again since you took the car").text).toBe(
      "I'm late again, and I'm upset about it",
    );
  });
  it.each([
    ['we made it on time because you drove, thank you!!'],
    ['because you asked so nicely, here is the recipe'],
    ["I'm late because the bus broke down"],
    ["it's my fault we missed it, sorry"],
    ['You should be banned because you have a bad taste.'],
    ["we left the party early because you were feeling sick, hope you're ok"],
    ['I missed the bus because you called, no big deal'],
    ["we lost the match because you weren't there, we missed you"],
  ])('passes %s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

kind(
  'the counterfactual, read by its polarity',
  'blame',
  [
    "if you hadn't opened your mouth we'd be fine",
    "I wouldn't be in this mess if it weren't for you",
    "none of this would have happened if you'd kept your mouth shut",
    'i would have passed if it wasnt for you',
    "we'd still have the deposit if you had read the contract",
  ],
  [
    "if you hadn't called I'd have missed it, you're a lifesaver",
    "if you'd like to come we'd love to have you",
    'if you had told me I would have brought snacks',
    "if it weren't for you I'd never have found this job",
    'if you had been there we would have had so much fun',
  ],
);

kind(
  'the other person as the agent of a loss',
  'blame',
  [
    'you cost us the deposit',
    "you've cost me my job",
    'you lost us the house',
    'you blew our only chance',
    "look at the mess you've caused",
    'you had one job',
  ],
  [
    'you cost me a fortune in chocolate lol',
    'you cost us a lot less than I expected',
    'you lost me at step two',
    'you lost us? we are by the fountain',
    'look at the cake you made!',
    'you had one job and you nailed it 😂',
  ],
);

kind(
  'bitter lines after the fact',
  'blame',
  [
    "I hope you're happy now",
    'happy now?',
    'u happy now??',
    'you left me no choice',
    "you've given me no choice",
    'are you proud of yourself?',
    'hope you are satisfied',
  ],
  [
    'I hope you are happy with the new flat!',
    "I hope you're happy now that you've moved",
    'happy now? 😂',
    'happy now? i finally fixed the sink',
    'are you proud of yourselves? you should be',
    'you left me no choice but to love you',
    'see what you did there lol',
  ],
);

kind(
  'the case built from history',
  'absolutes',
  ['this is the third time this week', "you've been like this since we met"],
  [
    "this is the third time this week I've made pasta lol",
    "you've been like this since we met, always so kind",
  ],
);

describe('rewordings of the new shapes read clean', () => {
  it.each([
    ['you cost us the deposit', "i'm upset that we lost the deposit"],
    ['u happy now??', "i'm not okay with how this went."],
  ])('%s', (text, want) => {
    expect(rewrite(text).text).toBe(want);
    rewordsClean(text);
  });
  it.each([["I hope you're happy now"], ['you left me no choice'], ['this is the third time this week']])(
    '%s',
    (text) => {
      rewordsClean(text);
    },
  );
});

describe('the kinds set of this round', () => {
  const rows = kindsRows('kinds-h22.tsv');
  it('flags nearly every hostile message and few warm ones', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.93);
    expect(falseAlarms).toBeLessThanOrEqual(0.04);
  });
});

describe('"on you" before a clause of its own', () => {
  it('flags "this is all on you and you know it", not "it\'s on you and me now"', () => {
    const cats = (t: string) => analyze(t, { sensitivity: 'balanced' }).findings.map((f) => f.category);
    expect(cats('this is all on you and you know it')).toContain('blame');
    expect(cats('this one is on you and you alone')).toContain('blame');
    expect(cats("it's on you and me now")).toEqual([]);
    expect(cats('drinks are on you and you know it lol')).toEqual([]);
  });
});
