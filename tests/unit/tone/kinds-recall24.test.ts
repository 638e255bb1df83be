/**
 * Kinds of the h-recall24 round: hostile messages typed the way people chat (lowercase, "u", "ur",
 * "r", "w" for "with", "urself", no punctuation) and shouted lines aimed at someone. Sentences
 * written for these tests, not taken from any corpus: each hostile one is flagged in its category,
 * each warm look-alike passes clean.
 */
import { describe } from 'vitest';
import { kind, rewordingCases } from './kinds';

// -- chat spelling of charges the engine reads in standard spelling --------------------------------
kind(
  'chat spelling: "w" for "with", "urself" for "yourself"',
  'contempt',
  ['whats wrong w u today', 'u should be ashamed of urself', 'ur so selfish its unreal', 'why r u like this'],
  ['hang out w us later?', 'made this w my own hands lol', 'treat urself today', 'proud of u, u earned it'],
);
kind(
  'chat spelling: talking down with "urself"',
  'talking-down',
  ['get over urself seriously', 'get over urself lol nobody cares'],
  ['take care of urself this week', 'go easy on urself ok?', 'ur gonna love this place'],
);
kind(
  'chat spelling: a tally with "w"',
  'absolutes',
  ['u never help w anything around here', 'u never help w the dishes'],
  ['can u help w the dishes tonight?', 'i never got the chance to hang w u'],
);

// -- heat: capitals aimed at someone ---------------------------------------------------------------
kind(
  'shouted "R U" / "UR": the texting words shout with the rest of the line',
  'heat',
  ['WHERE R U', 'WHY R U IGNORING ME', 'TURN UR MUSIC DOWN'],
  ['R U OK??', 'UR THE BEST', 'U R AMAZING', 'R U COMING TO THE PARTY?? SO EXCITED'],
);
kind(
  'a shouted "who did this" about a mess',
  'heat',
  [
    'WHO ATE MY LAST YOGURT',
    'WHO TOOK MY CHARGER AGAIN',
    'WHO USED ALL THE HOT WATER',
    'WHO LEFT THE GATE OPEN',
  ],
  [
    'WHO WON THE GAME',
    'WHO MADE THIS CAKE ITS AMAZING',
    'WHO TOOK THESE PHOTOS THEY ARE GORGEOUS',
    'WHO LEFT THE CUTEST NOTE ON MY DESK',
  ],
);
kind(
  'a shouted order to turn something down or off',
  'heat',
  ['TURN THAT TV OFF ITS MIDNIGHT', 'TURN YOUR ALARM OFF'],
  ['TURN DOWN FOR WHAT', 'TURN IT UP THIS IS MY SONG', 'turn the oven off at 6 pls'],
);
kind(
  '"I SAID I\'M …": a refusal said again, shouted',
  'heat',
  ["I SAID I'M WORKING", 'I SAID IM BUSY RN'],
  ['I SAID IM ON MY WAY!!! SO EXCITED', 'I SAID YES!!!', "i said i'm busy tonight, maybe sunday?"],
);

// -- absolutes, blame, contempt --------------------------------------------------------------------
kind(
  '"as per usual I\'m the one …": carrying the load',
  'absolutes',
  ['as per usual im the one doing the dishes', "per usual i'm the one paying for everything"],
  ['as per usual im the one who gets the window seat lol', 'as per usual ur the first one here, love it'],
);
kind(
  '"that\'s on you for not …": the charge with what they failed to do',
  'blame',
  [
    'thats on u for not checking the date',
    'its on u for not locking the door',
    "that's on you for not telling me",
  ],
  [
    'drinks are on u for not making it lol',
    "dinner's on you for my birthday",
    'thats on you for not checking, love you tho',
  ],
);
kind(
  'a jeer, a laugh, then more at them ("stay mad lol ur …")',
  'contempt',
  ['stay mad lol ur so pressed', 'cope harder lmao u clearly lost'],
  ['lol ur so funny', 'stay safe lol u know how the roads get', 'keep crying lol ur gonna ruin ur makeup'],
);

describe('rewordings keep what was not done', () => {
  rewordingCases([
    ['thats on u for not checking the date', 'i was counting on u checking the date'],
    ["That's on you for not telling me.", 'I was counting on you telling me.'],
  ]);
});
