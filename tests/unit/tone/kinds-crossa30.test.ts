/**
 * Session 30 (crossa): recall that carries across dev sets, for contempt, talking-down and heat.
 * Each kind was missed in at least three dev files before it was built:
 * - praise that opens a sneer at "another" of a scorned kind ("oh great, another genius with a hot
 *   take", "ugh, another genius plan 🙄"); its warm twins are praise meant ("love it", "welcome!");
 * - disbelief with stacked question marks ("seriously???", "you're joking???"), not when good news
 *   or a laugh answers it;
 * - the obvious as news to them ("it's called a calendar, try it", "ever heard of spellcheck?"),
 *   not a recommendation of something new;
 * - "only you could <botch> …", not "only you could make me laugh";
 * - "go touch grass" inside a longer order, not one's own plan ("time to go touch grass").
 */
import { describe, expect, it } from 'vitest';
import { first, kind, rewordsClean } from './kinds';

const SNEER = [
  'oh great, another genius with a hot take',
  'Oh brilliant, another expert who read one article',
  'wonderful, yet another self-appointed expert',
  'ugh, another genius plan from the board 🙄',
  'oh great, another brilliant idea from management',
  'Oh perfect, another armchair expert with opinions',
  'oh great, another expert has joined the chat',
];
kind('praise opening a sneer at another of a kind', 'contempt', SNEER, [
  'oh wow, another brilliant idea from Mia! love it',
  'Great, another expert has joined our team, welcome!',
  'we brought in another expert who knows the codebase',
  'another genius idea from Tom: a nap room 😄',
  'oh great, another Monday morning',
  'perfect, another brilliant idea from you, thanks so much',
]);

const DISBELIEF = [
  'seriously??? you ate my leftovers???',
  "you're joking??? the whole weekend???",
  'seriously??? who left the door open',
  'are you kidding me??? again???',
];
kind('disbelief with stacked question marks', 'heat', DISBELIEF.slice(0, 3), [
  "are you serious??? that's the best news ever",
  'seriously??? congrats, you deserve it!!',
  "you're kidding??? I'm so happy for you both",
  'is it serious??? is she ok???',
  'seriously??? 😂 I love this',
]);

const OBVIOUS = [
  "it's called a calendar, try it",
  "It's called google, look it up",
  'its called reading. try it sometime',
  "It's called a dictionary, maybe look at it 🙄",
  'ever heard of spellcheck?',
  'ever heard of google? use it',
];
kind('the obvious as news to them', 'talking-down', OBVIOUS, [
  "it's called sourdough, try it!",
  'the book club is called reading, come along',
  "It's called a calendar app and it's amazing, try it",
  "have you ever heard of google docs? it's so handy",
  'ever heard of the new cafe?',
]);

const ONLY_YOU = [
  'only you could mess up a frozen pizza',
  'Only you could manage to ruin a simple birthday card.',
  'only u could screw up making toast',
  'only you could turn a quick trip into a disaster',
];
kind('only you could botch it', 'contempt', ONLY_YOU, [
  'only you could make me laugh like this',
  'only you could turn a bad day into a good one',
  'only you could fix this mess, please help',
  'only you could burn toast and still make me smile 😂',
]);

const GRASS = [
  'go touch some grass, honestly',
  'you need to touch grass',
  'please just go outside and touch grass',
  'bro should touch grass',
];
kind('touch grass inside an order', 'contempt', GRASS, [
  'time to go touch grass, see you tomorrow',
  "let's go touch grass this weekend",
  'I need to touch grass lol',
  'we should all touch grass more',
]);

describe('rewordings of the kinds read clean', () => {
  it.each([...SNEER, ...DISBELIEF, ...OBVIOUS, ...ONLY_YOU, ...GRASS])('%s', (text) => {
    rewordsClean(text);
  });
  it('keeps the thing pointed at', () => {
    expect(first("it's called a calendar, try it")).toBe('a calendar might help here.');
    expect(first('ever heard of google? use it')).toBe('google might help here.');
  });
});
