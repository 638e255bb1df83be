/**
 * Rewording kinds of rewording round 37: "get a life" is told to let it go, not asked for space
 * (the order's lead and a name after it go with it; said of oneself, "get out more"); a scornful
 * word before a reason, an excuse, a question or a decision takes a plain word, not a cut ("for
 * poor reasons", "uninformed questions"); "<labels> like you" as the subject of a verb leaves
 * "you" with the verb ("you don't notice"), and before "are the reason" goes with the blame's
 * template; a second label joined with "and" goes with the first ("not being honest", never
 * "…not being honest and a thief"); "hypocrisy" naming a kind of detector or meter becomes
 * "double-standard", and "stupidity level" "level of poor judgment"; a word mentioned or reported ("had to look up dotard", "tells you that you're
 * crazy") goes in quotes instead of being reworded as if aimed at the reader; "who in their right
 * mind would …?" keeps what it doubts ("I don't see how anyone would …"); "this shit" before
 * "already/still going" keeps a noun; a label before "for <doing>" becomes "wrong".
 * Examples written for these tests, in three registers (close relationships, work, strangers online).
 * Older tests whose expected rewording changed (deliberate improvements): rewording-kinds-h21
 * ('…and clowns like you are too clueless to notice.' now keeps "you don't notice"),
 * rewording-kinds-reword8 ('your somewhat ignorant remarks' now 'your somewhat uninformed remarks').
 */
import { describe, expect, it } from 'vitest';
import { flagged, rewordingCases } from './kinds';

const cases = rewordingCases;

describe('"get a life": let it go, the rest of the sentence kept', () => {
  cases([
    ['get a life', 'please let this go'],
    ['seriously, get a life and stop texting me', 'seriously, please let this go and stop texting me'],
    [
      'you rewrote my whole paragraph again, get a life',
      'you rewrote my whole paragraph again, please let this go',
    ],
    ['you need to get a life lol', 'please let this go lol'],
    ["Why don't you go get a life?", 'Please let this go.'],
    ['get a life you loser', 'please let this go'],
  ]);
});

describe('"get a life" said of oneself: "get out more"', () => {
  cases([
    ['i really need to get a life lol', 'i really need to get out more lol'],
    ['I need to get a life honestly', 'I need to get out more honestly'],
    ['we seriously need to get a life', 'we seriously need to get out more'],
    ["i'm gonna get a life this summer", "i'm gonna get out more this summer"],
  ]);
});

describe('a scornful word before a reason, excuse, question or decision: a plain word, not a cut', () => {
  cases([
    ['he got fired for stupid reasons', 'he got fired for poor reasons'],
    ['your stupid excuses are getting old', 'your poor excuses are getting old'],
    [
      'the new guy keeps asking ignorant questions in standup',
      'the new guy keeps asking uninformed questions in standup',
    ],
    [
      'she made some ignorant decisions about the budget',
      'she made some uninformed decisions about the budget',
    ],
    ['he made a stupid assumption about my family', 'he made a misguided assumption about my family'],
  ]);
});

describe('"<labels> like you" as a subject: "you" keeps the verb', () => {
  cases([
    ['clowns like you are too clueless to notice.', "you don't notice."],
    ['morons like you give this group chat a bad name', 'you give this group chat a bad name'],
    ['its idiots like you that give gamers a bad rep.', 'you give gamers a bad rep.'],
    [
      'the boss is lying again and clowns like you are too clueless to notice.',
      "the boss is lying again and you don't notice.",
    ],
  ]);
});

describe('"<labels> like you are the reason…": the label goes with the blame\'s template', () => {
  cases([
    ['Idiots like you are the reason this thread got locked.', 'I feel hurt that this thread got locked.'],
    ['lazy morons like you are the reason we lost', 'i feel hurt that we lost'],
    ['idiots like you are the reason the group chat died', 'i feel hurt that the group chat died'],
    ['Clowns like you are the reason the meeting ran late.', 'I feel hurt that the meeting ran late.'],
  ]);
});

describe('a second label joined with "and" goes with the first', () => {
  cases([
    ['he is a liar and a thief.', 'he is not being honest.'],
    ['my boss is a jerk and a coward', 'my boss is out of line'],
    ['apparently a liar and a thief from day one', 'apparently a dishonest person from day one'],
    ['what a bunch of cowards and bums.', 'what a bunch of timid people.'],
    ['he was so stupid and lazy', 'he was wrong about this'],
  ]);
  it('a word cut from a list leaves the rest of the list', () => {
    expect(flagged('he is lazy and rude.')).toBe(false);
  });
});

describe('"hypocrisy" naming a kind of detector or meter: "double-standard"', () => {
  cases([
    ['turn on your hypocrisy detectors.', 'turn on your double-standard detectors.'],
    [
      'my hypocrisy meter just broke reading their hypocrisy levels lol',
      'my hypocrisy meter just broke reading their double-standard levels lol',
    ],
    ['time to check his hypocrisy meter', 'time to check his double-standard meter'],
    ['their hypocrisy alarms never go off', 'their double-standard alarms never go off'],
  ]);
});

describe('"stupidity" naming a kind of level: "level of poor judgment"', () => {
  cases([
    [
      'wow, you even raised the bar on your stupidity level',
      'wow, you even raised the bar on your carelessness',
    ],
    ['their idiocy levels are off the charts', 'their levels of poor judgment are off the charts'],
    ['honestly his stupidity level is impressive', 'honestly his carelessness is impressive'],
    ['your stupidity levels at work are showing', 'your levels of poor judgment at work are showing'],
  ]);
});

describe('a word mentioned or reported, not said to anyone: in quotes', () => {
  cases([
    ['(had to look up dotard) lol', '(had to look up "dotard") lol'],
    ['had to google the word dotard', 'had to google the word "dotard"'],
    [
      "If nobody else tells you that you're crazy, then maybe he is twisting your words.",
      'If nobody else tells you that you\'re "crazy", then maybe he is twisting your words.',
    ],
    [
      "he keeps telling you that you're stupid and you believe him",
      'he keeps telling you that you\'re "stupid" and you believe him',
    ],
    ['I had to look up moron, it means fool', 'I had to look up "moron", it means "fool"'],
  ]);
});

describe('"who in their right mind would …?": the doubt said plainly, what it doubts kept', () => {
  cases([
    ['who in their right mind would vote for this guy?', "i don't see how anyone would vote for this guy."],
    [
      'Who in his right mind thinks that is a good plan?',
      "I don't see how anyone would think that is a good plan.",
    ],
    [
      'honestly, who in their right mind would lend him money again?',
      "honestly, i don't see how anyone would lend him money again.",
    ],
    ['who in their right mind does that??', "i don't see how anyone does that."],
  ]);
});

describe('"this shit" before "already/still going": a noun stays', () => {
  cases([
    ['this shit still going on?', 'this stuff still going on?'],
    ['its gon go crazy this shit already goin crazy', 'its gon go crazy this stuff already goin crazy'],
    ['ugh this crap always happening on mondays', 'ugh this stuff always happening on mondays'],
    ['is that shit still happening at your work?', 'is that stuff still happening at your work?'],
  ]);
});

describe('a label before "for <doing>": "wrong"', () => {
  cases([
    ['you are demented for supporting him.', 'you are wrong for supporting him.'],
    ['he is stupid for trusting them', 'he is wrong for trusting them'],
    ['my sister is dumb for lending him money', 'my sister is wrong for lending him money'],
    ["they're idiotic for thinking that would work", "they're wrong for thinking that would work"],
  ]);
});

describe('warm look-alikes stay clean', () => {
  it.each([
    'people like you make this group chat worth it',
    'she left for good reasons',
    'my hypocrisy detector is my mum lol',
    "he's a thief in the play and a hero in the sequel",
    'this stuff still going on?',
    'he said "crazy" and walked off',
  ])('passes "%s"', (text) => {
    expect(flagged(text)).toBe(false);
  });
});
