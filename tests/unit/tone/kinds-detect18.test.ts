/**
 * Detection kinds of the eighteenth session's detect18 helper, for withdrawal and talking down, each
 * on our own sentences (written from the kinds named in the brief, never from a corpus row): hostile
 * wordings that must be flagged in their category, and warm look-alikes that must pass clean.
 */
import { kind } from './kinds';

// -- withdrawal ---------------------------------------------------------------------------------

kind(
  'the quarrel handed to a lawyer',
  'withdrawal',
  [
    "you'll be hearing from my lawyer",
    'You will be hearing from my attorney.',
    'fine. expect to hear from my solicitor',
    'my lawyer will be in touch',
    'see you in court.',
  ],
  [
    'my solicitor will be in touch on Monday about the lease',
    "you'll be hearing from my lawyer about the closing date, thanks so much for your help!",
    'see you in court tomorrow, good luck with the case!',
    'see you in court lol, best of three at badminton',
  ],
);

kind(
  'absence held over them',
  'withdrawal',
  [
    "I won't be here when you get back.",
    "if you go out with them again I won't be home when you wake up",
    "we won't be here when you get home",
  ],
  [
    "I won't be here when you get back, I've got the dentist at 3",
    "I won't be home when you get back but dinner's in the oven ❤️",
    "don't worry if I won't be here when you arrive, Sam has the key",
  ],
);

kind(
  'left behind as a threat',
  'withdrawal',
  [
    "if you aren't in the car in five minutes I'm leaving without you",
    "if you don't get up now we're going without you, and I mean it",
    "I'm going without you. I mean it.",
  ],
  [
    "if you're busy we'll go without you, no stress",
    "I'm going without you, see you at the party!",
    "if you're not feeling better we'll go without you and bring you cake",
    "we're leaving without you lol hurry up",
  ],
);

kind(
  "a martyr's withdrawal",
  'withdrawal',
  [
    "fine, I'll just stop asking then",
    "I'll just stop trying then, since nothing I do is right",
    "ok I'll just not exist then",
    "whatever. I'll just stop bothering.",
  ],
  [
    "I'll just stop at the shop then",
    "I'll just ask Dad then, thanks!",
    "I'll just stop texting then, I'll call you after work",
    "I'll just try again tomorrow",
  ],
);

kind(
  'a replacement wished on them',
  'withdrawal',
  [
    'good luck finding someone else to cook for you',
    'good luck replacing me',
    'good luck finding another roommate who puts up with this',
  ],
  [
    "sorry I can't make it, good luck finding someone else to cover",
    'good luck finding another flat, the market is mad',
    'good luck finding someone else!',
  ],
);

kind(
  'a last warning',
  'withdrawal',
  [
    'last warning, next time you borrow my car without asking you can walk',
    'Final warning. Do that again and we are done.',
    'last chance. if you lie to me one more time I leave',
  ],
  [
    'last chance to sign up for the trip!',
    'final warning, the pizza is almost gone 😂',
    'last warning: the bus leaves at 8, be there',
  ],
);

kind(
  'nothing more to be had from them',
  'withdrawal',
  ["you won't see another penny from me", "you're not getting another minute from me"],
  [
    "you won't see another chance like this, grab it!",
    "you won't get another minute of peace once the baby comes lol",
  ],
);

kind(
  'cut out of their life',
  'withdrawal',
  ['unsubscribe me from your life', 'just delete me from your life.'],
  ['unsubscribe me from your newsletter please', 'you can delete me from the group spreadsheet'],
);

kind(
  'calls shut out',
  'withdrawal',
  ['u can talk to my voicemail', "talk to my voicemail. I'm done."],
  [
    "if I don't pick up, talk to my voicemail and I'll call you back",
    'talk to my voicemail haha it misses you',
  ],
);

kind(
  'leaving said curtly',
  'withdrawal',
  [
    "I'm out. Find yourselves another goalkeeper.",
    "I'm packing a bag. Don't wait up.",
    'gonna go ahead and leave this group, bye',
    'sure. fine. great.',
  ],
  [
    "I'm out of milk, can you grab some?",
    "I'm packing a bag for the trip! don't wait up",
    "don't wait up, the movie is long ❤️",
    'great. perfect. thanks so much',
    "gonna leave the group chat now the party's over, thanks everyone!",
  ],
);
