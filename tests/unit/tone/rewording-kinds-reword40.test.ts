/**
 * Rewording kinds of rewording round 40, read from random rewordings of the external development
 * sets as the person receiving them would: a label for how someone treats a person ("such a bitch
 * to everyone") is the way they treat them, "so unkind to everyone", never "such a pain to
 * everyone"; once a label is plain, a harm wished on the person goes with it ("give this person a
 * slap" → "have a word with this person", "better off without people like you" → "…without
 * behavior like yours"), and a preposition ends a label's describing words ("a better place
 * without idiots like you" was "out of line like you"); an animal's droppings are "poop" ("dog
 * things", "bird walk all over my car" were left), and said of words "nonsense"; a label before a
 * relative clause after "the" is "the one(s) who…" ("the only person to blame is the person
 * that…"); a label ending the clause after "my/your <thing>" or a closing phrase ("thanks a lot
 * idiot", "nice one moron") is said to them and goes ("thanks a person" was left); an order after
 * a comma ("why do that, just buy it in bulk stupid") is read on its own; a swear run together with
 * the next word ("fuckingidiot") keeps the word ("you're a" was left); "pig" run together with a
 * label ("pigignorant") is read as the two words; "disgusting" after a sound of disgust ("ew") or
 * before a thing sensed ("a disgusting mix") is "gross", not "upsetting".
 * Examples written for these tests, in three registers (close relationships, work, strangers online).
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('a label for how someone treats a person: the way they treat them, plainly', () => {
  cases([
    ['why are you being such a bitch to everyone?', 'why are you being so unkind to everyone?'],
    ["she's being a total bitch to him", "she's being really unkind to him"],
    ['stop being such a dick to your sister', 'stop being so unkind to your sister'],
    ['he was a real jerk to me', 'he was really unkind to me'],
    ["you're being a bitch to everyone today", "you're being unkind to everyone today"],
    ["mom's making it worse by being a bitch to him", "mom's making it worse by being unkind to him"],
  ]);
  it('leaves "a pain to deal with" (a thing hard going) as it was', () => {
    expect(rewrite("karma's a bitch to deal with").text).toBe("karma's a pain to deal with");
  });
});

describe('a harm wished on someone goes with the label', () => {
  cases([
    ['someone should give this idiot a slap', 'someone should have a word with this person'],
    ['someone should give this idiot a slap on the head.', 'someone should have a word with this person.'],
    ['somebody punch that clown in the face', 'somebody have a word with that person'],
    ['someone should slap this idiot', 'someone should have a word with this person'],
    [
      'someone needs to give these idiots a kick up the backside',
      'someone needs to have a word with these people',
    ],
    ["we'd all be better off without scum like you", "we'd all be better off without behavior like yours"],
    [
      'the world would be a better place without idiots like you',
      'the world would be a better place without behavior like yours',
    ],
    [
      'the world is better off without morons like them',
      'the world is better off without behavior like theirs',
    ],
    [
      'society would be better off without losers like him',
      'society would be better off without behavior like his',
    ],
  ]);
  it('keeps a chance given as it was', () => {
    expect(rewrite('someone should give this idiot a chance').text).toBe(
      'someone should give this person a chance',
    );
  });
});

describe("an animal's droppings: poop; said of words, nonsense", () => {
  cases([
    ['I stepped in dog shit again', 'I stepped in dog poop again'],
    ["there's bird shit all over my car", "there's bird poop all over my car"],
    ['the barn smells like pig shit', 'the barn smells like pig poop'],
    ['cleaning up cat shit all day', 'cleaning up cat poop all day'],
    ["there's dog crap on the path", "there's dog poop on the path"],
    ["that's horse shit and you know it", "that's nonsense and you know it"],
    ['stop talking dog shit', 'stop talking nonsense'],
    ['what bull crap', 'what nonsense'],
    ['stop reposting this horse shit', 'stop reposting this nonsense'],
    ['those refs were dog shit', 'those refs were awful'],
  ]);
});

describe('a label before "who/that" after "the": the one(s) who…', () => {
  cases([
    [
      'the only person to blame is the sick piece of trash that pulled the trigger.',
      'the only person to blame is the one that pulled the trigger.',
    ],
    [
      'it was the usual gutless pieces of garbage who would bend over',
      'it was the usual ones who would bend over',
    ],
    ['the pieces of shit who did this should be locked up', 'the ones who did this should be locked up'],
  ]);
});

describe('a label said to them last, with no comma: it goes', () => {
  cases([
    ['thanks a lot idiot', 'thanks a lot'],
    ['thanks a bunch moron', 'thanks a bunch'],
    ['nice one idiot', 'nice one'],
    ['it was a joke idiot', 'it was a joke'],
    ['get off my lawn idiot', 'get off my lawn'],
    ["that's my seat idiot", "that's my seat"],
    ['why do that, just buy it in bulk stupid', 'why do that, just buy it in bulk'],
  ]);
});

describe('labels run together with a swear or "pig": never a half sentence or a glued label left', () => {
  cases([
    ["you're a fuckingidiot", "you're wrong about this"],
    ['that was fuckingstupid', 'that made no sense to me'],
    ['this is fuckingawesome', 'this is awesome'],
    [
      'it was pigignorant, whiny and childish, but not uncivil.',
      'it was really uninformed, but not uncivil.',
    ],
    [
      'that pigignorant uncle of yours is a moron',
      'that really uninformed uncle of yours is wrong about this',
    ],
  ]);
});

describe('"disgusting" of a thing sensed: gross', () => {
  cases([
    ['Ew disgusting', 'Ew gross'],
    ["eww that's disgusting", "eww that's gross"],
    ["It's a disgusting mix of mayo and ketchup.", "It's a gross mix of mayo and ketchup."],
  ]);
  it('keeps "upsetting" for what someone did', () => {
    expect(rewrite('That is disgusting. He should be embarrassed.').text).toBe(
      'That is upsetting. He should be embarrassed.',
    );
  });
});

describe('warm near-twins pass clean', () => {
  it.each([
    'the dog did his business on the lawn again',
    'give this person a chance, they are new',
    "we're better off without the old printer",
    'thanks a lot, I owe you one',
    'nice one mate, well played',
    'she has been so kind to everyone',
    'I miss you, we would be lost without people like you',
  ])('%s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});
