/**
 * Rewording kinds of rewording round 41 (session 41), read from random rewordings of the external
 * development sets as the person receiving them would: a question whose whole point is a label
 * ("are you just a bitter loser?") kept its sting with a milder word, or said nothing ("are you a
 * person or what", "are you really this much of a person?", "are?", "are they all people over
 * there?"); it is asked plainly instead. A label wondered about ("i was just wondering if you're an
 * idiot") is what they think, asked plainly. What someone can't stand, named by a label with a
 * describing word ("this arrogant jerk"), is the describing word's noun ("this arrogance"), not
 * "this person". Not wanting to talk "anymore" / "no more", with names after it, keeps the
 * person's own words for now ("…right now!") where a line of ours replaced the whole message. A
 * likeness to a child or an animal ("you eat like a pig") is said by what it mocks, as a mocking
 * likeness is.
 * Examples written for these tests. (rewording-kinds-reword41.test.ts is session 30's round 41.)
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('a question whose whole point is a label: asked plainly', () => {
  cases([
    ['are you just a bitter old loser?', "is something going on? i'd like to understand."],
    ['are you really this much of a moron?', "did i miss something? i'm confused."],
    ['so are you an actual idiot or what', "did i miss something? i'm confused"],
    ['are u just a troll', "is something going on? i'd like to understand"],
    ['are you always this much of a jerk?', "is something going on? i'd like to understand."],
    ['are you a liar or just confused?', "i don't think that's true."],
    ['Are you really such a coward?', "Is something going on? I'd like to understand."],
    ['lol are you a complete and utter moron', "did i miss something? i'm confused"],
    ['are you guys idiots?', "did i miss something? i'm confused."],
    ['are you just a bitter old loser, Dave?', "Is something going on, Dave? I'd like to understand."],
  ]);
  it.each([
    'are you just a bitter old loser?',
    'are you really this much of a moron?',
    'are you guys idiots?',
    'honestly are you a complete idiot or just pretending',
  ])('never leaves "person" nor a bare "are" in %s', (text) => {
    const out = rewrite(text).text;
    expect(out).not.toMatch(/\bperson\b|^are\?/);
    expect(analyze(out).flagged).toBe(false);
  });
  it('leaves a label about someone with the reader alone ("are you with those idiots?")', () => {
    expect(rewrite('are you with those idiots?').text).toBe('are you with them?');
  });
  it('passes a sincere question clean', () => {
    expect(analyze('are you a teacher?').flagged).toBe(false);
  });
});

describe('a label asked of a group: the claim asked plainly, never "people"', () => {
  cases([
    ['are they all idiots over there?', 'are they all wrong about this over there?'],
    ['are they all morons or what', 'are they all wrong about this or what'],
    ['are they all lazy losers?', 'are they all out of line?'],
  ]);
  it('passes a sincere question about a group clean', () => {
    expect(analyze('are they all teachers?').flagged).toBe(false);
  });
});

describe('a label wondered about: what they think, asked plainly', () => {
  cases([
    ['i was just wondering if youre retarded.', 'i was just wondering why you see it that way.'],
    ['I was wondering if you were a total moron', 'I was wondering why you see it that way'],
    ["just curious whether you're an idiot or not", 'just curious why you see it that way'],
  ]);
  it('passes a sincere "wondering if you\'re free" clean', () => {
    expect(analyze("I was wondering if you're free tonight").flagged).toBe(false);
  });
});

describe('what someone cannot stand: the describing word, not "this person"', () => {
  cases([
    ["I can't stand this arrogant jerk anymore.", "I can't stand this arrogance anymore."],
    ['so tired of that smug little idiot', 'so tired of that smugness'],
    ["i'm fed up with these lazy morons", "i'm fed up with this laziness"],
    ["I'm sick of this selfish prick", "I'm sick of this selfishness"],
    ["I can't stand this smug idiot he's always late", "I can't stand this smugness he's always late"],
  ]);
  it('keeps "person" where the label is the subject of what happened', () => {
    expect(rewrite('that arrogant moron ruined the whole meeting').text).toBe(
      'that person ruined the whole meeting',
    );
  });
});

describe('not wanting to talk "anymore", with labels: the own words, for now', () => {
  cases([
    [
      'i dont want to talk to you no more, you lying cheating worthless loser!',
      'i dont want to talk to you right now!',
    ],
    ["I don't want to talk to you anymore, you idiot.", "I don't want to talk to you right now."],
    ['i dont wanna talk to you anymore, you clown', 'i dont wanna talk to you right now'],
    [
      "I don't want to talk to you anymore, the kids need dinner.",
      "I don't want to talk to you right now, the kids need dinner.",
    ],
  ]);
  it('takes names said after a comma that no rule knows with "anymore"', () => {
    expect(rewrite('I dont want to talk to you no more, you sad little keyboard warrior.').text).toBe(
      'I dont want to talk to you right now.',
    );
    expect(rewrite("i don't want to talk to you anymore, you two-faced snake in the grass!").text).toBe(
      "i don't want to talk to you right now!",
    );
  });
  it('never leaves labels run on after "anymore"', () => {
    const out = rewrite("i'm not talking to you anymore you selfish lazy good for nothing jerk").text;
    expect(out).not.toMatch(/selfish|lazy|jerk/);
  });
});

describe('a likeness to a child or an animal: said by what it mocks', () => {
  cases([
    ['you eat like a pig', "i'm not a fan of how you eat"],
    ['u type like a 5 year old', "i'm finding your messages hard to follow"],
    ['You dress like a toddler.', "I'm not a fan of how you dress."],
  ]);
  it('passes a pet likened to an animal clean', () => {
    expect(analyze('my dog eats like a pig lol').flagged).toBe(false);
  });
});
