/**
 * Rewording kinds of the eighth rewording round: a label for a person in a comparison, after a
 * pointing word or as the subject of "too … to" becomes the act or a pronoun, never "person";
 * swear nouns by the phrase they stand in. Examples written for these tests.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('a plural label after "these"/"those" becomes the pronoun; "the other idiots", "the others"', () => {
  cases([
    [
      'the voters elected these fools and then reelected them.',
      'the voters elected them and then reelected them.',
    ],
    ['These fools are ruining it.', 'They are ruining it.'],
    ['i would never vote for any of those clowns', 'i would never vote for any of them'],
    ['why are you all fighting over these cretins?', 'why are you all fighting over them?'],
    [
      'he would fit right in with all the other knuckleheads there',
      'he would fit right in with all the others there',
    ],
    // Who is meant follows the label, or "both"/"all" comes first: the plain noun stays.
    ['these idiots in congress never learn.', 'these people in congress never learn.'],
    ['keep both these clowns out of office.', 'keep both these people out of office.'],
    ['all these idiots keep calling me', 'all these people keep calling me'],
  ]);
});

describe('a label in a comparison says how it was done or seemed', () => {
  cases([
    ['he tweets like a drunken idiot.', 'he tweets badly.'],
    ['my cousin drives like a maniac', 'my cousin drives badly'],
    [
      'it would be hard to make him look any more like an idiot than he already does.',
      'it would be hard to make him look any worse than he already does.',
    ],
    ['that was more of a dig at the fool that he is.', 'that was more of a dig at him.'],
  ]);
});

describe('a crowd of labels after a copula is a claim; "scum" agrees as "people"', () => {
  cases([
    ['the council is a bunch of fools for closing the pool.', 'the council is wrong for closing the pool.'],
    ['the board is a pack of morons.', 'the board is wrong about this.'],
    ['the scum is everywhere in this town.', 'those folks are everywhere in this town.'],
    ['that filth was at the door again.', 'those people were at the door again.'],
    ['everyone else is a fool, but certainly not me.', 'everyone else is wrong, but certainly not me.'],
    ['my uncle is a moron for selling the house.', 'my uncle is wrong for selling the house.'],
    ['i sent the money to said idiot.', 'i sent the money to said person.'],
  ]);
});

describe('"too stupid to" says they did not; asked not to be stupid, "unreasonable"', () => {
  cases([
    ['my brothers are too stupid to notice.', "my brothers don't notice."],
    ['he is way too dumb to understand it.', "he doesn't understand it."],
    ["you're too stupid to get it.", "you don't get it."],
    ['she was too ignorant to see it.', "she didn't see it."],
    // Not a verb of seeing or knowing: they can't.
    ['some people are too stupid to run their own lives.', "some people can't run their own lives."],
    ['lets not be stupid about this.', 'lets not be unreasonable about this.'],
    // "Sorry to be an idiot, but…", "sorry to be daft, but…": self-directed since session 27, they pass
    // (kinds-lead27).
  ]);
});

describe('a label said to someone, with the act it names, keeps the act', () => {
  cases([
    ['you are such a jerk for leaving early.', "i'm feeling really frustrated about you leaving early."],
    [
      'you were so selfish for taking the last slice.',
      'i felt really overlooked about you taking the last slice.',
    ],
    ["you're so annoying when you do that.", 'i feel really annoyed when you do that.'],
    // The act said plainly in place stays first.
    ['you are a moron for buying that car.', 'you are wrong for buying that car.'],
  ]);
});

describe('swear words by the phrase they stand in', () => {
  cases([
    ['that stupid bitch took my parking spot', 'that person took my parking spot'],
    ['he is a bloody lying bastard.', 'he is not being honest.'],
    ['karma is a bitch huh?', 'karma is a pain huh?'],
    ["life's a bitch sometimes.", "life's a pain sometimes."],
    ['stop texting me bitch i said no', 'stop texting me i said no'],
    ['i dont even eat them bitches', 'i dont even eat them'],
    ['ask him the same shit tomorrow.', 'ask him the same thing tomorrow.'],
    ['i finally got my housing shit sorted', 'i finally got my housing stuff sorted'],
    ['they always shit on us', 'they always dump on us'],
    ["You've shit on me a lot this week", "You've dumped on me a lot this week"],
    ['everyone around him steps in shit eventually.', 'everyone around him steps in it eventually.'],
    ['some gangster type shit', 'some gangster type stuff'],
  ]);
});

describe('a scornful describing word before a noun: what is left must still say something', () => {
  cases([
    // reword37: a plain word for what the ignorant said, not a cut (was 'that explains your remarks.').
    ['that explains your somewhat ignorant remarks.', 'that explains your somewhat uninformed remarks.'],
    ['why do you post such dumb replies', 'why do you post such misguided replies'],
    ['wow, talk about an ignorant remark.', 'wow, talk about an uninformed remark.'],
    ['that was such a dumb move.', 'that was such a misguided move.'],
    ['this plan seems to be a rather stupid one.', 'this plan seems to be a rather misguided one.'],
    ['that was a stupid thing to do.', 'that was an unwise thing to do.'],
    ['its pretty stupid to swim there in winter.', 'its pretty unwise to swim there in winter.'],
    ['the new managers are just thugs.', 'the new managers are just out of line.'],
  ]);
});

describe('round 8, second pass: labels as objects, in comparisons and with the act they name', () => {
  cases([
    ['we need to fire the idiots.', 'we need to fire them.'],
    ['the job now is to find the liars.', 'the job now is to find the dishonest people.'],
    ['there must be a way to weed out the idiots.', 'there must be a way to weed out the misguided people.'],
    ['we got king donald the idiot.', 'we got king donald.'],
    [
      'easily the most utterly ridiculous claim i have seen.',
      'easily the most utterly unbelievable claim i have seen.',
    ],
    ['sadly their fans are stupid enough to do that.', 'sadly their fans would do that.'],
    [
      'she left because he is a major bitch and everyone saw it.',
      'she left because he is out of line and everyone saw it.',
    ],
    ['that remark makes him sound like a dick.', 'that remark makes him sound rude.'],
    ['you look like a prick in that coat.', 'you look bad in that coat.'],
    [
      'you are a horrid person for reading my texts.',
      "i'm feeling really frustrated about you reading my texts.",
    ],
  ]);
});

describe('round 8, third pass: what the label stands for in its phrase', () => {
  cases([
    ['my uncle is a dotard with delusions of grandeur.', 'my uncle is a person with delusions of grandeur.'],
    ['my boss is an idiot with a big title.', 'my boss is a person with a big title.'],
    // (Since reword22 an order to stop being it says "unfair".)
    ['stop being an ignorant deluded too.', 'please be reasonable too.'],
    ['the stupid was strong in that meeting.', 'the poor judgment was strong in that meeting.'],
    ['dumbest idea i ever heard.', 'worst idea i ever heard.'],
    ['that is an insult to both rats and scum.', 'that is an insult to both rats and people.'],
    ['surely an idiot knows that sugar is bad for you.', 'surely anyone knows that sugar is bad for you.'],
    ['even a fool can see that.', 'anyone can see that.'],
  ]);
});

describe('round 8, fourth pass: a label written as two words, the act after a copula', () => {
  cases([
    ["he's kind of a ummm jack ass!", "he's kind of a ummm pain!"],
    ['it was a prank ass face', 'it was a prank'],
    ['that ass face is back.', 'that person is back.'],
    ['my landlord is a damn liar.', "my landlord isn't being honest."],
    ['no respect for the stupid making those claims.', 'no respect for the people making those claims.'],
    ['he showed up with that chicken noodle soup shit', 'he showed up with that chicken noodle soup stuff'],
  ]);
});

describe('round 8, last pass: "ass" that only says how much; a run-together "is" before "a bitch"', () => {
  cases([
    [
      'and the nurse gave me a big ass needle for the pain',
      'and the nurse gave me a big needle for the pain',
    ],
    ['yeah lifes a bitch huh? lol', 'yeah lifes a pain huh? lol'],
  ]);
});

describe('a swear noun as a plain noun: "a piss", "dat shit"', () => {
  cases([
    [
      'stuck in traffic for an hour, bursting for a piss',
      'stuck in traffic for an hour, bursting for the bathroom',
    ],
    ['i been saying dat shit all week', 'i been saying dat stuff all week'],
  ]);
});
