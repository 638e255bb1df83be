/**
 * Rewording kinds of rewording round 41 (session 30), read as the person receiving them:
 * a hedge of two words between the copula and a label ("quite frankly", "still", "just") no longer
 * leaves "a person" ("you are quite frankly wrong about this"); "is this guy an idiot or…?" asks
 * the plain claim; "no genius, more like an idiot" keeps its first half; a scornful partner label
 * after an adjective's claim goes with it ("is evil and a narcissistic manipulator" → "is out of
 * line"); a swear before the label goes with it ("youre misguided"), never a line about the
 * reader's upset; a crowd word ("a basket of", "a mob of") before a label after a copula is the
 * claim ("are out of line"); a label joined after "and the" goes where "the people" would be left
 * ("deport the democrats"); a "fuck off" closing a message about someone else goes, never "please
 * give me some space"; sayings with "ass" that "butt" would make literal ("got beaten badly", "on
 * my case", "sucked up to him"); made into a label ("making a fool of himself", "an ass out of
 * me") is being embarrassed ("embarrassing himself"), never "a person of himself"; advice for the
 * reader's own peace ("let it go", "move on", "stop worrying") is offered as advice, not asked as
 * a favour, when nothing of the writer's is at stake; "your drivel" at a clause's end is "your take",
 * a junk word before its noun goes ("your opinions"), "this trash" given something is "this person"
 * (each had no rewording in its place, so analyze dropped what detect marked: detect-agrees 17 → 14).
 * Examples written for these tests, in several registers (close relationships, work, strangers online).
 * Older tests whose expected rewording changed (deliberate improvements): kinds-s7 ('we got our
 * ass handed to us' now 'we got beaten badly'), rewording-kinds-h22 ('i hope i dont make an ass
 * out of myself.' now 'i hope i dont embarrass myself.').
 */
import { describe, expect, it } from 'vitest';
import { flagged, rewordingCases } from './kinds';

const cases = rewordingCases;

describe('a hedge between the copula and the label: the claim, never "a person"', () => {
  cases([
    ['you are quite frankly an idiot', 'you are quite frankly wrong about this'],
    ['honestly your just a loser', 'honestly your just wrong'],
    ['he is quite simply a moron', 'he is quite simply wrong about this'],
    ['my brother is quite frankly an immature jerk', 'my brother is quite frankly out of line'],
    ['she was still a jerk about it', 'she was still out of line about it'],
  ]);
});

describe("a partner label after an adjective's claim goes with it", () => {
  cases([
    ['trump is evil and a narcissistic manipulator.', 'trump is out of line.'],
    ['my landlord is evil and a liar', 'my landlord is out of line'],
    // Not scornful: it stays.
    ['he is lazy and a terrible cook.', 'he is lazy and a terrible cook.'],
  ]);
});

describe('"is this guy an idiot or…?": the question asks the plain claim', () => {
  cases([
    [
      'is this guy an idiot or does he just play one on tv?',
      'is this guy out of line or does he just play one on tv?',
    ],
    ['is your boss a moron or something?', 'is your boss out of line or something?'],
    ['is that referee a clown or what?', 'is that referee out of line or what?'],
  ]);
});

describe('"no genius, more like an idiot": the second half only says the label again', () => {
  cases([
    ['he is no genius, more like an idiot', 'he is no genius'],
    ['she is not a leader, more of a clown.', 'she is not a leader.'],
    ['that was not a coach, more like a buffoon!', 'that was not a coach!'],
  ]);
});

describe('a swear before a label in a clause of its own goes with it', () => {
  cases([
    // A label wondered about is asked plainly since session 41 (rewording-kinds-reword41-s41).
    ['i was just wondering if youre fucking retarded.', 'i was just wondering why you see it that way.'],
    ['i think you are freaking stupid', 'i think you are misguided'],
    ['sometimes i wonder if you are bloody stupid', 'sometimes i wonder why you see it that way'],
  ]);
});

describe('a label joined after "and the": it goes where "the people" would be left', () => {
  cases([
    ['deport the democrats and the snowflakes', 'deport the democrats'],
    [
      'the mods and the trolls ruined this forum',
      'the mods and the people stirring up trouble ruined this forum',
    ],
    // A trait word keeps who is meant.
    ['vote out the senators and the clowns', 'vote out the senators and the misguided people'],
    ['the cops and the jerks', 'the cops and the rude people'],
  ]);
});

describe('a crowd word before a label after a copula: the claim, never "a basket of people"', () => {
  cases([
    ['trump supporters are a basket of deplorables.', 'trump supporters are out of line.'],
    ['his whole family is a mob of morons', 'his whole family is wrong about this'],
    ['the comment section is a horde of clowns', 'the comment section is out of line'],
  ]);
});

describe('made into a label ("making a fool of himself"): being embarrassed', () => {
  cases([
    ['he is making a fool of himself', 'he is embarrassing himself'],
    ['stop making an ass of yourself', 'stop embarrassing yourself'],
    ['he made a complete fool of himself at the party', 'he embarrassed himself at the party'],
    ['is somebody making an ass out of u and me?', 'is somebody embarrassing u and me?'],
  ]);
});

describe('"fuck off" closing a message about someone else goes', () => {
  cases([
    [
      'she just posts selfies for attention while acting superior to everyone. fuck off',
      'she just posts selfies for attention while acting superior to everyone.',
    ],
    ['that guy keeps lying about his taxes, fuck off', 'that guy keeps lying about his taxes'],
    ['he told me to wait another week. just fuck off', 'he told me to wait another week.'],
    // Said to the reader, it still asks for space.
    ['fuck off', 'please give me some space'],
    ['you read my texts again. fuck off', 'you read my texts again. please give me some space'],
  ]);
});

describe('sayings with "ass" that "butt" would make literal', () => {
  cases([
    ['the falcons got their asses handed to them', 'the falcons got beaten badly'],
    ['we got our ass handed to us last night', 'we got beaten badly last night'],
    ['my mom is up my ass about the dishes', 'my mom is on my case about the dishes'],
    [
      'she kissed his ass all year to get that promotion',
      'she sucked up to him all year to get that promotion',
    ],
    ['he is kissing her ass again', 'he is sucking up to her again'],
  ]);
});

describe('advice for the reader’s own peace is offered as advice', () => {
  cases([
    ['you have to let it go', 'it might help to let it go'],
    ['you need to move on, she doesn’t deserve you', 'it might help to move on, she doesn’t deserve you'],
    [
      'honestly you need to stop worrying so much about what they think',
      'honestly it might help to stop worrying so much about what they think',
    ],
    // The writer's own stake, or impatience: a request still.
    ['you need to let it go, you are driving me crazy', 'could you let it go? i get really frustrated'],
    ['You need to let it go already.', "I'd really appreciate it if you'd let it go already."],
    ['you need to move on and stop bringing up my ex', 'could you move on and stop bringing up my ex?'],
  ]);
});

describe('a junk word for what someone said or for someone: a rewording in its place', () => {
  cases([
    ['nobody wants to read your drivel', 'nobody wants to read your take'],
    ['i am so sick of his rubbish.', 'i am so sick of his take.'],
    [
      'Keep your trash opinions to yourself and shut up',
      'Keep your opinions to yourself and leave it at that',
    ],
    ['he keeps sharing his trash opinions online', 'he keeps sharing his opinions online'],
    [
      'and his fans gave this trash the keys to the city.',
      'and his fans gave this person the keys to the city.',
    ],
  ]);
});

describe('warm near-twins pass clean', () => {
  it.each([
    'he is quite frankly a genius',
    'you are honestly just the best',
    'is this guy a genius or what',
    'not a chef, more like an artist',
    'the fans and the players were amazing',
    'we got our asses to the gym at six lol',
    'you have to let it go, he was never worth your time.',
  ])('%s', (text) => {
    expect(flagged(text)).toBe(false);
  });
});
