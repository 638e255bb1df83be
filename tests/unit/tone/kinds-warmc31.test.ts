/**
 * False alarms by cause (session 31's warm round): the reason a message is warm, each guard with warm
 * near-twins that must pass clean and hostile twins that must stay flagged. Our own sentences, none
 * taken from any corpus.
 */
import { kind } from './kinds';

// -- blame for the pull of what they shared or recommended, laughed or cheered ----------------------
kind(
  'a "blame" for what they shared or recommended, with a laugh or a heart',
  'blame',
  [
    "it's your fault I missed the deadline, your tip was useless lol",
    'thanks to you I got lost, your directions were terrible 😂',
    "it's your fault the thread got locked, you shared the link",
  ],
  [
    "it's all your fault, I've cooked your curry recipe three nights in a row 😂",
    "ok whoever recommended this show, it's your fault I watched five episodes lol",
    'honestly your fault I stayed up till 1am finishing the podcast you recommended 😅',
  ],
);

// -- a pastime they brought the writer into ------------------------------------------------------------
kind(
  'a "blame" for a pastime they got the writer into',
  'blame',
  [
    'you got me into crypto and now I’m broke',
    'you got me into this and now I’m broke',
    'you got me into trouble with my landlord',
  ],
  [
    'you got me into F1 and now Sundays are sacred',
    "you got me hooked on wordle and now I'm late to work, thanks babe",
  ],
);

// -- a hurdle overcome or a fear gone, credited to them --------------------------------------------------
kind(
  'a hurdle overcome, a pleasure taken up again, a fear gone',
  'blame',
  [
    "because of you I can't trust anyone anymore",
    "you're the reason I'm not happy anymore",
    'because of you I finally started smoking again',
  ],
  [
    "you're the reason I didn't quit the choir",
    "you're the reason I didn't give up on my thesis",
    'because of you I finally started drawing again',
    "because of you I'm not scared of driving anymore",
  ],
);

// -- absolutes: a treat given, a feat praised, a bad word denied ----------------------------------------
kind(
  'a habit of giving treats, an absolute before praise of a feat, a bad word denied',
  'absolutes',
  [
    'you never bring snacks to anything',
    'you always leave me the dishes',
    'you always have to have the last word',
    'once again you nailed it 🙄',
    'once again you killed the vibe',
  ],
  [
    'you always bring cake to book club 🍰',
    'you always leave us the last piece, you saint',
    'you NEVER let me pay for coffee haha',
    'once again you smashed it 🔥',
    'once again you nailed the presentation 👏',
    'as always you were the life of the party, nobody has stopped talking about it',
  ],
);

// -- a mild label opening the message, with care or thanks --------------------------------------------
kind(
  'a mild label said to them, with care or thanks beside it',
  'contempt',
  [
    'you idiot, of course you broke it',
    'you clown, I will bring it but this is the last time',
    'lmao you idiot, you fell for it',
    'you moron, you forgot my birthday 😂',
    'you dork, you forgot my birthday again lol',
  ],
  [
    "you weirdo, of course we'll come to your dog's birthday 🎂",
    'You idiot, you were meant to let me get the bill! thank you though',
    'lol you clown, you posted that in the work chat 😂 no worries, everyone loved it',
    "you dork, you bought the same jumper as me, of course I'll wear mine tomorrow",
  ],
);

// -- thanks after a fault of theirs denied, a hardship conceded ------------------------------------------
kind(
  'thanks after a fault denied ("never complain, even when…", "never make me feel like a…")',
  'blame',
  [
    'you walked out, even though I was crying. thanks for that',
    'you never once apologised for the mess. thanks for that',
    "I can't believe you ruined it. thanks for that",
  ],
  [
    'you never panic, even when the server is on fire. thank you for that',
    'you never make me feel stupid for asking. thanks for that',
  ],
);
