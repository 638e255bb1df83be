/**
 * Rewording kinds of rewording round 42 (session 42), read from random rewordings of the external
 * development sets (seeds 640–660) as the person receiving them would: "how dare you <bare verb>"
 * said as "I'm really hurt that you <bare verb>" (the verb wants "you'd"); "you can't even … until /
 * unless …" (a condition, often not a reproach) turned into "I wish you'd … until…"; "liar" in the
 * middle of a noun phrase said as "a person who isn't being honest" (stacked after "as a", "another",
 * before "again and again"); a label between the copula and what they are doing left as "they're
 * people trying…" / "he is out of line pretending…"; "what's wrong with just …?" asked as "could you
 * tell me what concerns you about just …?"; "you voted for the idiot" → "for the person"; "to the
 * point of idiocy" → "of poor judgment"; an opener before the subject of "the worst <role>" lost who
 * it was ("them"). Examples written for these tests. (rewording-kinds-reword42.test.ts is session
 * 30's round 42.)
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('"how dare you <bare verb>": the hurt, with "you\'d"', () => {
  cases([
    ['how dare you open my mail', "i'm really hurt that you'd open my mail"],
    ['How dare you tell her my secret', "I'm really hurt that you'd tell her my secret"],
    ['how dare you just hang up on me', "i'm really hurt that you'd just hang up on me"],
  ]);
  it('a verb already past is not given "would"', () => {
    expect(rewrite('how dare you ignored me').text).not.toMatch(/you'd/);
  });
});

describe('"you can\'t even … until / unless …": a condition loses only "even"', () => {
  cases([
    [
      "you can't even register the car until the loan clears, stop asking",
      "you can't register the car until the loan clears, stop asking",
    ],
  ]);
  it('keeps the condition in the whole rewording', () => {
    expect(rewrite('you cant even enter the park unless you have a ticket, did you even look').text).toMatch(
      /^you cant enter the park unless you have a ticket\./,
    );
  });
  // A reproach with no condition keeps its wish.
  cases([["you can't even remember my birthday", "i wish you'd remember my birthday"]]);
});

describe('"liar" in a noun phrase: "dishonest person"', () => {
  cases([
    ['they caught another liar in the office', 'they caught another dishonest person in the office'],
    [
      'my aunt warned me about him as a liar and a cheat from the start',
      'my aunt warned me about him as a dishonest person from the start',
    ],
    ['the voters chose a known liar again', 'the voters chose a known dishonest person again'],
    [
      'he trusts his ex more than habitual liar, sadly',
      'he trusts his ex more than someone dishonest, sadly',
    ],
  ]);
});

describe('a label between the copula and what they are doing goes', () => {
  cases([
    ["they're lazy idiots sitting on the couch all day", "they're sitting on the couch all day"],
    ['my boss is a clueless moron pretending to care', 'my boss is pretending to care'],
    ['the twins are little brats screaming in the hall', 'the twins are screaming in the hall'],
    ["he's a pathetic loser whining about his ex again", "he's whining about his ex again"],
    ["they're spineless cowards hiding behind their lawyer", "they're hiding behind their lawyer"],
    ['the mods are hypocrites banning people for swearing', 'the mods are banning people for swearing'],
  ]);
  it.each(['there are idiots parking on the grass', 'this is an idiot trying to help'])(
    'never leaves a clause with no subject: %s',
    (text) => {
      const out = rewrite(text).text;
      expect(out).not.toMatch(/^(?:there are|this is) (?:parking|trying)/);
      expect(analyze(out).flagged).toBe(false);
    },
  );
});

describe('"what\'s wrong with just …?" asks why not', () => {
  cases([
    ["what's wrong with just texting me back?", 'is there a problem with just texting me back?'],
    ['whats wrong with simply saying no', 'is there a problem with simply saying no?'],
    // Without "just", what concerns them is still asked.
    ["what's wrong with adding a note?", 'could you tell me what concerns you about adding a note?'],
  ]);
});

describe('a choice of person called a label: "the wrong person"', () => {
  cases([
    ['you voted for the clown', 'you voted for the wrong person'],
    ['we hired the idiot anyway', 'we hired the wrong person anyway'],
  ]);
  it('"put the idiot on the phone" is no choice', () => {
    expect(rewrite('put the idiot on the phone').text).not.toMatch(/wrong/);
  });
});

describe('"to the point of / borders on" a failing: "absurdity"', () => {
  cases([
    ['she is stubborn to the point of stupidity', 'she is stubborn to the point of absurdity'],
    ['that plan borders on idiocy', 'that plan borders on absurdity'],
  ]);
});

describe('"<opener> <who> is the worst <role>": who it was stays', () => {
  cases([
    ['honestly my cousin is the worst driver in town', "i'm really disappointed in my cousin as a driver"],
  ]);
});

describe('"the most <bias word> person": the bias said plainly, not "misguided"', () => {
  cases([
    ['you are the most racist person i have ever met', 'you are the most prejudiced person i have ever met'],
    ['my uncle is the most sexist man at the table', 'my uncle is the most prejudiced man at the table'],
  ]);
  it('never leaves "out of line" in a describing word\'s slot', () => {
    expect(rewrite('he is the most arrogant man alive').text).not.toMatch(/out of line (?:man|person)/);
  });
});
