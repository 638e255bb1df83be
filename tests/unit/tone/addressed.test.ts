/**
 * Session 6, generalisation round: constructions aimed at the other person (rules/addressed.ts),
 * found by who is addressed, what is said about them and how, not by one phrase. Each construction
 * with hostile sentences of our own, the warm or practical look-alikes that must pass, and a
 * rewording that reads clean.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';
import { compile, matchAt } from '../../../lib/tone/rules/rule';
import { tokenize } from '../../../lib/tone/text';
import { rewordsClean } from './kinds';

const rules = (text: string): string[] => analyze(text).findings.map((f) => f.rule);
const cats = (text: string): string[] => analyze(text).findings.map((f) => f.category);

function matches(pattern: string, text: string): boolean {
  const doc = tokenize(text);
  return matchAt(doc.tokens, compile(pattern), 0, doc.tokens.length) !== null;
}

describe('word classes of the DSL: @TRAIT, @BAD, @FAULT', () => {
  it.each([
    ['stop being @TRAIT', 'stop being petty', true],
    ['stop being @TRAIT', 'stop being clingy', true],
    ['stop being @TRAIT', 'stop being humble', false],
    ['you were @BAD', 'you were late', true],
    ['you were @BAD', 'you were rude', true],
    ['you were @BAD', 'you were early', false],
    ['on being @FAULT', 'on being flaky', true],
    ['on being @FAULT', 'on being ignored', true],
    ['on being @FAULT', 'on being promoted', false],
  ])('"%s" on "%s": %s', (pattern, text, want) => {
    expect(matches(pattern, text)).toBe(want);
  });
});

const HOSTILE: [string, string, string][] = [
  // talking-down
  ['talking-down', 'addressed.stop-being', 'stop being so defensive'],
  ['talking-down', 'addressed.stop-being', 'i need you to stop being so clingy'],
  ['talking-down', 'addressed.stop-being', 'thats fine but stop being so petty about it'],
  ['talking-down', 'addressed.stop-arguing', 'pls stop bickering with me over this'],
  ['talking-down', 'addressed.stop-arguing', 'breathe and stop complaining for once'],
  ['talking-down', 'addressed.making-it', 'stop making it a thing'],
  ['talking-down', 'addressed.making-it', 'nobody cares stop making everything about you'],
  ['talking-down', 'addressed.work-on', 'you need to work on your temper'],
  ['talking-down', 'addressed.work-on', 'you should really work on your attitude'],
  ['talking-down', 'addressed.your-tone', 'watch your tone with me'],
  ['talking-down', 'addressed.your-tone', 'lower your voice when you talk to me'],
  ['talking-down', 'addressed.next-time', 'read the email next time'],
  ['talking-down', 'addressed.next-time', 'maybe try reading the menu next time'],
  // withdrawal
  ['withdrawal', 'addressed.refuse-talk', 'im not discussing this with you anymore'],
  ['withdrawal', 'addressed.refuse-talk', 'i refuse to argue about this'],
  ['withdrawal', 'addressed.refuse-talk', 'ok. not listening to your excuses'],
  ['withdrawal', 'addressed.stop-contact', 'i need you to stop calling me'],
  ['withdrawal', 'addressed.ultimatum', 'keep this up and im blocking you'],
  ['withdrawal', 'addressed.ultimatum', 'keep that up and ill change the locks'],
  ['withdrawal', 'addressed.dont-expect', 'dont expect me to wait around for you'],
  ['withdrawal', 'addressed.dont-expect', 'go then, dont expect me to be here when you come back'],
  ['withdrawal', 'addressed.it-is-over', 'this relationship is over'],
  ['withdrawal', 'addressed.it-is-over', 'our friendship is so over'],
  ['withdrawal', 'addressed.it-is-over', 'im asking for a divorce'],
  ['withdrawal', 'addressed.nothing-to-say', 'i have nothing more to say to you'],
  // absolutes
  ['absolutes', 'addressed.nth-time', 'thats the third time you forgot my birthday'],
  ['absolutes', 'addressed.nth-time', 'its the 4th time ive asked you to fix the sink'],
  ['absolutes', 'addressed.charge-totality', 'you complain about everything'],
  ['absolutes', 'addressed.charge-totality', 'and u interrupt me every single day'],
  ['absolutes', 'addressed.with-you', 'every dinner with you ends in an argument'],
  ['absolutes', 'addressed.with-you', 'its always drama with you'],
  ['absolutes', 'addressed.habit', 'you have a tendency to interrupt people'],
  ['absolutes', 'addressed.never-enough', 'nothing i say is ever right with you'],
  ['absolutes', 'addressed.last-time', 'i cant remember the last time you cleaned up after yourself'],
  // blame
  ['blame', 'addressed.counterfactual', 'if you had left on time we wouldnt have missed the train'],
  ['blame', 'addressed.counterfactual', 'if you hadnt told your sister we wouldnt be in this mess'],
  ['blame', 'addressed.counterfactual', "if you'd checked the map we wouldnt be lost"],
  ['absolutes', 'addressed.charge-totality', 'you are late to everything'],
  ['blame', 'addressed.put-me', 'you put us in a terrible spot with the landlord'],
  ['blame', 'addressed.made-us', 'you made us late'],
  ['blame', 'addressed.thanks-for-ruining', 'way to ruin dinner'],
  ['blame', 'addressed.thanks-for-ruining', 'way to embarrass me in front of my boss'],
  // contempt
  ['contempt', 'addressed.mock-praise', 'congrats on being late again'],
  ['contempt', 'addressed.mock-praise', 'well done on being so useless'],
  ['contempt', 'addressed.ironic-sure', 'sure you "forgot" 🙄'],
  ['contempt', 'addressed.from-you', 'typical selfish move from you'],
];

describe('hostile constructions are flagged, in their category, and reworded clean', () => {
  it.each(HOSTILE)('%s (%s): %s', (category, rule, text) => {
    expect(rules(text)).toContain(rule);
    expect(cats(text)).toContain(category);
    rewordsClean(text);
  });
});

const WARM: string[] = [
  // the same shapes, said with care or about something else
  'stop being so hard on yourself',
  'i need to stop being so lazy lol',
  'we should stop being so formal at work haha',
  'the kids wont stop making a mess',
  'you need to work on your resume this week',
  'lower your voice, the baby is asleep',
  'look me up next time youre in town',
  'read this book next time you travel, its great',
  'i cant talk right now, call you later',
  'im not answering emails this weekend',
  'not talking about work today lol',
  'im not talking to him anymore, he was rude to my sister',
  'did i not talk to you about that already?',
  'one more time and ill get the hang of it',
  'dont expect me to be there before 8',
  'this is the 5th time ive watched this show',
  'show me the 20th time you wear that jacket',
  'thank you for everything',
  'you remember everything i say, its sweet',
  'you are still crying every day and that is ok, grief takes time',
  'every dinner with you is the best part of my week',
  'you have a habit of making my day',
  'nothing i cook is ever fancy but i love cooking for you',
  'if you hadnt helped me i wouldnt have finished',
  'if you had time we could grab lunch tomorrow',
  "if you'd like we could go to the beach",
  'you put me in a great mood',
  'congrats on being promoted!',
  'sure you can borrow it',
  'im sure you did your best',
  'such sweet words from you',
  'the game is over',
  'she told me our marriage is over and i dont know what to do',
  'honestly the best way to lose weight is walking',
  'our vacation is over :( best week ever',
  'i have nothing more to add, looks great',
  'nothing else to discuss, thanks everyone!',
  'you made us dinner!',
  'you made us laugh so hard',
  'thanks for not forgetting me',
  'the relationship between price and demand is over my head',
  'it felt like you were criticizing everything i did, and i know you did not mean it',
];

describe('warm and practical look-alikes pass clean', () => {
  it.each(WARM)('%s', (text) => {
    expect(rules(text).filter((r) => r.startsWith('addressed.'))).toEqual([]);
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('a surprise as a sentence of its own takes its colour from the sentences next to it', () => {
  it.each([
    'are you serious? i love it',
    'no WAY. are you kidding me?? this is the best news ever',
    'we got the tickets!! are you for real? thank you so much',
  ])('passes: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
  it.each([
    'are you kidding me? you forgot again',
    'are you serious right now. unbelievable',
    'are you kidding me? i waited two hours',
  ])('still flagged: %s', (text) => {
    expect(analyze(text).flagged).toBe(true);
  });
});

describe('rewordings change the least that takes the hurt out', () => {
  it.each([
    ['you forget every single thing i tell you', 'you forget a lot of things i tell you'],
    ['you complain about everything', 'you complain about a lot of things'],
    ['and u interrupt me every single day', 'and u interrupt me a lot lately'],
    ['breathe and stop complaining for once', 'can we take a breath and talk about this together?'],
  ])('%s → %s', (text, want) => {
    expect(rewrite(text).text).toBe(want);
    expect(analyze(rewrite(text).text).flagged).toBe(false);
  });
});
