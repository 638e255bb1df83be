/**
 * Rewording kinds of the twenty-fourth rewording round: what read awkward or broken to the person
 * receiving it. Examples written for these tests.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('"you screwed up," before a comma has no object: what follows is another clause', () => {
  cases([
    ['you screwed up, now deal with it.', 'things got messed up, i know this is hard. how can i help?'],
    ['you messed up, i said so.', 'things got messed up, i said so.'],
  ]);
});

describe('a describing word said in several words goes after the noun or takes its place', () => {
  cases([
    ['the fans are really homophobic people.', 'the fans are really unfair to gay people.'],
    [
      'those pundits are really sexist hypocrites.',
      'those pundits are really unfair to women and have double standards.',
    ],
    ['he is a racist man.', 'he is unfair to people.'],
    ['she was a really sexist boss.', 'she was really unfair to women.'],
    ['those guys are so racist idiots.', 'those guys are so unfair to people.'],
  ]);
});

describe('a cut-off name after thanks goes; after a verb the line says the clause whole', () => {
  cases([
    ['well thank you you selfish bast.....', 'well thank you'],
    ['i hate you ungrateful bast.....', "i'm really angry right now"],
  ]);
});

describe('"you sorry sack of …" said to them goes whole, not "sack of stuff"', () => {
  cases([['pay me back by friday you sorry sack of shit.', 'pay me back by friday.']]);
});

describe('"what a <label>" says what was done, not a feeling never said', () => {
  cases([
    ['what a vain, reckless fool.', 'that was vain and reckless.'],
    ['What a jerk.', 'That was out of line.'],
    ['they took the cash! what a fuckin idiot!', 'they took the cash! that was not a smart move!'],
    ['what a hypocrite! he does it too.', "that's a double standard! he does it too."],
    // Degree words are no judgment of their own.
    ['what a total fool.', 'that was not a smart move.'],
  ]);
});

describe('a verdict set aside ("no matter how stupid you were") goes; the point stays', () => {
  cases([
    [
      "It doesn't matter how dumb you were being, just fix it.",
      "It doesn't matter what happened, just fix it.",
    ],
    ['no matter how stupid you were acting, I still care.', 'no matter what happened, I still care.'],
    ["I can't believe how rude you were.", "I can't believe what happened."],
  ]);
});

describe('"wtf" closing a sentence goes; a face after it keeps its space', () => {
  cases([
    ['my train is late again wtf :((', 'my train is late again :(('],
    ['my phone died wtf 😭', 'my phone died 😭'],
    ['ugh my bus is late wtf ;)', 'ugh my bus is late ;)'],
  ]);
});

describe('"too <label> to care" says what they do not do', () => {
  cases([
    ["you're too selfish to notice.", "you don't notice."],
    [
      "you skip my calls because you're too hateful to care.",
      "you skip my calls and i'm upset that you don't care.",
    ],
  ]);
});

describe('"this" keeps a noun when the label after it goes', () => {
  cases([
    ['why does anyone follow this brain dead loser?', 'why does anyone follow this person?'],
    [
      "next time i'll let my brother handle this moron instead.",
      "next time i'll let my brother handle this person instead.",
    ],
  ]);
});

describe('a compound label ("scum suckers", "scum bag") goes whole', () => {
  cases([
    ['those greedy scum suckers took our money.', 'those greedy people took our money.'],
    ['he is a scum bag.', 'he is out of line.'],
    ['what a scum bag', 'that was out of line'],
    ['the landlord is a total scum sucker', 'the landlord is out of line'],
    ['so u scum bags think its funny', 'so u think its funny'],
    ['you scum bag!', "i'm really upset with you right now!"],
    ['its sad that bankers have to be scum suckers.', 'its sad that bankers have to be out of line.'],
    ['i hate those scum bags', 'i hate those people'],
  ]);
});

describe('a punishment in several parts ("drawn and quartered") goes whole', () => {
  cases([
    ['the board should be flogged and quartered.', 'the board should be punished.'],
    ['the whole board should be hanged, drawn and quartered!', 'the whole board should be punished!'],
  ]);
});

describe('two labels joined by "and" keep the act after them', () => {
  cases([
    ['you are selfish and rude for leaving early.', "i'm feeling really overlooked about you leaving early."],
    ["you're so lazy and useless when you do that.", 'i feel really let down when you do that.'],
  ]);
});

describe('"about as much use as a …" after its copula is said plainly; the sentence stays', () => {
  cases([
    [
      'The venue moved the gig to a Monday night, which is about as much use as a chocolate teapot.',
      'The venue moved the gig to a Monday night, which is not much use.',
    ],
  ]);
});

describe('"quit being stupid" before what to do becomes "think it through"', () => {
  cases([
    ['stop being stupid: take the job.', 'think it through: take the job.'],
    ['stop being so dumb and call your mum', 'think it through and call your mum'],
  ]);
});

describe('words for what someone does stay before the plain noun', () => {
  cases([
    ['my boss keeps hiring lazy jerks.', 'my boss keeps hiring lazy, rude people.'],
    ['stop hiring lazy idiots.', 'stop hiring lazy people.'],
  ]);
});

describe('a name called right after an opening cry goes; the cry stays', () => {
  cases([
    ['omg bitch you look amazing', 'omg you look amazing'],
    ['oh bitch please', 'oh please'],
  ]);
});

describe('"there you go again with …" names what keeps coming up', () => {
  cases([
    ['There you go again with the excuses.', 'The excuses keep coming up.'],
    [
      'there you go again with your lame jokes about my cooking.',
      'your lame jokes about my cooking keep coming up.',
    ],
  ]);
});

describe('"we don\'t want you here" stays "we"', () => {
  cases([["we don't want you here.", "we'd rather you stayed away."]]);
});

describe('a label with "who …" keeps what it was said for, the verb agreeing with "you"', () => {
  cases([
    ['you are an immature jerk who never listens.', "i'm feeling really frustrated that you never listen."],
    ['you are a jerk who ignores my texts.', "i'm feeling really frustrated that you ignore my texts."],
    ['you are a moron who does nothing.', "i'm feeling really frustrated that you do nothing."],
  ]);
});

describe('a name called between commas goes with its describing words', () => {
  cases([
    ['so, sneaky lying troll, what now?', 'so, what now?'],
    ['look, old troll, you lost.', 'look, you lost.'],
  ]);
});

describe('"ass" strengthening a describing word before a noun goes alone', () => {
  cases([["i'll put tape on ya big ass mouth!", "i'll put tape on ya big mouth!"]]);
});

describe('a sentence that is only "with your … ass" goes whole, not "with you."', () => {
  cases([
    ['lol ok. with your grimey ass.', 'lol ok.'],
    ['screw you, jim. with your smug ass.', "i'm really angry with you, jim."],
  ]);
});

describe('"in fact," after a dash opens what follows; no sentence of ours cuts it off', () => {
  cases([
    [
      'I asked twice -- in fact, you dodged the question.',
      "I asked twice -- in fact, I'd really like an answer to what I asked.",
    ],
  ]);
});

describe('"stuck on stupid" says someone keeps to a bad idea', () => {
  cases([
    ['the whole team seems stuck on stupid lately.', 'the whole team seems stuck in a rut lately.'],
    ['my boss remains stuck on stupid.', 'my boss remains stuck in a rut.'],
  ]);
});
