/**
 * Rewording kinds of labels (helper reword29), each on our own sentences: a label after a noun that
 * already names the group or the kind of person goes, and that noun heads the phrase ("the school
 * board morons" → "the school board", "nice guy losers" → "nice guys"), never "the people"; a label
 * for being wrong-headed, closing what is said of someone after a copula, is a plain disagreement
 * ("is wrong about this"), never "out of line", which says they misbehaved; with another scorn beside
 * it ("a lazy, selfish idiot") or in an order to be ("don't be such a fool") it stays "out of line".
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

describe('a label after a noun that names the group goes; the noun stays the head', () => {
  rewordingCases([
    ['the school board morons cancelled the trip.', 'the school board cancelled the trip.'],
    ['this will make the farm lobby clowns even angrier.', 'this will make the farm lobby even angrier.'],
    ['the left wing losers took over the thread.', 'the left wing took over the thread.'],
    ['ask the city council clowns about it.', 'ask the city council about it.'],
    // After "these"/"those", the group's members.
    ['those militia clowns were on the news.', 'those militia members were on the news.'],
  ]);
});

describe('a label after a singular noun for a kind of person: its plural heads the group', () => {
  rewordingCases([
    [
      "it's full of bitter, lonely nice guy losers like you.",
      "it's full of bitter, lonely nice guys like you.",
    ],
    ['the voter idiots stayed home.', 'the voters stayed home.'],
    ['those cyclist morons ride on the pavement.', 'those cyclists ride on the pavement.'],
  ]);
});

describe('a label for being wrong-headed, closing what is said of someone, is a plain disagreement', () => {
  rewordingCases([
    ['the new manager is a complete moron.', 'the new manager is wrong about this.'],
    ['senator smith is a total fool.', 'senator smith is wrong about this.'],
    ['liberals are morons.', 'liberals are wrong about this.'],
    ['my uncle was an absolute idiot', 'my uncle was wrong about this'],
    // What it is about is said already: "wrong" alone.
    ['anyone who believes that is a fool.', 'anyone who believes that is wrong.'],
    ['the people who signed this are idiots.', 'the people who signed this are wrong.'],
    // More follows in the sentence: "wrong" alone.
    ['the plumber was an idiot though', 'the plumber was wrong though'],
  ]);
});

describe('kept as they were: a label not about thinking, another scorn beside it, an order to "be"', () => {
  rewordingCases([
    ['her husband is a selfish pig.', 'her husband is out of line.'],
    ["she's a lazy, selfish idiot", "she's out of line"],
    ["don't be such a gullible fool.", "don't be out of line."],
    ['my cousins are thieves and morons', 'my cousins are out of line'],
  ]);
});
