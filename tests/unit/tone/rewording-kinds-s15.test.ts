/**
 * Rewording kinds from the lead's read of seed 319 (fifteenth session), each on our own sentences:
 * a describing insult called after a comma at the end of a sentence goes with its comma, and "you
 * can't fix stupid and <another word>" loses the whole list.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

describe('a describing insult called at the end of a sentence goes, with its comma', () => {
  rewordingCases([
    ["don't be mad, stupid.", "don't be mad."],
    ['nice try, dumb!', 'nice try!'],
    ['it was a joke, stupid', 'it was a joke'],
  ]);
});

describe('"can\'t fix stupid" and a list after it', () => {
  rewordingCases([
    ['you cant fix stupid and entitled.', 'you cant fix that.'],
    ["you can't fix stupid or lazy", "you can't fix that"],
    ["you can't fix stupid and you're wasting your time", "you can't fix that and you're wasting your time"],
  ]);
});
