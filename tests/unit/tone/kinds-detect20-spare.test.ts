/**
 * The false-alarm kinds of round detect20 that waited for room in the detection bundle (merged once
 * shrink20 freed it), on our own sentences: fond labels before help offered, hype for a skill and
 * disbelief at good news; a thing called thrilling with a cheer beside it; shouted wishes and
 * cheers; a label the writer gives themself in an exclamation; a laughing protest. Each with
 * hostile near-twins that stay flagged.
 */
import { kind } from './kinds';

kind(
  'a fond label before help offered, not a label alone',
  'contempt',
  ['you dummy, you broke it again and you never listen', 'You idiot, you lost the keys again.'],
  [
    "You muppet, you left your charger here! I'll drop it round tomorrow.",
    "you dork, you forgot your lunchbox. I'll bring it to the office",
  ],
);

kind(
  'a thing called thrilling, not a thing or person run down',
  'heat',
  ['THAT WAS A DISGRACE!!! what a mess', 'that ref was INSANE!!! what a joke'],
  ['that last lap was insane!!! what a race', 'The fireworks were UNREAL!!! what a night'],
);

kind(
  'shouted wishes and cheers, not shouting at someone',
  'heat',
  ['WHY DID YOU LEAVE WITHOUT ME!!!', 'ANSWER YOUR PHONE!!!'],
  ['HAPPY HOLIDAYS EVERYONE!!!', 'SEE YOU TOMORROW!!!'],
);

kind(
  'a label the writer gives themself, not one for the reader',
  'contempt',
  ['what an idiot you are, you put salt in my tea'],
  ['what an idiot I am, I locked myself out again 🙈', 'what a muppet I am, I forgot my own birthday lunch'],
);

kind(
  'a laughing protest, not a protest',
  'heat',
  ['STOP!!! I said stop touching my stuff', 'NO YOU DIDNT!!! how could you'],
  ["STOP!!! I'm crying 😂 that video", 'hahaha NO you didnt!!! legend'],
);
