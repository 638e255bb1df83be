/**
 * Shapes that recur across many corpus files whatever their category (helper cluster40, session 40):
 * each construction with hostile variants in three registers (a partner's text, a coworker's chat
 * line, a stranger's comment) and warm twins that must pass clean. Our own sentences, none taken
 * from any corpus file.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/tone/index';
import { first, kind, kindsFigures, kindsRows, rewordsClean } from './kinds';

kind(
  'all of their doings of a kind, each gone wrong ("every build you touch breaks…")',
  'absolutes',
  [
    'every build you touch breaks the tests',
    'every thread you join turns into a flame war',
    'every update you push crashes the app',
    'every rule you break makes my job harder',
  ],
  [
    'every team you join gets better, honestly',
    'every record you break makes me prouder',
    'every club you join is lucky to have you',
    'every trail you pick is gorgeous',
  ],
);

kind(
  '"oh sure, because you…": any mock reason aimed at them, marked as irony',
  'contempt',
  [
    "oh sure, because you're SO good at budgeting",
    'sure, because your code never has bugs 🙄',
    'oh sure, because you suddenly understand epidemiology',
  ],
  [
    "yeah, because you're so thoughtful, the kids adore you",
    'sure, because you asked so nicely 😊',
    "sure, because you're so tired we can skip the cinema",
    'oh sure, because the bus was late we all got soaked',
  ],
);

kind(
  'a flat "congrats" after an outcome laid at their door ("you\'re the reason…", "…because of you")',
  'blame',
  [
    "you're the reason my brother stopped coming to dinner. congrats",
    'your migration is why the dashboard broke overnight, congrats',
    'because of you the whole post got deleted, congrats',
  ],
  [
    "you're the reason we won the raffle, congrats",
    'you quit vaping because of your kids, congrats',
    'because of you the bake sale sold out, congrats',
    'the shop closed because you retired, congrats',
  ],
);

kind(
  'a mock title made of any praise or role, called out ("ok miss punctual", "oh great, mr perfect")',
  'contempt',
  [
    'ok miss punctual, where were you at nine',
    'ok mr scientist, cite one study then',
    'oh great, miss popular is posting again',
    'look at mr responsible, home before midnight for once',
  ],
  [
    'thanks mr perfect, dinner was amazing',
    'morning miss sunshine!',
    'ok miss organised, where do the spoons go 😂',
    'hi mr important, welcome to the team',
    'ok mr baker, see you at eight',
  ],
);

kind(
  '"congrats on being the <superlative of a fault> <role>"',
  'contempt',
  [
    'congrats on being the slowest replier in the group chat',
    'congratulations on being the most careless driver on the school run',
    'kudos for being the least helpful person in this thread',
  ],
  [
    'congrats on being the most generous neighbour on the street',
    'congrats on being the fastest runner in the club',
    'congrats on being the least selfish person I know',
    'congratulations on being the first in our family to graduate',
    'congrats on being the most outgoing kid in class',
  ],
);

kind(
  '"funny how you…": a pattern of theirs pointed at with a smirk',
  'contempt',
  [
    'funny how your excuses change every single week',
    'funny how the intern answers in ten minutes and you need three days',
    'Funny how you only remember my number when your car breaks down',
  ],
  [
    'funny how you always know what I need',
    'funny how you never lose at this game, teach me',
    "funny how time changes everything, you've grown so much",
    'funny how you suddenly love running, who are you 😂',
  ],
);

kind(
  '"this is what happens when <someone is let near it>"',
  'contempt',
  [
    'this is what happens when I let you plan the holiday',
    "that's what happens when people get their medical advice from memes",
    'this is what happens when a first-year thinks he runs the lab',
  ],
  [
    'this is what happens when people get a chance to shine',
    'this is what happens when kids get a snow day lol',
    'this is what happens when a storm gets going, stay inside',
    'this is what happens when we all pitch in, great job team',
  ],
);

describe('rewordings keep the point', () => {
  it.each([
    ['every update you push crashes the app', 'a lot of the updates you push crash the app'],
    ['ok miss punctual, where were you at nine', 'ok, where were you at nine'],
    ["you're the reason my brother stopped coming to dinner. congrats", 'stopped coming to dinner.'],
    ['because of you the whole post got deleted, congrats', 'the whole post got deleted'],
    ['congrats on being the slowest replier in the group chat', 'disappointed in you as a replier'],
  ])('%s', (text, kept) => {
    expect(first(text).toLowerCase()).toContain(kept);
    expect(first(text).toLowerCase()).not.toContain('congrats');
    rewordsClean(text);
  });
});

describe('the probe set kinds-cluster40.tsv (written before the rules)', () => {
  const rows = kindsRows('kinds-cluster40.tsv');
  it('keeps its recall and false alarms', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.7);
    expect(falseAlarms).toBeLessThanOrEqual(0.1);
  });
  it('reads the new constructions in a long message in bounded time', () => {
    const long =
      'oh sure, because you are SO busy. every build you touch breaks the tests. ok mr expert, cite it then. your fault it got locked, congrats. '.repeat(
        600,
      );
    const t0 = performance.now();
    detect(long.slice(0, 100_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
