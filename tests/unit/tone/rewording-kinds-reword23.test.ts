/**
 * Rewording kinds of the twenty-third rewording round: what read awkward or broken to the person
 * receiving it. Examples written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone';
import { first, rewordingCases } from './kinds';

const cases = rewordingCases;

describe('an offer already in the message is not written a second time', () => {
  it('two withdrawals in one message: the second offer is another one, said once', () => {
    const out = first('I have had enough of this. I cannot take it anymore, I am done. Bye.');
    const offers = out.match(/Can we talk later\?/g) ?? [];
    expect(offers.length).toBeLessThanOrEqual(1);
    expect(out).not.toMatch(/(I need some time to cool off\.).*\1/);
    expect(analyze(out).flagged).toBe(false);
  });
  cases([
    [
      "My sister keeps mocking me, and I have had enough of it. My head hurts and I'm done. I told mum today.",
      "My sister keeps mocking me, and I'm really hurt right now. My head hurts and I need some time to cool off. Can we talk later? I told mum today.",
    ],
  ]);
});

describe('capitals that spell no word stay in a calm sentence: they are initials or a name', () => {
  cases([
    [
      'Is there a reason you ignored the VPN alert?',
      'I noticed you ignored the VPN alert. Can we talk about it?',
    ],
    [
      "What's wrong with using the SDK builds here?",
      'Could you tell me what concerns you about using the SDK builds here?',
    ],
  ]);
});

describe('an ask that says "understand" does not say it again after', () => {
  cases([['why are you even moving the files?', "can you help me understand why you're moving the files?"]]);
});

describe('a label keeps the words that say how someone feels or lives', () => {
  cases([
    ['is he just a grumpy loser?', 'is he just a grumpy person?'],
    ['she is a lonely old loser.', 'she is a lonely old person.'],
    [
      'the homeless trash under the bridge got moved on.',
      'the homeless people under the bridge got moved on.',
    ],
  ]);
});

describe('a scornful word before "things" becomes a plain one, not nothing', () => {
  cases([
    ['my uncle says stupid things at dinner.', 'my uncle says thoughtless things at dinner.'],
    ['he said some dumb stuff again last night.', 'he said some thoughtless stuff again last night.'],
    // Things done, sent or stolen lose nothing without the word.
    ['my brother broke stupid things in my room.', 'my brother broke things in my room.'],
  ]);
});

describe('a degree word before "pissed off" already says how much', () => {
  cases([
    ['we were so pissed off after the match', 'we were so upset after the match'],
    ['mum was pissed off about the bill', 'mum was really upset about the bill'],
  ]);
});

describe('a coward with describing words of its own is a person', () => {
  cases([['she married a fence sitting coward from ohio.', 'she married a fence sitting person from ohio.']]);
});

describe('a list of condemning words after a copula is said plainly whole', () => {
  cases([
    ['she is twisted, vile and disgusting.', 'she is out of line.'],
    // Said of a thing, what it was like.
    ['that film was sick, vile and disgusting.', 'that film was awful.'],
    // Words for behaviour stay: the flagged one goes and the list is mended.
    ['the neighbour is lazy, stupid and loud.', 'the neighbour is lazy and loud.'],
  ]);
});

describe('a lower-case name before a comma stays a name', () => {
  cases([
    ["marjorie, your tiny brain can't handle this.", "marjorie, i really don't see it the way you do."],
  ]);
});

describe('"took me for a fool" needs someone taken; "for" alone is a preposition', () => {
  cases([
    ['that forum is a breeding ground for such idiots.', 'that forum is a breeding ground for such people.'],
  ]);
});

describe('"get screwed in the ass" is one act', () => {
  cases([
    [
      'the small farmers always get screwed in the ass by the banks',
      'the small farmers always get treated unfairly by the banks',
    ],
  ]);
});

describe('"you have to understand that…" is a thing to keep in mind, not a favour asked', () => {
  cases([
    [
      'Sam, you have to understand that the two teams count hours differently.',
      'Sam, please keep in mind that the two teams count hours differently.',
    ],
  ]);
});

describe('"corrupt" and "crooked" say dishonest, not disappointing', () => {
  cases([
    [
      'the town is run by corrupt politicians and their friends.',
      'the town is run by dishonest politicians and their friends.',
    ],
  ]);
});

describe('a name said to someone goes with the describing words before it', () => {
  cases([
    ['are you finished yet racist moron, nobody asked', 'are you finished yet, nobody asked'],
    ['are you done yet racist asshole, nobody asked', 'are you done yet, nobody asked'],
    // A time said before it is no describing word: it stays.
    ['see you tomorrow bitch!', 'see you tomorrow!'],
    ['see you in the morning bitch', 'see you in the morning'],
    ["why didn't you ring me back bitch?", "why didn't you ring me back?"],
  ]);
});

describe('our words say a time once', () => {
  cases([
    // The person's own time stays; "when that happens" would clash with it.
    ['You make me so furious right now.', 'I feel so furious right now.'],
    // Session 40: the name after the dismissal goes first; then "nobody cares" alone is reworded.
    ['nobody cares, you lying weasel.', "i'd rather not get into this right now."],
  ]);
});

describe('a swear after "same" or "whole" is the noun, not the verb "shit on"', () => {
  cases([['we post the same shit on you tube all day', 'we post the same thing on you tube all day']]);
});

describe('"ain\'t that a bitch" is a thing that is hard going, asked', () => {
  cases([
    [
      "gotta redo the whole report ain't that a bitch bro",
      "gotta redo the whole report ain't that a pain bro",
    ],
  ]);
});

describe("a name said after an order's particle goes; only a describing word before it makes a person", () => {
  cases([
    ['dont tell me to follow back bitch isaid iwould.', 'dont tell me to follow back isaid iwould.'],
    ['give it back bitch i need it', 'give it back i need it'],
    ['what a sneaky bastard.', 'what a sneaky person.'],
  ]);
});

describe("a verdict opening the sentence on what happened becomes the writer's feeling", () => {
  cases([
    ['Super dumb that the bus got cancelled again.', 'Super frustrating that the bus got cancelled again.'],
  ]);
});

describe('a scornful word before "decisions" or "choice" becomes "unwise", not nothing', () => {
  cases([
    ['teenagers make foolish decisions.', 'teenagers make unwise decisions.'],
    ['she made a stupid choice last year.', 'she made an unwise choice last year.'],
  ]);
});
