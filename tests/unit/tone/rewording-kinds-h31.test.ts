/**
 * Rewording kinds of session 31's rewording round: rewordings a person would send as is. Examples
 * written for these tests; each rewording re-analysed is clean (`rewordingCases`).
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('a describing label beside a second label: both go as one, never "a bigot" left', () => {
  cases([
    ['you are quite frankly an ignorant bigot', 'you are quite frankly out of line'],
    ["he is really an ignorant racist, isn't he", "he is really out of line, isn't he"],
    ['she is such an ignorant racist', 'she is so out of line'],
    ['this ignorant bigot lied again', 'this person lied again'],
    ['that stupid pig is lying about it', 'that person is lying about it'],
    ['yet ignorant sheep like you ignore such reality.', 'yet people like you ignore such reality.'],
    ['there are so many stupid hypocrites like him, lol', 'there are so many people like him, lol'],
  ]);
});

describe('a label word describing another noun goes alone, never "person criminals"', () => {
  cases([
    ['they are degenerate criminals', 'they are criminals'],
    ['they are degenerate terrorists', 'they are terrorists'],
  ]);
});

describe('near twins: a label beside a thing keeps the thing', () => {
  cases([
    ['fired over a stupid joke.', 'fired over a joke.'],
    ['what a stupid mess', 'what a bad mess'],
  ]);
});

describe('harm wished on others: said as frustration with them, not as the writer needing a moment', () => {
  cases([
    ['i hope they beat each other silly', "i'm really frustrated with them"],
    ['i hope he dies', "i'm really frustrated with him"],
    ['honestly i hope she gets hurt', "honestly i'm really frustrated with her"],
    ['I hope they rot in hell for this.', "I'm really frustrated with them."],
    // Said to the reader, the feeling stays the writer's.
    ['i hope you die', "i'm so angry right now that i need a moment"],
  ]);
});

describe('stacked marks with a space between: one mark, never "! !"', () => {
  cases([
    ['this is wrong!!! !!!', 'this is wrong!'],
    ['stop it!!!!! !!!!!', 'stop it!'],
    ['why would you do that?!? ?!?', "can you help me understand why you'd do that?"],
  ]);
});

describe('"ass" that only strengthens a describing word goes once the message is reworded', () => {
  cases([
    ['that is gonna be one sexy ass concert!!!!!!!!!', 'that is gonna be one sexy concert!'],
    ['lol imma get me a big ass truck you idiot', 'lol imma get me a big truck'],
    // "bad ass" is one word with its own sense ("great").
    ['that was a bad ass truck you idiot', 'that was a great truck'],
  ]);
});

describe('"chicken shit": a name for a coward, said as fear; the droppings stay droppings', () => {
  cases([
    ['maybe go back to prison chicken shit.', 'maybe go back to prison.'],
    ["don't be such a chickenshit", "don't be so scared"],
    ['stop being a chicken shit', 'stop being so scared'],
    ['he is a chicken shit', 'he is so scared'],
    ['he is a real chicken shit, then', 'he is so scared, then'],
    ['that was a chicken shit move', 'that was a cowardly move'],
    ['You chicken shit!', "I'm really frustrated with you right now!"],
    ['stepped in chicken shit again', 'stepped in chicken poop again'],
  ]);
});

describe('a swear noun that is the subject of what follows stays a noun', () => {
  cases([
    ["No, because asses that hot don't come in trenta", "No, because butts that hot don't come in trenta"],
    ['and asses like that are rare', 'and butts like that are rare'],
  ]);
});

describe('a name for a group said to them ("you gop robots") goes once the message is reworded', () => {
  cases([
    ['you gop robots are so ignorant!', 'you gop folks are wrong about this!'],
    ['you sheep are so stupid', 'you folks are wrong about this'],
    ['you robots are fucking wrong', 'you folks are wrong'],
    // Near twins: "you guys" is no name; robots not said to anyone are robots.
    ['you guys are so stupid', 'you guys are wrong about this'],
    ['the robots are fucking loud', 'the robots are loud'],
  ]);
});

describe('a name for the lowest of people ("dregs of the earth") goes whole with its "of the earth"', () => {
  cases([
    ['post the names of these four utter dreg of the earth losers.', 'post the names of these four people.'],
    ['those lowlife scum of the earth losers need to go', 'those people need to go'],
    // Near twin: "the salt of the earth" is praise.
    ['he is the salt of the earth, you idiot', 'he is the salt of the earth'],
  ]);
});

describe('a word cut between two words leaves them apart: never "moveget"', () => {
  cases([
    ['move bitch, get out the way', 'move, get out the way'],
    ['i love you bitch, see you tomorrow', 'i love you, see you tomorrow'],
    ['thanks asshole, see you later', 'thanks, see you later'],
  ]);
});

describe('a swear name said at the end of a sentence goes once the message is reworded', () => {
  cases([
    ['i fucking love tacos! they the fucking best bitchh!', 'i love tacos! they the best!'],
    // A noun after "that" stays a noun, plainly.
    ['that fucking bitch lied', 'that person lied'],
  ]);
});

describe('a vulgar taunt closing what was said goes; said alone it stays a plea for space', () => {
  cases([
    ['we won, now suck my dick', 'we won'],
    ['you lost lol kiss my ass', 'you lost lol'],
    ['suck my dick', 'please give me some space'],
    ['now suck my dick', 'now please give me some space'],
  ]);
});
