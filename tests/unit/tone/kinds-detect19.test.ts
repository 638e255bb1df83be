/**
 * Detection kinds of the nineteenth session's detect19 helper, each on our own sentences (written
 * from the kinds named in the brief, never from a corpus row): hostile wordings that must be
 * flagged in their category, and warm look-alikes that must pass clean.
 */
import { kind } from './kinds';

// -- blame without "you" as the subject -------------------------------------------------------

kind(
  'their act as the subject of the causative',
  'blame',
  [
    'your big mouth got me fired',
    'ur lateness got us kicked out',
    'your stupid joke got us banned from the pub',
  ],
  ['your advice got me through the exam', 'your cooking got us through the winter'],
);

kind(
  'the cause named last',
  'blame',
  [
    "the only reason we're late is you",
    "the reason I'm stressed is you",
    "the real reason I'm miserable is you",
  ],
  ["the reason I'm smiling is you", 'the reason I moved here is you', "the only reason I'm happy is you"],
);

kind(
  'sour thanks after a loss',
  'blame',
  [
    'had to walk home in the rain. cheers for that',
    'had to walk home in the rain. thanks a lot',
    'missed the start of the film cos you were late, so thanks for that',
  ],
  [
    'you sent me the slides, thanks for that!',
    'thanks for that, it really helped',
    'Thanks for that. See you Monday.',
    'you covered my shift, thanks for that',
    'I lost my keys but you found them. thanks for that',
    'my phone died so you drove me home. thanks a lot',
  ],
);

kind(
  'a stressed SOMEONE',
  'blame',
  [
    "we're late because SOMEONE couldn't find their keys",
    'SOMEONE left the milk out again',
    'the bin stinks because *someone* forgot to take it out',
  ],
  [
    'SOMEONE finished their homework early',
    'SOMEONE passed their driving test today 🎉',
    'someone left the milk out again',
  ],
);

kind(
  'a loss after "can\'t even", or "thanks to you" with a loss',
  'blame',
  ["can't even sleep because of your snoring", 'thanks to you I got a written warning'],
  ['thanks to you I got a pay rise', 'because of your help we finished early'],
);

// -- absolutes without always / never --------------------------------------------------------

kind(
  'the tally opening a complaint that names no one',
  'absolutes',
  [
    'as usual the bins are still full',
    'As per usual nobody replied to my email.',
    'once again the rent is late',
  ],
  [
    'as usual the food was amazing',
    "as usual I'm running late, sorry guys",
    'once again thank you all for coming',
    'once again the team pulled it off!',
    "once again, we're closed on Monday for the holiday",
    'yet again the printer is broken',
  ],
);

kind(
  'the only one who did it',
  'absolutes',
  [
    "once again I'm the only one who cleaned the bathroom",
    "as always I'm the only one who remembered mum's birthday",
  ],
  ["once again I'm the only one who passed lol"],
);

kind(
  'the story of the two of us',
  'absolutes',
  ['story of our marriage honestly', 'Story of our relationship: I give, you take.'],
  ['the story of our marriage began in a tiny flat in Leeds'],
);

kind(
  'the time it has lasted, then the lapse',
  'absolutes',
  ["five years and you still can't cook rice", "three weeks and u still haven't fixed the tap"],
  ['ten years and you still make me laugh every day', 'five years and you still give me butterflies'],
);

kind(
  'the act as their habit, said last',
  'absolutes',
  ['this is what you do.', 'you were late again. this is what you do.', "that's what you always do"],
  [
    "You make people feel at home. That's what you do.",
    'This is what you do: open the app, tap settings, then reset.',
    'this is what you do best!',
  ],
);

// -- contempt ----------------------------------------------------------------------------------

kind(
  'sarcastic praise of conduct',
  'contempt',
  ['Lovely manners on display tonight.', 'great parenting there, really', 'Wonderful driving there.'],
  [
    'Great sportsmanship on display from both teams today!',
    'great parenting there, you handled that tantrum so calmly',
    'lovely manners on display at the wedding, your kids are a credit to you',
    'nice driving there! you got us home in one piece',
    'Great listening there, thank you for hearing me out',
  ],
);

// -- heat --------------------------------------------------------------------------------------

kind(
  'a shouted order to keep off, or to undo now',
  'heat',
  [
    'STOP SENDING ME THESE INVOICES I ALREADY PAID THEM',
    'STOP FORWARDING ME CHAIN LETTERS',
    'no no no. UNDO THAT NOW',
  ],
  [
    'WE WON!!! GET IN!!!',
    'WE WON!!! LETS GO!!!',
    'love this song. TURN IT UP NOW',
    'STOP PRESS: NEW VENUE ANNOUNCED',
  ],
);

// -- talking down --------------------------------------------------------------------------------

kind(
  'a mood waved off, or a face ordered',
  'talking-down',
  [
    'smile, it might not be that bad',
    "cheer up, it's not the end of the world",
    'you should smile more',
    'smile more, you look miserable',
  ],
  [
    "smile! you're on camera 📸",
    'smile for the camera',
    "smile, it's Friday 😊",
    "cheer up, it's not your fault, we'll sort it",
    'you should smile more often, it suits you',
    'I smile more since I met you',
  ],
);

kind(
  'sent off like a child',
  'talking-down',
  ['go to your room', 'Go to your room and think about what you did.'],
  ["go to your room and grab your coat, we're leaving", "go to your room, I'll bring your dinner up"],
);

// -- withdrawal ----------------------------------------------------------------------------------

kind(
  'doors shut: left behind, last warning, court, money, voicemail',
  'withdrawal',
  [
    "if you're not in the car in 5 minutes I'm going without you",
    'last warning, next time you touch my stuff it goes in the bin',
    'see you in court',
    "you won't see another penny from me",
    'u can talk to my voicemail',
  ],
  [
    "if you're busy we'll go without you, no stress",
    'see you in court on Monday for the hearing, I booked us a table after!',
    'you can leave me a voicemail if I miss you',
  ],
);
