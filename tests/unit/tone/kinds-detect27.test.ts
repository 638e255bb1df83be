/**
 * Detection kinds of the twenty-fourth session's detect27 helper (false alarms), each on our own
 * sentences (written from the kinds named in the brief, never from a corpus row): hostile twins
 * that share the words and must be flagged in their category, and warm look-alikes that must pass.
 */
import { kind } from './kinds';

// -- a "blame" for a fandom or hobby, said with a loud-crying face ----------------------------

kind(
  'a "blame" with a loud-crying face for a show, a song, a game or a hobby',
  'blame',
  [
    'because of you I lost my job 😭',
    "it's your fault I'm addicted to gambling 😭",
    'because of u im now broke and alone 😭',
    "because of you I'm hooked on painkillers 😭",
  ],
  [
    'because of u im now addicted to this anime 😭',
    "it's your fault I'm obsessed with that band 😭",
    'Thanks to you, well, because of you, I am now thoroughly hooked on that podcast 😭',
    "it's ur fault i've got a whole baking habit now 😭",
  ],
);

// -- an effort of one's own called pathetic -----------------------------------------------------

kind(
  'scorn for an effort the writer owns a few words on ("from me", "over here", "on my part")',
  'contempt',
  [
    'Pathetic effort from you at practice today',
    'Pathetic attempt at an apology from him',
    'pathetic people over here',
  ],
  [
    'Pathetic effort from me at practice today, back at it tomorrow',
    'sad attempt at a birthday cake over here lol, it leans',
    'A pathetic showing on my part this quarter; I will do better.',
  ],
);

// -- the troll of a game or a story ----------------------------------------------------------------

kind(
  'the troll of a game, a myth or a story',
  'contempt',
  [
    "he's a troll in every dungeon run",
    'my brother is a troll, he hid my sword in the game',
    'you troll, stop spamming the raid chat',
  ],
  [
    'the cave troll in level 4 keeps one-shotting me',
    'In Norse myths a troll turns to stone at dawn',
    'my kid drew a troll from her fairy tale book, so cute',
  ],
);

// -- "and another thing" that adds praise ----------------------------------------------------------

kind(
  '"and another thing" followed by what the writer loved or enjoyed',
  'absolutes',
  ['And another thing, you never listen', 'And another thing I hated: you left early'],
  [
    'and another thing we really enjoyed was the food',
    'And another thing that I adore about this place: the staff remember your name',
    'and another thing i liked, the bonus levels',
  ],
);

// -- a grip on a thing ----------------------------------------------------------------------------

kind(
  '"get a grip on" a thing held in the hand',
  'talking-down',
  ['get a grip', 'Get a grip on yourself', 'get a grip on reality', 'get a grip on your temper'],
  [
    'get a grip on both handles before you lift',
    'Grab the rail, then get a grip on the top bar',
    'Get a grip on the lid of the jar and twist hard',
  ],
);

// -- "your fault" as how it feels to them, granted --------------------------------------------

kind(
  '"I know it feels like your fault": their feeling granted, not a charge',
  'blame',
  [
    "I know it's your fault",
    'I know it feels bad but it is your fault',
    'it feels like your fault because it is your fault',
    'I know it was your fault',
  ],
  [
    'I know it feels like your fault but the delay was the courier',
    "i get that it might seem like ur fault, it really isn't",
    'I understand why it looks like your fault. The printer jammed on its own.',
  ],
);

// -- a grin beside an absolute ------------------------------------------------------------------

kind(
  'a grinning face beside "classic you" or "typical you" for a kindness',
  'absolutes',
  [
    'classic you, never pulling your weight 😃',
    'classic you, forgetting my birthday again 😄',
    'typical you, late as always 😁',
  ],
  [
    'classic you, bringing snacks for the whole office 😄',
    'typical you, always the first one to offer a lift 😁',
    'Classic you, remembering everyone’s coffee order 😃',
  ],
);
