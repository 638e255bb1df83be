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
  ],
  ["you'll be hearing from my lawyer about the closing date, thanks so much for your help!"],
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

// -- talking down -------------------------------------------------------------------------------

kind(
  'a feeling named as a passing state',
  'talking-down',
  [
    "you're clearly emotional",
    "you're obviously being dramatic about this",
    "you're reading way too much into this",
    "you're taking it too personally",
  ],
  [
    "you're clearly emotional about the wedding and that's lovely",
    "I think I'm reading too much into it",
    "you're obviously thrilled, I love it",
  ],
);

kind(
  'their feeling mocked in the third person',
  'talking-down',
  ["someone's emotional today", "somebody's being dramatic", "someone's a bit touchy this morning"],
  [
    "someone's excited for the weekend!",
    'is someone emotional about graduation? ❤️',
    "someone's sleepy today",
  ],
);

kind(
  'their upset made too much',
  'talking-down',
  [
    'why are you getting so worked up?',
    'why are you so wound up about a text',
    'why are you getting so defensive, it was a question',
    "don't get so worked up",
  ],
  [
    'why are you so upset? tell me what happened ❤️',
    "I'm getting so worked up about the exam",
    "don't get so worked up about the exam lol, you'll smash it",
  ],
);

kind(
  'their words put down to a state',
  'talking-down',
  ["you're tired, you don't know what you're saying", "you don't even know what you're saying"],
  [
    "if you don't know what you're saying, just read from the card",
    "you don't know what you're saying, you were amazing tonight ❤️",
  ],
);

kind(
  'their concern waved off',
  'talking-down',
  ["it's nothing, so don't make it one", "don't make it a thing", "it was a joke, don't make it about you"],
  [
    "please don't make it a big deal for my birthday, I'd love a quiet one",
    "don't make it a thing lol I just got a haircut",
    "don't make it too big, the oven is small",
  ],
);

kind(
  'a lowered voice ordered',
  'talking-down',
  ['lower your voice', 'keep your voice down when you talk to me', "don't raise your voice at me"],
  [
    "lower your voice, the baby's asleep",
    'keep your voice down in the library lol',
    'keep your voice warm before the concert',
  ],
);

kind(
  'an equal told to behave like an adult',
  'talking-down',
  ['reply like an adult', 'Stop. Then act like a grown-up.', 'just talk like an adult for once'],
  [
    "let's talk like adults and sort it ❤️",
    'you handled that like an adult, proud of you',
    'we argued like adults for once',
  ],
);

kind(
  'the warning that they had better listen',
  'talking-down',
  ["I'm only going to say this once", "listen up, I'll only explain it once"],
  [
    "I'll only say this once, you were amazing tonight",
    "I'm only going to say this once in the meeting, so take notes",
  ],
);

kind(
  'obedience with a threat after it',
  'talking-down',
  ["do what I say and we won't have a problem", 'just do as I say and nobody gets upset'],
  ['do what I said in the recipe and you will love it'],
);

kind(
  'their say denied',
  'talking-down',
  [
    "you're not qualified to have an opinion on this",
    "you're in no position to lecture me",
    "Honestly you're not qualified to comment.",
  ],
  ["you're qualified to judge the bake-off, congrats!", 'are you not in a position to talk right now?'],
);

kind(
  'sent off to study before speaking',
  'talking-down',
  [
    'maybe learn how a pension works before you comment',
    'Before you reply again, read up on the law.',
    'learn what the word means before you lecture me',
  ],
  ['learn how the espresso machine works before you try it', 'I should learn how it works before I comment'],
);
