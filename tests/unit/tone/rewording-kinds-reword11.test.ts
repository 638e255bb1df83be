import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('awkward and broken rewordings fixed by kind (reword11)', () => {
  it.each([
    // A bare scornful word opening an exclamation about a clause: without it the clause says the
    // opposite of what was meant; the surprise is said instead.
    ['pathetic anyone would still buy that phone.', "i'm surprised anyone would still buy that phone."],
    [
      'ridiculous you have to pay extra for a seat now.',
      "i'm surprised you have to pay extra for a seat now.",
    ],
    // A simile's turn ("but not as quiet") goes with the simile, or it is left dangling.
    ['he is dumb as a rock but not as quiet.', 'he is not thinking clearly.'],
    // "the fuck" before a subject and its verb only swears: it goes, never "what you've been…".
    ['the fuck you’ve been gone all week', 'you’ve been gone all week'],
    ['the fuck you have been hiding all week', 'you have been hiding all week'],
    // A compound written apart and misspelt ("ass whole") is one word; "a total pain", not "a total whole".
    ['my neighbour was a total ass whole about the fence', 'my neighbour was a total pain about the fence'],
    // "you" as a verb's object stays when the label after it goes.
    ['this game eats you ignorant noob', 'this game eats you'],
    ['stop eating my snacks you greedy pigs', 'stop eating my snacks'],
    // "stupidity" of a deed is its senselessness, not someone's "poor judgment".
    [
      'the stupidity and the cruelty of the plan shocked me.',
      'the senselessness and the cruelty of the plan shocked me.',
    ],
    // Comparatives turn over to the sensible side, never "more misguided", "less unwise".
    ['honestly that makes the plan even more stupid.', 'honestly that makes the plan even less sensible.'],
    ['you could be a bit less foolish with the budget.', 'you could be a bit more sensible with the budget.'],
    // "a ridiculous point": an idea is unconvincing, not "unbelievable".
    ['that is a ridiculous point to make.', 'that is an unconvincing point to make.'],
    // A lying label said to them: the act, said to "me".
    ['you are a lying bastard.', 'you are not being straight with me.'],
    // Beating someone is walking all over them, never "poop".
    ['I would shit all over them at chess.', 'I would walk all over them at chess.'],
    // Right after a thing's name, a "piece of crap" is junk, never a person.
    ['this laptop a piece of crap, never buying again', 'this laptop a piece of junk, never buying again'],
    // A swear glued to a plain word: the plain word stays.
    ['these shitposts get old fast', 'these posts get old fast'],
    ["I'm not your little bitch anymore", "I'm not your pushover anymore"],
    // A describing word that is the whole claim after "is a" takes a milder one, never nothing.
    [
      'Posting angry memes at strangers is a stupid hobby if you ask me.',
      'Posting angry memes at strangers is a silly hobby if you ask me.',
    ],
    // A noun that says nothing without its describing word keeps a milder one.
    ['such views only grow in ignorant minds.', 'such views only grow in uninformed minds.'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});
