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
    ['stop editing the truth moron.', 'stop editing the truth.'],
    ['quit changing the facts idiot!', 'quit changing the facts!'],
    ['stop breaking the game moron.', 'stop breaking the game.'],
    ['stop spreading the lies moron', 'stop spreading the lies'],
  ]);
});
