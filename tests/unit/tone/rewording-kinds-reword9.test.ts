/**
 * Rewording kinds of the ninth rewording round: a describing word left out of a list before its
 * noun takes its comma with it; a label said to someone after a thing's name goes. Examples
 * written for these tests.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('the last describing word before the noun goes with its comma', () => {
  cases([
    ['they are rude, vile people', 'they are rude people'],
    ['they are mean, vile people', 'they are mean people'],
    ['he is such a selfish, vile man', 'he is such a selfish man'],
    ['it is full of loud, vile people', 'it is full of loud people'],
    ['we met some loud, obnoxious, vile tourists', 'we met some loud, obnoxious tourists'],
  ]);
});

describe("a label after a thing's name, ending the clause, is said to someone and goes", () => {
  cases([
    ['stop editing the truth moron.', 'please stop editing the truth.'],
    ['quit changing the facts idiot!', 'please quit changing the facts!'],
    ['stop breaking the game moron.', 'stop breaking the game.'],
    ['stop spreading the lies moron', 'please stop spreading the lies'],
    ['stop deleting my edits idiot.', 'please stop deleting my edits.'],
    ['quit ruining our game morons!', 'quit ruining our game!'],
  ]);
});

describe('"ass" after a word that names a person: the name stays, in the plural for "asses"', () => {
  cases([
    ['canadian taco bells are meanie asses!', 'canadian taco bells are meanies!'],
    ['my neighbours are weirdo asses', 'my neighbours are weirdos'],
    ['he is a meanie ass', 'he is a meanie'],
    ['they were such bad asses', 'they were such badasses'],
    ['they are greedy asses', 'they are greedy'],
  ]);
});

describe('"the hell out of" with a verb it only measures: "a lot" after the object', () => {
  cases([
    ['I would play the fuck out of this game', 'I would play this game a lot'],
    ['it annoys the hell out of me when you do that', 'it annoys me a lot when you do that'],
    ['I used the crap out of that laptop, honestly', 'I used that laptop a lot, honestly'],
    ['we played the shit out of it!', 'we played it a lot!'],
    ['she beat the shit out of him', 'she beat him'],
  ]);
});
