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
