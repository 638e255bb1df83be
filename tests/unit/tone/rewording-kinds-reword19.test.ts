/**
 * Rewording kinds of the nineteenth rewording round: "what in the fuck"; "fucking" as the verb; a
 * swear called at "you" alone; brackets and quotes kept when a question is reworded in the
 * person's words; "knee-jerk"; "shit on" as a passive verb; a label whose noun goes, leaving its
 * describing words; a noun phrase of degree before "stupid"; "the kind of stupid"; a group named by
 * a swear after "the"; a name's possessive and "ass"; "idiots, the lot of you"; initials kept in
 * capitals. Examples written for these tests, with warm look-alikes that stay clean.
 */
import { describe, expect, it } from 'vitest';
import { flagged, rewordingCases } from './kinds';

const cases = rewordingCases;

describe('"what in the fuck", "why in the hell": "in" goes with "the X"', () => {
  cases([
    ['what in the fuck are you doing', 'what are you doing'],
    ['Where in the fuck are my keys?', 'Where are my keys?'],
    ['who in the hell told you that', 'who told you that'],
    ['what in the hell is this', 'what is this'],
  ]);
});

describe('"fucking" as the verb, not a word that heats the next: "having sex"', () => {
  cases([
    [
      'they were fucking all night and the neighbours heard',
      'they were having sex all night and the neighbours heard',
    ],
    ['we caught them fucking in the car', 'we caught them having sex in the car'],
    ['are those two fucking?', 'are those two having sex?'],
    ['he was fucking and I walked in on them', 'he was having sex and I walked in on them'],
    // Before a describing word it still only heats it, and goes.
    ['they were fucking annoying all night', 'they were annoying all night'],
    ['they are fucking in trouble now', 'they are in trouble now'],
    ['we were fucking tired all night', 'we were tired all night'],
  ]);
});

describe('a swear called at "you" alone: "you" goes with it, or what the person felt', () => {
  cases([
    ['you fucks!', "i'm really upset with you right now."],
    ['get out of here you fucks!', 'get out of here!'],
    ['get out of here you little shits', 'get out of here'],
    ['ok you fucks, dinner is ready', 'ok, dinner is ready'],
  ]);
});

describe('a question reworded in the person’s words keeps the brackets and quotes they closed', () => {
  cases([
    [
      "what's wrong with calling it [the fix]?",
      'could you tell me what concerns you about calling it [the fix]?',
    ],
    [
      'Any reason you didn’t read the notes (page 4)?',
      'I noticed you didn’t read the notes (page 4). Can we talk about it?',
    ],
    ['what is wrong with saying "thanks"?', 'could you tell me what concerns you about saying "thanks"?'],
  ]);
});

describe('"knee-jerk", "circle-jerk": the compound names no one; a plain word for it', () => {
  cases([
    ['that was such a knee-jerk reaction', 'that was such a hasty reaction'],
    ['your knee-jerk reverting has to stop', 'your hasty reverting has to stop'],
  ]);
});

describe('"shit on" as a passive verb: "dumped on"', () => {
  cases([
    ['I got shit on by my boss today', 'I got dumped on by my boss today'],
    ['she was shit on by everyone at work', 'she was dumped on by everyone at work'],
    ["i'm tired of being shit on", "i'm tired of being dumped on"],
    ['after shit on like that, anyone would quit', 'after being dumped on like that, anyone would quit'],
  ]);
});

describe('a label whose noun goes never leaves its describing words without it', () => {
  cases([
    ['your a complete and utter fucking moron', 'your a complete and utter pain'],
    ["she's a complete and utter bitch", "she's a complete and utter pain"],
    ['what a complete and utter bitch', 'what a complete and utter pain'],
    ['your a stupid and lazy idiot', 'your out of line'],
    ['he is a lazy, useless idiot', 'he is out of line'],
  ]);
});

describe('a noun phrase that says how much before "stupid": the degree said plainly', () => {
  cases([
    ['that was next level stupid', 'that was really misguided'],
    ["that's flat earth dumb", "that's really misguided"],
    ['your plan is galaxy brain stupid', 'your plan is really misguided'],
  ]);
});

describe('"the kind of stupid": the kind of a thing', () => {
  cases([
    ['that is the kind of stupid i expect from him', 'that is the kind of thing i expect from him'],
    ['this is the sort of dumb that gets people hurt', 'this is the sort of thing that gets people hurt'],
  ]);
});

describe('a group named by a swear after "the", wherever it stands: "the rude people"', () => {
  cases([
    ['we have to let even the assholes speak', 'we have to let even the rude people speak'],
    ['ignore the assholes and keep going', 'ignore the rude people and keep going'],
    ['the bastards raised the rent again', 'the rude people raised the rent again'],
  ]);
});

describe('a name’s possessive with "ass" at the end of a clause: the name', () => {
  cases([
    ["why do you still hang out with kevin's lazy ass", 'why do you still hang out with kevin'],
    ["i'm done with mark's sorry ass", "i'm done with mark"],
  ]);
});

describe('"idiots, the lot of you": what was said of them all, plainly', () => {
  cases([
    ['idiots the lot of you if you believe that', "you're all mistaken if you believe that"],
    ['Idiots, every one of you.', "You're all mistaken."],
    ['fucking cowards the lot of you', "you're all out of line"],
  ]);
});

describe('two capitals that spell no word are initials, kept in a rewording', () => {
  cases([
    ['Are you really saying that DJ got it wrong?', 'Just to check, are you saying that DJ got it wrong?'],
    ['Are you really saying that HD got it wrong?', 'Just to check, are you saying that HD got it wrong?'],
  ]);
});

describe('warm look-alikes of these kinds stay clean', () => {
  it.each([
    'we were having sex and the neighbours heard, so embarrassing haha',
    'thanks, the lot of you ❤️',
    'love you all, every one of you',
    'the kind of cake i expect from him is chocolate',
    "my sister's lazy cat is still asleep",
    'that was next level good',
    'what in the world are you doing? come sit with us',
    'a complete and utter delight, thank you',
  ])('passes "%s"', (text) => {
    expect(flagged(text)).toBe(false);
  });
});
