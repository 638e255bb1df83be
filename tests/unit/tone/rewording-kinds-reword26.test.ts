/**
 * Rewording kinds of the twenty-sixth rewording round: a superlative insult inside a noun phrase
 * ("one of the dumbest ideas") keeps its judgment; a name called after an order and its object
 * ("read the manual idiot") goes; teasing between friends (laughter, 😂, a stretched cheer) stays
 * light; "how dare you …?" keeps what they did; a label followed by what the writer wants
 * ("… and you need to stay away") keeps the point; a swear called between two short orders goes.
 * Examples written for these tests, with warm look-alikes that stay clean.
 */
import { describe, expect, it } from 'vitest';
import { first, flagged, rewordingCases } from './kinds';

const cases = rewordingCases;

describe('a superlative insult inside a noun phrase keeps its judgment, never "one of the ideas"', () => {
  cases([
    [
      'that was one of the dumbest ideas anyone has had this year',
      'that was one of the worst ideas anyone has had this year',
    ],
    [
      'honestly the stupidest thing you could say right now',
      'honestly the worst thing you could say right now',
    ],
    ['the dumbest move you could make', 'the worst move you could make'],
    // Of what was said: "the worst take" is a jeer of its own; "least convincing" is not.
    ['this is the dumbest take in the group chat', 'this is the least convincing take in the group chat'],
    // Of people: the judgment, without the label.
    ['the dumbest guy in the room', 'the least sensible guy in the room'],
  ]);
});

describe('a name called after an order and its object goes, never "read the person"', () => {
  cases([
    ['fix the sink idiot', 'fix the sink'],
    ['learn the rules moron lol', 'learn the rules lol'],
    ['check your inbox idiot', 'check your inbox'],
  ]);
  it('a label that is the object stays a person ("find the idiot" names who)', () => {
    expect(first('find the idiot who parked here')).not.toMatch(/\bfind the (?:who|parked)\b/);
  });
});

describe('teasing between friends stays light: the swear goes, the joke and the laughter stay', () => {
  cases([
    ['you silly looking ass lol', 'you silly looking thing lol'],
    ['you goofy ass 😂', 'you goofy thing 😂'],
    ['yaaaa bitch!! we won', 'yaaaa!! we won'],
    // "fuck you pay me": a curse then an order; "you pay me" alone would read as a claim.
    ['fuck you give me my charger back lol', 'give me my charger back lol'],
    // A curse said laughing goes; the rest and the laugh stay.
    ['hahaha fuck you, you beat me again', 'hahaha you beat me again'],
    ['Fuck you, you took the last cookie 😂', 'You took the last cookie 😂'],
    ['fuck you haha', 'haha'],
    ['wow fuck you lmao i wanted that seat', 'wow lmao i wanted that seat'],
    // With an insult among the words, the tease goes whole and the laugh stays.
    ['you ugly looking ass lol', 'lol'],
    ['you absolute clown 😂', '😂'],
  ]);
  it('keeps a curse said in earnest an I-statement, with no laugh', () => {
    expect(first('fuck you')).toMatch(/angry/);
  });
  it('never turns a laughing tease into a heavy feeling line', () => {
    expect(first('you weird looking ass haha')).not.toMatch(/upset|angry|frustrated/);
  });
});

describe('"how dare you …?" keeps what they did, said as the writer’s hurt', () => {
  cases([
    ['how dare you tell my boss about it?', "i'm really hurt that you'd tell my boss about it."],
    ['How dare you read my diary?!', "I'm really hurt that you'd read my diary."],
  ]);
  it('keeps a bare "how dare you?" whole', () => {
    expect(first('how dare you?')).toBe("i'm really hurt by this.");
  });
});

describe('a label with what the writer wants joined after it: the point survives', () => {
  cases([
    [
      'you are a predator and you need to stay away from my sister',
      'i feel really unsafe around you right now, and you need to stay away from my sister',
    ],
    [
      'you are a creep and should stay away from her',
      'i feel really uncomfortable around you right now, and you should stay away from her',
    ],
  ]);
  it('"… and you know it" speaks of the label and goes with it', () => {
    expect(first("you're a jerk and you know it")).not.toMatch(/you know it/);
  });
});

describe('a swear called between two short orders goes, and a comma parts them', () => {
  cases([
    ['move bitch get out of my seat', 'move, get out of my seat'],
    ['wait bitch let me finish', 'wait, let me finish'],
    ['run bitch the cops are here', 'run, the cops are here'],
  ]);
  it('keeps "bitch" as a verb ("she bitched me out") a verb', () => {
    expect(first('she bitched me out for being late')).toMatch(/chewed me out/);
  });
});

describe('warm look-alikes stay clean', () => {
  it.each([
    'read the manual first, it helps a lot',
    'you goofy thing 😂 love you',
    'yaaaa we won!! so proud of you',
    'wait, let me finish my coffee',
  ])('passes "%s"', (text) => {
    expect(flagged(text)).toBe(false);
  });
});

describe('"her sisters stupidity": whose it is stays when the word is said plainly', () => {
  cases([
    ['we all paid for my cousins stupidity', 'we all paid for my cousins poor judgment'],
    [
      "the team lost because of his brother's stupidity",
      "the team lost because of his brother's poor judgment",
    ],
  ]);
});

describe('a describing insult said last after an order goes, never swapped for another word', () => {
  cases([
    ['look that up stupid', 'look that up'],
    ['figure it out dumb', 'figure it out'],
  ]);
  it('keeps "straight up dumb" a degree, not an address', () => {
    expect(first('that plan was straight up dumb')).not.toBe('that plan was straight up');
  });
});
