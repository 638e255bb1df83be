/**
 * False alarms by cause (session 32's warm round): the reason a message is warm, each guard with warm
 * near-twins that must pass clean and hostile twins that must stay flagged. Our own sentences, none
 * taken from any corpus.
 */
import { kind } from './kinds';

// -- the writer welcomes the habit or the cost they name ----------------------------------------------
kind(
  'an absolute the writer says they love, value or want kept',
  'absolutes',
  [
    'you never listen and i love that 🙄',
    'you always cancel on me. it means a lot, really 🙃',
    'you never text back and i love that 🙄',
    'you always interrupt me and it means a lot 🙃',
  ],
  [
    'you always ask how my day was and it means a lot',
    'you never miss a match of mine and it means so much',
    'you always fall asleep during films and i love that about you',
    'mate you never change and I hope you never do',
    'you always send me voice notes instead of texts, please keep doing it',
  ],
);
kind(
  'a blame whose cost the writer welcomes',
  'blame',
  [
    'because of you I lost my job and I regret nothing? really?',
    "it's your fault we lost the deposit, keep them coming 🙄",
  ],
  [
    "it's your fault I've watched four seasons of that quiz show and I regret nothing 😂",
    "you're the reason I own six houseplants and I wouldn't have it any other way",
  ],
);

// -- the writer says it is meant kindly -----------------------------------------------------------------
kind(
  'a blame or a label said "in the best way" or "(complimentary)"',
  'blame',
  ['you make me miserable and not in a good way', 'you make me so anxious, and not in the best way'],
  ['you make me nervous in a good way haha', 'you drive me up the wall, in the best way'],
);
kind(
  'a label marked as a compliment',
  'contempt',
  ["you're pathetic, and not in the best way", "you're a freak, and not in a good way"],
  [
    "you're unhinged (complimentary) for baking four cakes in a day",
    "you're insane (complimentary), who paints a whole mural in a weekend",
  ],
);

// -- the writer or their own side is the one labelled ------------------------------------------------------
kind(
  'a label for the writer or their own side, nobody addressed',
  'contempt',
  [
    'our son is such an idiot',
    'our neighbours are pathetic',
    "we're surrounded by idiots",
    'how stupid are you',
  ],
  [
    "we're such a pair of clowns, we both forgot the cake",
    'we are two clowns who left the tickets on the kitchen table',
    'how pathetic am I, I cried at the trailer',
    'how stupid am I, I put the milk in the cupboard again',
    'our team is rubbish at darts but we are having the best night',
  ],
);

// -- the forfeit of a game or a bet -------------------------------------------------------------------------
kind(
  '"loser buys…": the forfeit of a game or a bet',
  'contempt',
  [
    'that loser buys everything with my money',
    'loser has no friends',
    'ok loser, pay up',
    'loser does nothing all day',
  ],
  [
    'loser buys the first round, those are the rules',
    'loser does the washing up tonight 😉',
    'loser pays for pizza after the game, deal?',
  ],
);

// -- a change for the better credited to them, with a smile -----------------------------------------------
kind(
  'a change for the better ("actually", "finally") credited to them, with a smile',
  'blame',
  [
    'because of you I actually had to cancel the trip 🙄',
    'thanks to you I finally lost my job lol',
    'because of you we actually missed the flight lol',
    'because of you I actually cried at work today 😂',
  ],
  [
    'because of you two, the allotment actually has courgettes this year 🥒',
    'because of you I actually remember to take my vitamins now 💊',
    'thanks to you my nan finally uses the group chat 📱',
  ],
);

// -- mock outrage at something good --------------------------------------------------------------------------
kind(
  'mock outrage followed by delight at what they did',
  'contempt',
  [
    "who do you think you are? you're not a genius",
    'who do you think you are, a genius?',
    'how dare you. congrats on ruining my birthday',
    'who even raised you? love you though',
    "what is wrong with you? you're the best at ruining things",
  ],
  [
    'who do you think you are, a chef? that looks amazing',
    "you can't be serious, you passed?? so happy for you",
    'who taught you to sing like that? teach me',
    'how dare you be this good at baking 😍',
  ],
);

// -- a teased slip, laughed at, the thing given back --------------------------------------------------------
kind(
  'a pet name over their slip, laughed at, and the thing given back',
  'contempt',
  [
    "you idiot, you lost my keys again lol, I'll get new ones myself",
    "you absolute idiot, you crashed my car again 😂 I'll send you the bill",
    "you dork, you broke the vase again lol, I'll sweep it up",
  ],
  [
    "you muppet, you left your glasses at mine again 😂 I'll post them on friday",
    "you numpty, you left your keys here again lol, I'll drop them round",
  ],
);

// -- a label taken back as praise ------------------------------------------------------------------------------
kind(
  'a label taken back as praise ("ridiculous. Ridiculously good")',
  'contempt',
  [
    "you're ridiculous. ridiculously lazy.",
    "you're insane, insanely selfish",
    "you're pathetic. pathetically good at lying",
  ],
  ["you're ridiculous. ridiculously gifted, honestly", "you're absurd. absurdly good at crosswords"],
);

// -- a jibe at a thing or a pet ------------------------------------------------------------------------------------
kind(
  'mock thanks, applause or interest aimed at a thing or a pet',
  'contempt',
  [
    'thanks for nothing, the whole weekend is ruined',
    'wow thanks for nothing. great game',
    'cool story, nobody asked',
    'slow clap for the guy who broke the build',
    'thanks for nothing, the app you built is useless',
  ],
  [
    'thanks for nothing, printer',
    'thanks for nothing, weather forecast',
    'cool story, my cat does the exact same thing lol',
    'slow clap for the printer that finally works',
  ],
);
