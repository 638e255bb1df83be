/**
 * Absolutes about others (session 34, helper crossc34b): "as usual / once again / yet again" opening a
 * complaint about the people who run a place or serve it, "you never X then / before Y", and withdrawal
 * from a group or from "you" ("this channel is dead to me", "I'll stay out of your way"). Each with warm
 * near-twins that must pass clean. Our own sentences, none taken from any corpus.
 */
import { describe, it } from 'vitest';
import { kind, rewordsClean } from './kinds';

// -- history charged to a group: the phrase opens the sentence, the group does harm ---------------------
kind(
  '"as usual / once again / yet again" + a group that runs the place doing harm to the writer',
  'absolutes',
  [
    'as usual the mods deleted my post for no reason',
    'once again customer service hung up on me',
    'yet again the HOA fined us for nothing',
    'As usual the admins banned me without a word',
    'once again the landlord did nothing about our leak',
    'yet again the refs ignored the foul on us',
    'as usual the bank charged me twice',
  ],
  [
    'as usual the mods were super helpful',
    'once again the bakery nailed it',
    "as usual, I'll bring the chips",
    'once again the mods removed the spam, thanks guys',
    'As usual, the admins banned every bot before breakfast',
    'once again the landlord fixed the broken boiler the same day',
    'as usual the staff had nothing but kind words',
    'once again the mods locked the thread to stop the spam',
    'as usual the council cancelled the bin collection',
    'yet again the bank charged me nothing for the transfer!',
  ],
);

// -- "you never X then / before Y": the second act is the charge, not a hurt never done ------------------
kind(
  '"you never X and then Y", "you never X before Y"',
  'absolutes',
  [
    'you never help and then complain',
    'you literally never check the forecast before whining about the rain',
    'you never text back and then get mad when I go quiet',
    'you never ask before complaining about my plans',
  ],
  [
    'you never lie and cheat',
    'you never hurt anyone',
    'you never complain and then help anyway',
    'you never get angry before breakfast lol',
    'you never cried before the finale, admit it',
  ],
);

// -- a group written off, or a door shut on "you" for good ---------------------------------------------
kind(
  '"this channel / group / server is dead to me", "fine, I\'ll just stay out of your way from now on"',
  'withdrawal',
  [
    'this group is dead to me',
    'leaving now, this server is dead to me',
    "whatever. I'll just keep out of your way",
    "I'll stay out of ur way from now on",
  ],
  [
    'this chat is dead to me haha',
    'that show is dead to me',
    'my phone is dead to me',
    "I'll stay out of your way while you study, shout if you need anything",
    "no worries, I'll keep out of your way tomorrow so you can focus",
    "fine, I'll stay out of your way in the kitchen, it smells amazing",
  ],
);

describe('rewordings of the new findings read clean', () => {
  it.each([
    'as usual the mods deleted my post for no reason',
    'once again customer service hung up on me',
    'you never help and then complain',
    'this group is dead to me',
    "Fine. I'll just stay out of your way from now on.",
  ])('%s', (text) => {
    rewordsClean(text);
  });
});
