/**
 * Kinds of the h-gen4 round (contempt, talking down, heat without insult words, and their warm
 * look-alikes), each with sentences written for these tests, not taken from any fresh or fixture set.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';

const cats = (text: string) => analyze(text).findings.map((f) => f.category);

function hostile(cases: string[], category: string) {
  it.each(cases)(`%s is ${category}`, (text) => {
    expect(cats(text), text).toContain(category);
  });
}

function warm(cases: string[]) {
  it.each(cases)('%s passes', (text) => {
    expect(analyze(text).flagged, text).toBe(false);
  });
}

describe('a person summed up as a failure, with a modifier or in an exclamation', () => {
  hostile(
    [
      "you're an absolute catastrophe, honestly",
      "honestly you're a complete letdown",
      'he is such a total embarrassment',
      'what a disgrace you are',
    ],
    'contempt',
  );
  warm([
    "you're a total mess lol, come here",
    "you're a pain killer of a friend lol",
    'this week has been a total disaster, send snacks',
  ]);
});

describe('wit aimed at a mind', () => {
  hostile(
    ['you have the attention span of a fruit fly', 'anybody with two brain cells would see it'],
    'contempt',
  );
  warm(['i have the memory of a goldfish today lol', 'the brain of an octopus is so cool']);
});

describe('"how are you this <fault>?"', () => {
  hostile(['how are you this careless with money', 'how can you be so selfish'], 'contempt');
  warm(['how are you so good at chess??', 'how are you this calm before exams']);
});

describe('mock belief, mock welcome and mock awards', () => {
  hostile(
    [
      'pfft, like you would ever notice',
      "oh right, because you're such a saint",
      'well look who finally remembered my number',
      'someone get her a trophy for loading the dishwasher',
      'do you want a gold star for showing up?',
      'only you could burn instant noodles',
      'imagine forgetting your own anniversary',
    ],
    'contempt',
  );
  warm([
    'you deserve a medal for putting up with my snoring',
    'only you could make a tuesday this fun',
    'imagine being this happy on a monday 😍',
    "i picked you because you're such a thoughtful friend",
  ]);
});

describe('praise, then something sour said to someone', () => {
  hostile(
    [
      'oh brilliant, you lost the remote again',
      'fantastic, you took my charger again',
      'wonderful, you were "working" till midnight',
      'superb, another lovely email from the landlord 🙄',
    ],
    'contempt',
  );
  warm([
    'great, see you at the station at 8',
    'perfect, you booked the same cabin again, thank you!!',
    'brilliant, I locked myself out again lol',
    'nice, you beat my score again haha',
  ]);
});

describe('ironic thanks and sarcastic quotes', () => {
  hostile(
    ['thanks a bunch for contributing absolutely nothing', 'oh lovely, you were "sick" again'],
    'contempt',
  );
  warm(['thanks for doing the dishes, means a lot', 'the sign literally says "closed" lol']);
});

describe('talking down: capacity, age and help refused', () => {
  hostile(
    [
      "you can't handle the truth about this job",
      "you're too naive to get it",
      "you'll get it once you're a parent",
      "i'm not here to babysit you",
      'grow a thicker skin, it was a joke',
      "come back when you're ready to be reasonable",
      "just do as you're told",
      'leave the planning to people who know what they are doing',
      'the grown-ups are busy',
    ],
    'talking-down',
  );
  warm([
    "if you can't handle it alone, tell me and i'll come",
    "you were too young to know, it wasn't your fault",
    "you'll get it when you taste it, it's so good",
    'can you babysit on friday? kids adore you',
    "i'll hold your hand through the whole thing ❤️",
    'grow up big and strong, little one',
    'calm down on the coffee, you were jittery all day',
  ]);
});

describe('heat: intimidation and dares', () => {
  hostile(
    ["last time i'm asking, where is my jacket", 'do NOT test me tonight', "don't push me today"],
    'heat',
  );
  warm([
    "we could walk or i'll call a cab, your choice",
    'watch your step, the deck is slippery',
    "you'll regret it if you skip the dessert here, trust me",
    'i dare you to try the extra hot wings lol',
  ]);
  hostile(
    ["if you're late again you're off the team", "give me the keys back or i'm calling the police"],
    'withdrawal',
  );
  it.each([
    'say that again, i dare you',
    'touch my bike again, i dare you',
    'watch your mouth when you talk to my mom',
  ])('%s is flagged', (text) => {
    expect(analyze(text).flagged).toBe(true);
  });
});

describe('swearing as a cheer, in sympathy, or in a command', () => {
  warm([
    'holy shit, congrats on the new job!!',
    'fuck yes, best news all week!!!',
    "oh no i'm so sorry, that really sucks",
    'holy crap, the best pizza in town!!',
  ]);
  hostile(['pick up this crap right now'], 'heat');
  it('a cheer word does not soften an insult', () => {
    expect(analyze('holy shit you are useless!!').flagged).toBe(true);
  });
});

describe('excited capitals with a cheer', () => {
  warm(['YAY!!! SEE YOU TOMORROW', 'WOOHOO!! THE BABY IS HERE', "LET'S GO!!! BACK TO BACK CHAMPS"]);
  it('a shouted charge with "yes" in it stays heated', () => {
    expect(cats('WHY ARE YOU LIKE THIS!!! YES YOU')).toContain('heat');
  });
});

describe('a label word that intensifies praise, and a vocative after a cheer', () => {
  warm(["you're insanely gifted", "you're gonna smash that audition, einstein"]);
  hostile(["you're crazy selfish"], 'contempt');
});
