/**
 * False alarms by cause, round h-warmb30 (blame, absolutes, withdrawal): warm messages the engine read
 * as hostile, grouped by why they looked so, each with sentences written for these tests. The warm
 * wordings pass clean; their hostile near-twins (the same shape, the hurt kept) stay flagged.
 */
import { kind } from './kinds';

kind(
  'blame for a good state the lexicon leaves unscored: "you\'re the reason this place is so kind"',
  'blame',
  [
    "you're the reason our volunteers keep quitting",
    "you're the reason this place isn't welcoming anymore",
    "you're the reason this fight is happening at all",
    'because of you the kids keep asking why we fight',
  ],
  [
    "you're the reason this place is so kind",
    'because of you this server feels so welcoming to newcomers',
    "you're the reason the regulars keep coming back every friday",
    'you are the reason this forum feels so wholesome',
    'Grandma adored the visit. Because of you she keeps asking when the next lunch is.',
  ],
);

kind(
  'blame for a cost owned as worth it: "zero regrets", "I\'d do it again", "my heart is full"',
  'blame',
  [
    'you ruined my diet and it was not worth it',
    'you ruined my birthday and you would do it again',
    "you're the reason I'm broke. hope you think it was worth it",
    "it's your fault I'm broke again, zero regrets",
    'because of you I lost my deposit. was it worth it?',
    "you're the reason I lost the flat, no regrets huh?",
    "it's your fault we missed the wedding, worth it for you I bet",
  ],
  [
    'you got me into bouldering and my hands are wrecked but honestly worth it',
    "it's your fault I spent my whole paycheck on yarn, zero regrets",
    "you made me eat three slices of cake and I'd do it again",
    'you got me into vinyl and now my shelf is overflowing but my heart is full',
  ],
);

kind(
  'a break for a stretch of time, the door left open: "logging off for the weekend, text me"',
  'withdrawal',
  [
    "I'm out of the group for good. don't text me",
    "I'm leaving the group for a while, don't bother messaging me",
    "I'm out of this group for a week, I can't stand any of you. ping me if you must",
  ],
  [
    'muting this chat for a bit, text me if you need me',
    "I'm out of the group for a week, my sister's wedding. miss you all already",
    'muting the server for the exam week, dm me if something breaks',
    "I'm leaving the group chat for a few days while we move. talk to you on sunday",
  ],
);

kind(
  'an absolute for a habit that cheers or inspires: "you always make the lobby feel fun", "teach me your ways"',
  'absolutes',
  [
    'you always make the lobby feel awkward',
    'you always make everything feel like a competition',
    'every time you post I want to scream',
    "every time you post I get jealous and it's annoying",
    'every time you open your mouth I want to leave',
    'every time you run a meeting it drags on forever. teach me your ways',
  ],
  [
    "you always make the lobby feel fun even when we're losing",
    'you always make the new folks feel welcome, even when the thread gets busy',
    'you always make game night feel like family',
    'every time you share a recipe I want to cook all weekend',
    'every time you post your garden I want to plant something',
    'Every time you post a hike I get jealous, which trail is that?',
    "every time you host you learn everyone's names, teach me your ways",
  ],
);

kind(
  'an absolute for a kind act, thanked: "classic you, remembering everyone\'s order. Thank you!!"',
  'absolutes',
  [
    'Classic you, forgetting my birthday. Thank you!!',
    "Classic you, remembering everyone's birthday except mine. Thanks!!",
    'as usual you remembered to blame me. thank you',
    "Every time I visit you remind me how much I've failed. Thank you.",
  ],
  [
    "Same as always, you remembered the kids' allergies. Thank you!!",
    'Every time we pair up I learn a new shortcut from you. Thank you.',
    'every single time I come home you spoil me rotten, thank you for the pie',
    'as usual the volunteers were stars, thank you for cleaning up the hall',
  ],
);
