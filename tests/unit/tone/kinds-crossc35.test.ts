/**
 * Recall in blame, absolutes, withdrawal and heat as frames with open slots (session 35, helper
 * crossc35, `lib/tone/rules/frames.ts`): each frame in wordings that share none of its probe rows'
 * content words, with warm near-twins that must pass clean. Our own sentences, none from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { kind, kindsFigures, kindsRows, rewordsClean } from './kinds';

// -- absolutes: two absolutes in one charge -----------------------------------------------------------
kind(
  '"<someone> always X and then never Y / and then wonder why"',
  'absolutes',
  [
    'you always borrow my charger and then never give it back',
    'u constantly start drama but never finish a single argument',
    'this seller always promises tracking and then never sends it',
    'you always skip leg day and then wonder why your knees hurt',
    'she always books the table and then acts surprised when nobody comes',
  ],
  [
    'you always cook the best curry and never complain about the dishes',
    'you always bring snacks and never complain about the drive',
    'I always mean to call and then never do, sorry',
    'you always make time for me and never let me down ❤️',
  ],
);

// -- absolutes: an occasion counted before a clause about them ----------------------------------------
kind(
  '"every <occasion> you <complaint>"',
  'absolutes',
  [
    'every family barbecue u sulk in the corner',
    'every single sprint your tickets get ignored till friday',
    'every other payday you waste the rent on trainers',
    'every staff meeting you interrupt the new starters',
  ],
  [
    'every birthday you bake me a cake',
    'I miss you every single day',
    'remember to lock up every time you leave',
    'every weekend you cook for us and it is amazing',
    'every christmas you knit us all scarves 🥰',
  ],
);

// -- blame: a good time ended by their arrival ----------------------------------------------------------
kind(
  '"<fine> until / before / the second you showed up"',
  'blame',
  [
    'the group chat was chill until you joined',
    'we were having a lovely picnic and then you turned up',
    'my weekend was peaceful before u got involved',
    'dinner went downhill the moment you opened your mouth',
    'I was a calm person before I met you',
  ],
  [
    'the party was dead until you showed up',
    'I was so lost until I met you',
    'the office was boring before you joined, so glad you are here',
    'the kitchen was a mess until you came along and sorted it',
  ],
);

// -- withdrawal: done with an effort towards them -------------------------------------------------------
kind(
  '"I\'m done / through + chasing, explaining, pretending…"',
  'withdrawal',
  [
    "I'm done making excuses for you",
    'im through covering for your mistakes',
    "I'm finished begging you to call me back",
    "I'm done explaining myself",
    "I'm done tiptoeing around your moods",
  ],
  [
    "I'm done cooking, come and eat",
    "I'm done cleaning for today",
    "I'm done talking to the bank, it's all sorted",
    "I'm done packing, see you at the station",
  ],
);

// -- heat: a threat left hanging --------------------------------------------------------------------------
kind(
  '"I swear (to god) if you / anyone…"',
  'heat',
  [
    'i swear if you touch my leftovers again',
    'so help me if anyone moves my desk one more time',
    'I swear to god if someone parks in my spot tomorrow',
  ],
  [
    'I swear if you win the lottery you are buying me a car lol',
    'i swear if i eat one more cookie i will explode',
    'I swear if this song gets any better I will cry, it is perfect',
  ],
);

// -- blame: what they made of it, whose it was, where it traces back ----------------------------------------
kind(
  '"it\'s on you that…", "… traces back to you"',
  'blame',
  [
    "it's on you that the kids missed the bus",
    'every argument this month started with you',
    'half the problems at work trace back to your shortcuts',
  ],
  ['every good thing in my life traces back to you', "it's on you to pick the film tonight"],
);

describe('the probe set kinds-crossc35.tsv (written before the rules)', () => {
  const rows = kindsRows('kinds-crossc35.tsv');
  it('keeps its recall and false alarms', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.77);
    expect(falseAlarms).toBeLessThanOrEqual(0.07);
  });
  it.each([
    ['you ALWAYS promise and then never follow through'],
    ['every group project u ghost and we carry u'],
    ["I'm done wasting my time on you"],
    ['I swear to god if you are late one more time'],
  ])('rewords %s clean', (text) => {
    rewordsClean(text);
  });
  it('reads the frames in a message of many lines in bounded time', () => {
    const long = 'you always say yes and then never do it. every meeting you ignore me. '.repeat(1500);
    const t0 = performance.now();
    kindsFigures([{ label: 'F', category: 'absolutes', text: long, line: 0 }]);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
