/**
 * Warm kinds of the twenty-second session's detect24 helper: the kinds detect23 fixed in standard
 * spelling, and a few more, written in everyday chat spelling ("u", "ur", "cuz", "bc") and slang
 * praise ("slaps", "fire", "killed it", "im here for it"). Our own sentences, never a corpus row: a
 * warm message passes clean at the default sensitivity, its hostile near-twins stay flagged in their
 * category.
 */
import { kind } from './kinds';

kind(
  'credit in chat spelling: "cuz of u / bc of u" before a step taken or a thing now enjoyed',
  'blame',
  [
    'cuz of u i missed my flight',
    'bc of u i finally quit the band',
    'cuz of u i now hate mondays',
    'bc of u i actually have to redo it all',
  ],
  [
    'bc of u i finally booked the flights to rome!!',
    'cuz of u i finally signed up for the pottery class',
    'coz of u we finally tried that ramen place',
    'bc of u i actually like brussels sprouts now',
    'bc of u i now love running',
  ],
);

kind(
  'praise by ruin in chat spelling: "u ruined me, i cant go back to … after ur …"',
  'blame',
  [
    'u ruined me, i cant trust anyone now',
    'u ruined me, i cant go back to dating after ur lies',
    'u ruined my birthday for me',
  ],
  [
    'u ruined me, i cant go back to store cookies after ur brownies',
    'u ruined me for all other tacos fr',
    'ur lasagna ruined all other lasagna 4 me',
  ],
);

kind(
  'an absolute before slang praise: "as usual ur playlist slaps"',
  'absolutes',
  [
    'as usual ur late',
    'as usual u killed the mood',
    'as usual ur cooking slaps but ur late again',
    'as always ur pics are fire but u never post me',
  ],
  [
    'as usual ur playlist slaps',
    'as always ur garden looks fire',
    'as usual u killed it at karaoke',
    'as usual ur outfits are iconic',
    'as always ur pics are fire',
  ],
);

kind(
  'a label before slang praise: "ur so extra … and im here for it"',
  'talking-down',
  ['ur so extra, not here for it', 'ur so extra, im over it', 'ur so dramatic, its exhausting'],
  ['ur so extra with the cake and im here for it', 'ur so extra w the halloween decor and im obsessed'],
);

kind(
  'hype for a deed: "ur ridiculous, that save was sick"',
  'contempt',
  ['bro ur ridiculous, that excuse was insane', 'ur ridiculous, stop', 'ur insane if u think im paying'],
  ['bro ur insane, that goal was unreal', 'ur ridiculous, that save was sick'],
);

kind(
  'disbelief at good news: "shut up u did NOT get tickets"',
  'talking-down',
  [
    'shut up u did not get tickets, stop lying',
    'shut up u did NOT just say that',
    'shut up, u did NOT get tickets u liar',
  ],
  [
    'shut upppp u did NOT get tickets',
    'shut up u DIDNT win the raffle',
    'shut up u got the part?? im screaming',
  ],
);

kind(
  'a thing called stupid, or scorn paired with warmth: "dumb printer", "the dumbest cutest gremlin"',
  'contempt',
  [
    'stupid u',
    'ur stupid phone again, put it away',
    'ur phone is the dumbest phone ever',
    'my boss is the dumbest laziest man',
    'ur the dumbest sweetest idiot',
  ],
  [
    'dumb printer ate my essay again',
    'this dumb app logged me out again',
    'my cat is the dumbest cutest gremlin',
    "he's the stupidest sweetest pup",
  ],
);

kind(
  'a swear before praise of a deed, or in delight, or puzzled at a thing',
  'heat',
  [
    'damn girl, you killed my vibe',
    'damn, u killed it... killed the whole night for everyone',
    'wtf is this attitude??',
    'wtf is this text u sent me',
    'wtf, u ate my fries??',
  ],
  [
    'damn girl, u killed it',
    'damn sis u killed it at the recital',
    'damn bro, u nailed it',
    'wtf is this weather, hail in june??',
    'wth is this traffic, been stuck an hour',
    'wtf, u drove 3 hrs for my recital?? ily',
    'damn thank u sm for picking me up',
  ],
);

kind(
  'detect23 kinds in chat spelling: a phrase named, a list of what is loved, a joke on oneself',
  'talking-down',
  ['ur overreacting', 'i keep saying ur overreacting and u ignore me'],
  [
    'instead of saying ur overreacting, try asking whats up',
    'gotta stop saying u never listen, my therapist says use i statements',
    'and another thing i luv abt u: ur laugh',
    'real mature q: who wants pancakes at midnight?',
    'real mature of me ik lol',
  ],
);

kind(
  'detect23 kinds in chat spelling: a limit on oneself, a farewell to a thing, sympathy, a fond label',
  'withdrawal',
  ['one more excuse and im done', 'one more lie n im done w u'],
  [
    'one more ep and im done lol',
    '2 more exams n im done',
    'see u never, gluten',
    'sorry u gotta deal w that rn',
    'u muppet, u got me good w the rubber snake',
    'u clown, u had me fooled w that whoopee cushion',
    'ur such a mess lol, crocs w socks',
  ],
);
