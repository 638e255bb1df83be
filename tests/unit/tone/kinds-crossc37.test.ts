/**
 * Recall in blame, absolutes, withdrawal and heat (session 37, helper crossc37): frames with open
 * slots in `lib/tone/rules/frames.ts` (time taken, "never fail to", "never fails, you…", cut off),
 * fault.ts ("turned <anything> into a <bad thing>", "look what you did to <anything>", "thanks to you"
 * + a chore or a sanction, "…is 100% on you / on your head"), absolutes.ts ("you do this in every
 * <anything>", "as usual the <group> …"), you-make-me.ts ("your <act> made me…"), aimed.ts ("watch
 * your back" + a place or a time), each in wordings that share none of the probe's content words, with
 * warm near-twins that must pass clean. Our own sentences, none from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { detect } from '../../../lib/tone/index';
import { first, kind, kindsFigures, kindsRows, rewordsClean } from './kinds';

// -- blame ------------------------------------------------------------------------------------------
kind(
  '"you wasted / stole / ate up <time> of my <day>"',
  'blame',
  [
    'you wasted 15 minutes of my break with that nonsense',
    'u stole two hours of my sunday with your rant',
    'your stream ate up my whole evening and said nothing',
  ],
  [
    'your recipe took 3 hours but it was worth every minute',
    'you stole my whole afternoon with your stories, loved it',
    'you never wasted a minute of my time',
  ],
);

kind(
  '"you turned <any occasion, even a nice one> into a <bad thing>"',
  'blame',
  [
    'you turned a lovely brunch into a shouting match',
    'u turned the group chat into a war zone',
    'you have turned our home into a nightmare',
  ],
  [
    'you turned my frown into a smile',
    'you turned the spare room into a lovely studio',
    'you turned that messy garden into a paradise',
  ],
);

kind(
  '"your <act> made me <any verb>"',
  'blame',
  [
    'your reply made me feel stupid',
    'ur edit made me redo the whole table',
    'your texts make me want to throw my phone',
  ],
  [
    'your message made me smile',
    'your comment made me call my mum tonight. thank you',
    'your speech made me tear up, so proud of you',
  ],
);

kind(
  '"thanks to you" + a chore or a sanction that followed',
  'blame',
  [
    'thanks to u i get to explain this to my boss',
    'thanks to you we have to start the whole form over',
    'thanks to you guys the server got locked for a week',
  ],
  [
    'thanks to you i get to see my grandkids every week',
    'thanks to your help we get to keep the house',
    'thanks to you i have to buy a bigger shelf for all these books lol',
  ],
);

kind(
  '"<a bad thing> is 100% on you / on your head"',
  'blame',
  ['the whole mess with the caterer is 100% on you', 'this whole fiasco is on your head'],
  [
    'dinner is 100% on you tonight',
    'the decision is fully on you, no pressure',
    'the spotlight is on you tonight, enjoy',
  ],
);

kind(
  '"look at what you\'ve done to <anything>" (what it used to be is the loss)',
  'blame',
  ['look at what you have done to this forum, it used to be fun', "look what you've done to our team"],
  ['look what you did to my hair! love it', 'see what you did to the kitchen, so clean'],
);

// -- absolutes --------------------------------------------------------------------------------------
kind(
  '"you never fail to <harm>"',
  'absolutes',
  [
    'u never fail to annoy the whole table',
    'you never fail to make every holiday about yourself',
    'you never fail to embarrass my parents',
  ],
  [
    'you never fail to cheer me up',
    'you never fail to surprise me with snacks',
    'you never fail to show up for your friends',
  ],
);

kind(
  '"never fails, <they> …"',
  'absolutes',
  [
    'never fails, you vanish right when the bill comes',
    'never fails, he starts a fight at every wedding',
    'never fails, u call me at 6am on my day off',
  ],
  [
    'never fails, this tea fixes my headache',
    'never fails, you always make me laugh',
    'never fails, the sunset here is gorgeous',
  ],
);

kind(
  '"you do this in / at / with every <any occasion>"',
  'absolutes',
  [
    'you do this in every single meeting',
    'u pull this at every family dinner',
    'you guys do this with every update',
  ],
  [
    'you do this every morning? teach me',
    'you do this in every photo, so cute lol',
    'you guys do this every year and it is the best',
  ],
);

kind(
  '"as usual / yet again the <any group> <does harm>"',
  'absolutes',
  [
    'as usual the organisers forget the vegetarian option',
    'yet again the admins delete posts for no reason',
    'once again the referees ignore a clear foul',
  ],
  ['as usual the volunteers did an amazing job', 'as usual the kids loved the show'],
);

// -- withdrawal -------------------------------------------------------------------------------------
kind(
  'cut off: "blocked you on every app", "blocking this whole thread", "going on my block list"',
  'withdrawal',
  [
    'blocked you on every app',
    "i'm blocking this whole thread",
    'ur going on my block list',
    'unfollowed and blocked',
  ],
  [
    'muting the family chat during finals, call if urgent',
    'i blocked you by accident, sorry!',
    'did you block me?',
    'i muted you during the meeting because of the echo',
    'blocked the spam bots in the chat, all good now',
    "let's figure out together what's blocking you",
  ],
);

kind(
  '"you better watch your back / yourself" + a place or a time',
  'withdrawal',
  [
    'you better watch your back at practice',
    'u better watch yourself next time',
    "you'd better watch your mouth at dinner tonight",
  ],
  ['you better watch your step on those icy stairs', "you'd better watch yourself on the ice, it's slippery"],
);

kind(
  'a dare: "say that to me <anywhere> and see how it goes"',
  'withdrawal',
  ['say that to me in person and see how it goes', 'say it to my face at the party and see how that goes'],
  ['try the new recipe and see how it goes', 'post the draft and see how it goes'],
);

// -- heat -------------------------------------------------------------------------------------------
kind(
  '"hope your <thing> gets banned / flops"; a channel that blows up takes off',
  'heat',
  ['hope your account gets deleted', 'hoping your shop flops'],
  ['hope your podcast blows up this year', 'hope your song blows up on the radio'],
);

describe('rewordings of the new kinds keep the point', () => {
  it.each([
    ['u stole two hours of my sunday with your rant', 'i lost two hours of my sunday with your rant'],
    [
      'you never fail to make every holiday about yourself',
      'It hurts when you make every holiday about yourself',
    ],
    [
      'never fails, you vanish right when the bill comes',
      'It bothers me when you vanish right when the bill comes',
    ],
    [
      'thanks to u i get to explain this to my boss',
      "i have to explain this to my boss, and I'm upset about it",
    ],
    ['ur edit made me redo the whole table', "i redid the whole table, and I'm upset about it"],
  ])('%s', (text, want) => {
    expect(first(text).toLowerCase()).toBe(want.toLowerCase());
    rewordsClean(text);
  });
});

describe('the probe set kinds-crossc37.tsv (written before the rules)', () => {
  const rows = kindsRows('kinds-crossc37.tsv');
  it('keeps its recall and false alarms', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.76);
    expect(falseAlarms).toBeLessThanOrEqual(0.06);
  });
  it('reads the new frames in a long message in bounded time', () => {
    const long =
      'you wasted 40 mins of my life. never fails, you call me. u do this in every stream. blocked you on every app. thanks to you we have to redo it. '.repeat(
        800,
      );
    const t0 = performance.now();
    detect(long.slice(0, 100_000));
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
