/**
 * Recall in withdrawal and heat (session 38, helper crossb38): frames with open slots in
 * `lib/tone/rules/menace.ts` (a last straw and what follows, restraint held over them, an order then
 * "before I do something stupid", violence wished by proxy, "…, bye", sent out of a shared place, the task handed back, a
 * provocation), each in wordings that share none of
 * the probe's content words, with warm near-twins that must pass clean. Our own sentences, none from
 * any corpus.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/tone/index';
import { first, kind, kindsFigures, kindsRows, rewordsClean } from './kinds';

kind(
  '"one more / another <offence> and <anything>"; one more lap or coffee is no offence',
  'withdrawal',
  [
    'One more snide comment and your bike goes in the canal.',
    'another excuse out of you and everybody hears about it',
    'Say one more word about my cousin and see what happens.',
  ],
  [
    "One more lap and I'm finished, then pizza!",
    'one more episode and we sleep, promise',
    "another coffee and you'll be bouncing off the walls lol",
  ],
);

kind(
  `"you're lucky I <don't…>", "you better pray I…": restraint held over them`,
  'heat',
  [
    "You're lucky I'm not in the same room as you.",
    'ur lucky i cant reach through the screen',
    "Lucky for you I don't have your address.",
    "You'd better pray I never find out who did it.",
  ],
  [
    "You're lucky I had a spare charger!",
    'you better hope I saved you a slice haha',
    'You better hope the bus is on time.',
    "You're lucky you missed the rain.",
  ],
);

kind(
  '"somebody should <hit> <a person>"; a label slapped on passes',
  'heat',
  [
    'somebody should punch that referee in the mouth',
    'someone needs to smack the smirk off his face',
    'one of these days someone is gonna knock his teeth out',
  ],
  [
    'somebody needs to hug this puppy',
    'someone should slap a warning label on this blender',
    'someone needs to kick this meeting off',
    'you deserve a break after that shift',
  ],
);

kind(
  '"<do> your own <thing> then", "<do> it yourself since you…": the task handed back',
  'withdrawal',
  [
    'fine, cook your own dinner then',
    'work it out yourself since you know everything',
    'book your own train tickets then',
  ],
  [
    'Handle the dentist appointments yourself? I can give you the number.',
    "try it yourself, it's easy!",
    'Book your own flights from now on, the company portal is finally open!',
  ],
);

kind(
  '"keep pushing my buttons / testing my patience"; pushing me to be better passes',
  'withdrawal',
  ['keep testing my patience', 'keep pushing my buttons and see', 'Keep poking me. Go on.'],
  ['keep pushing me to be better, it helps', 'keep trying, you nearly had it!'],
);

kind(
  '"<cold line>, bye / cya / peace" as the last word; a goodbye with a plan or a smile passes',
  'withdrawal',
  [
    'not sitting through another lecture from you, bye',
    'no interest in your excuses. cya',
    'cant be bothered with this drama, goodbye',
  ],
  [
    'gotta run, bye!',
    'ok see you tomorrow, bye',
    'no worries at all, bye',
    "can't chat now, in a meeting, bye",
  ],
);

kind(
  '"get out of / leave / stay out of <a shared place>"; leaving it open or a surprise passes',
  'withdrawal',
  [
    'take your hot takes and get out of this sub',
    "leave the discord if you can't handle a joke",
    'see yourself out of the fandom',
    'stay out of our group chat from now on',
  ],
  [
    "don't leave the server, we love having you",
    'leave the chat open so I can see updates',
    "stay out of the group chat till Friday, it's a surprise",
    'leave the team meeting early if you need to',
  ],
);

kind(
  '"<go> before I do something stupid / throw something"; chores before I wash pass',
  'heat',
  [
    'leave now before I say something I regret',
    'go away before I do something stupid',
    'get out before I throw something',
  ],
  ['grab a coat before I throw it in the wash', 'go now before I do something silly like buy more shoes lol'],
);

describe('rewordings of the new kinds keep the point', () => {
  it.each([
    [
      'One more snide comment and your bike goes in the canal.',
      "I can't take another snide comment. Please stop.",
    ],
    ['somebody should punch that referee in the mouth', "I'm really angry with that referee"],
    [
      'go away before I do something stupid',
      "I'm really angry right now, and I need some space to cool down.",
    ],
  ])('%s', (text, want) => {
    expect(first(text).toLowerCase()).toBe(want.toLowerCase());
    rewordsClean(text);
  });
});

describe('the probe set kinds-crossb38.tsv (written before the rules)', () => {
  const rows = kindsRows('kinds-crossb38.tsv');
  it('keeps its recall and false alarms', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.72);
    expect(falseAlarms).toBeLessThanOrEqual(0.12);
  });
  it('reads the new frames in a long message in bounded time', () => {
    const long =
      'one more word and your bike goes. you are lucky i am not there. somebody should punch him. uninstalled. keep pushing my buttons. cook your own dinner then. '.repeat(
        700,
      );
    const t0 = performance.now();
    detect(long.slice(0, 100_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
