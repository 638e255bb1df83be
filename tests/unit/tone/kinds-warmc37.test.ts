/**
 * False alarms by cause (session 37's warm round): the reason a message is warm, each guard with warm
 * near-twins that must pass clean and hostile twins that must stay flagged. Our own sentences, none
 * taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { kind, kindsFigures, kindsRows } from './kinds';

// -- the writer's own doing, scorned ----------------------------------------------------------------------
kind(
  '"what a dumb question from me", "such a dumb move by me", "dumbest thing I did all week": the writer\'s own doing',
  'contempt',
  [
    'what a dumb question from you',
    'such an idiot move by you, locking the keys in the car again',
    'the dumbest thing you did this week was lie to me',
    "that's the dumbest thing I've ever heard",
    'what a stupid idea from me to trust you',
  ],
  [
    'what a dumb question from me, found the answer two minutes later',
    'such an idiot move by me, left the oven mitts on the stove again',
    'dumbest thing I did all week: poured orange juice on my cereal',
    'the stupidest thing I ever bought was a bread maker, it lives in the attic now',
  ],
);

// -- the writer's own habit, and what they gain from it -----------------------------------------------------
kind(
  '"every time I watch your videos I pick up a new trick": the writer\'s own doing and a gain',
  'absolutes',
  [
    'every time I call your phone I get voicemail',
    'every time I visit your place I leave exhausted',
    'every time I read your messages I learn how little you care',
    'every time you visit I learn something new about your moods',
  ],
  [
    'every time I watch your streams I pick up a new trick',
    'every single time I read your blog I pick up something',
    'each time we borrow your tent we learn a new knot',
    'every time we read your newsletter we learn something',
    'every time I visit your flat I leave happier',
  ],
);

// -- a thing judged, not a person -----------------------------------------------------------------------------
kind(
  '"this printer is the stupidest thing we own", "the wait is ridiculous": a thing judged',
  'contempt',
  [
    "your plan is the dumbest thing I've heard",
    "your essay is the dumbest thing I've read",
    'your excuse is pathetic',
    'the wait for your reply was pathetic',
  ],
  [
    'this printer is the stupidest thing we own',
    'the new update is the dumbest thing, the settings are gone',
    'the wait at the pharmacy is ridiculous today',
    'this glitch is so stupid, it wiped my save',
    'that bug was disgusting to chase down, thanks for the patch',
  ],
);

// -- help offered beside "not that hard", "don't bother", "slowly" -----------------------------------------
kind(
  '"it\'s not that hard, I\'ll show you on Sunday", "don\'t bother calling the plumber, I\'ll fix it": help offered',
  'talking-down',
  [
    "it's not that hard, even you can do it",
    "it's really not that hard, I'll show you since you clearly can't figure it out",
    "it's not that hard, I've shown you three times already",
    'let me explain this slowly for you',
    'let me explain it slowly so you understand this time',
    'let me say this slowly for the people at the back',
  ],
  [
    "it's really not that hard, I'll show you on Sunday",
    "it's not that complicated, I can walk you through it tomorrow",
    'let me explain it slowly, I got lost the first time too',
    'let me explain it slowly for the newer players',
    "let me explain it slowly, since I couldn't follow it either at first",
  ],
);

kind(
  '"don\'t bother calling the plumber, I\'ll fix it on Saturday": a bother spared, the writer does it',
  'withdrawal',
  ["don't bother calling, I'm done with you", "don't bother fixing it, I'll do it myself like always"],
  [
    "don't bother calling the plumber, I'll fix it on Saturday",
    "don't bother coming in, I'll send the slides",
  ],
);

// -- an eager shouted question, then the invitation or the treat ---------------------------------------------
kind(
  '"ARE YOU COMING TO THE BARBECUE?? THERE\'S CAKE": an eager question, then the treat',
  'heat',
  [
    'ARE YOU COMING OR NOT???',
    'DID YOU SEE WHAT YOU DID???',
    'ARE YOU COMING??? come over here and explain yourself',
    'DID YOU SEE THE MESS??? come look at the kitchen',
    'ARE YOU AWAKE??? get down here now, the dog chewed your shoes',
  ],
  [
    "ARE YOU COMING TO THE BARBECUE?? THERE'S CAKE",
    'DID YOU SEE THE SUNSET??? go look outside',
    "ARE YOU AWAKE?? it's starting, the meteors are out",
    'ARE YOU GUYS COMING TONIGHT??? saving you a spot on the sofa',
  ],
);

// -- a credit for a milestone reached or a lost one back ----------------------------------------------------
kind(
  '"because of you guys the food bank hit its target", "thanks to you the lost dog is back": a good outcome credited',
  'blame',
  [
    'because of you guys we lost the match',
    'thanks to you I lost my job!!',
    'thanks to you the lost luggage came back ruined!!',
    'because of you guys the fundraiser hit its target but I had to cancel my holiday',
    'thanks to you the party is ruined',
  ],
  [
    'because of you guys the food bank hit its target this month',
    'thanks to you the lost kitten is home safe',
  ],
);

// -- a caring habit named by what it does -------------------------------------------------------------------
kind(
  '"you\'re always the first to check on the neighbours", "so typical of you to remember my mum\'s birthday": a caring habit',
  'absolutes',
  [
    'you always come through late',
    'you always bring snacks and leave the wrappers everywhere',
    "so typical of you to remember everyone's birthday except mine",
    "you're always the first to check on people, but never on me",
    'you always pretend to look out for me',
    "every time I'm sad you make it about yourself",
    "every time I'm ill you bring soup and a lecture about my terrible diet",
    "every time I'm sad you bring cake and leave me feeling worse",
  ],
  [
    "you're always the first to check on the neighbours when it snows",
    "so typical of you to remember my mum's birthday",
    "every time I'm down you check in on me",
    'as usual you showed up for everyone on moving day',
    "you always check in on me when I'm down",
    "every time I'm ill you bring soup",
    "whenever I'm stressed you bring snacks to my desk",
  ],
);

// -- "if you …, I'll leave" something for them ---------------------------------------------------------------
kind(
  '"if you stay late, I\'ll leave the porch light on": something left for them, not leaving them',
  'withdrawal',
  [
    "if you go to that party, I'll leave",
    "if you don't stop, I'll leave and take the kids",
    "if you lie again I'll leave you",
    "if you keep this up, I'll leave the keys and go",
  ],
  [
    "if you stay late, I'll leave the porch light on for you",
    "if you get in after midnight, I'll leave a spare key under the mat",
    "if you land late, I'll leave you a plate in the oven",
    "if you finish after nine, I'll leave work early and drive you home",
  ],
);

// -- a credit for keeping at it through a hardship, for a thing existing at all, joy in tears --------------
kind(
  '"you\'re the reason I stuck with the violin after that awful first recital": a hardship got through',
  'blame',
  [
    "you're the reason this fight is happening at all",
    "because of you I'm in tears",
    "because of you we lost the final, I'm in tears",
    "you're the reason I stuck with a job I hated",
    "you're the reason I stuck with him after that awful year, and look where that got me",
    "thanks to you the bake sale hit $900 but I'm crying because you took the credit",
  ],
  [
    "you're the reason this reunion is happening at all, you booked every room",
    "because of you guys the bake sale hit $900!! I'm in tears",
    "you're the reason I stuck with the violin after that awful first recital",
    "you're the reason I kept going after that brutal first year",
    'because of you guys I stuck with the choir after a rough start',
  ],
);

// -- sarcasm at oneself, said so right after ---------------------------------------------------------------
kind(
  '"nice one, genius — that was me, leaving the tap running": the writer names themself as the one meant',
  'contempt',
  [
    'nice one, genius — that was my car you scratched',
    'nice one, genius, you left the tap running all night',
  ],
  ['nice one, genius — that was me, leaving the tap running all night'],
);

describe('kinds-warmc37.tsv (written before the round)', () => {
  it('keeps hostile rows caught and warm rows clean at the measured figures', () => {
    const f = kindsFigures(kindsRows('kinds-warmc37.tsv'));
    expect(f.recall).toBeGreaterThanOrEqual(30 / 31);
    expect(f.falseAlarms).toBeLessThanOrEqual(1 / 64);
  });
});
