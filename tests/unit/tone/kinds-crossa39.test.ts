/**
 * Absolutes and withdrawal as open-slot frames (helper crossa39, session 39): each construction with
 * hostile variants in three registers (a partner's text, a coworker's chat line, a stranger's comment)
 * and warm twins that must pass clean. Our own sentences, none taken from any corpus.
 */
import { expect, it } from 'vitest';
import { first, kind } from './kinds';

kind(
  'a tally opening a complaint about anyone (any subject, any verb)',
  'absolutes',
  [
    'once again the landlord ignores every email about the heating',
    'yet again the release notes say nothing about the breaking change',
    'as per usual the neighbours park across our drive without asking',
    'like always, the organisers cancel with zero notice',
  ],
  [
    'once again the choir sounded lovely tonight',
    'as usual, ping me if anything is unclear. happy to help',
    'yet again the fireworks scared the dog, so we stayed in',
    'as usual I forgot my umbrella, sorry for being late',
    'once again, the meetup is at the library this month',
    'as usual you are right, my route was a terrible idea',
  ],
);

kind(
  '"you can never just <any act owed to us>"',
  'absolutes',
  [
    'you can never just be happy for me',
    "you can't ever just let us finish a sentence, can you",
    'u can never just support people when they try something new',
  ],
  ['you can never just have one cookie, they are too good', 'you can never be too careful with ladders'],
);

kind(
  'all of their work judged at once ("every single one of your…", "not one of your…")',
  'absolutes',
  [
    'every single one of your reviews is petty and wrong',
    'not a single one of your estimates has held up this quarter',
    'none of your patches ever build cleanly',
  ],
  [
    'every single one of your photos makes me want to travel',
    'not a single one of your plants died while you were away!',
    'none of your business, but the cake was amazing',
  ],
);

kind(
  'every shared talk or outing said to turn the same way',
  'absolutes',
  [
    'every dinner with you turns into a lecture about my job',
    'every single call we have ends with you hanging up on me',
    'each meeting with you ends up being about your old team',
  ],
  [
    'every dinner with you turns into a night of giggles',
    'every call we have ends with us laughing about nothing',
    'every trip with you ends in the best memories',
  ],
);

kind(
  'a public goodbye with a parting shot',
  'withdrawal',
  [
    'unsubscribed. this place went downhill fast',
    'leaving this subreddit, the whole thing is an echo chamber',
    'uninstalling, the devs clearly do not care. good luck',
    'deleting my account, enjoy your little clown show',
  ],
  [
    'unsubscribed from the emails but still love the shop',
    'leaving this group for a while, moving abroad, thanks for everything',
    'unfollowed a few news pages and I sleep better now',
  ],
);

kind(
  'the task handed back: "deal with it / sort it out yourselves"',
  'withdrawal',
  [
    "deal with it yourself, I've got my own deadlines",
    'sort it out yourselves, I am off this thread',
    "fix it yourself, i'm not your personal IT desk",
  ],
  [
    "no need to deal with it yourself, I'll come round on Sunday",
    'you can fix it yourself with a screwdriver, the guide is great',
  ],
);

it('rewords "you can never just…" as the act wished for', () => {
  expect(first('you can never just be happy for me')).toBe(
    "it would mean a lot to me if you'd be happy for me",
  );
});
