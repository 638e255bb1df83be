/**
 * Rewording kinds of the twenty-fifth rewording round: what read awkward or broken to the person
 * receiving it. Examples written for these tests.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('a scornful describing word said to the reader last, after a stock reply or a request, goes', () => {
  cases([
    ['good one stupid', 'good one'],
    ['lol nice job dumb!', 'lol nice job!'],
    ['just read the label stupid', 'just read the label'],
    ['go check the manual dumb.', 'go check the manual.'],
  ]);
});

describe('"you X looking ass" goes whole, from "you"', () => {
  cases([
    ['ok you goofy looking ass', 'ok'],
    ['You broke-looking ass!', "I'm really upset with you right now."],
  ]);
});

describe('a teasing "don\'t give a damn" after a laugh keeps the laugh and the tag', () => {
  cases([
    ['hahaha you just dont give a damn do you!', "hahaha you just don't seem to care do you!"],
    ['lmao you didnt give a shit did you', "lmao you didn't seem to care did you"],
  ]);
});

describe('a label for a deed keeps its meaning in a milder word', () => {
  cases([
    ['honestly such stupid rules.', 'honestly such silly rules.'],
    ['why such dumb replies.', 'why such silly replies.'],
    ['the senator and his stupid remarks again', 'the senator and his silly remarks again'],
    ['we are all sick of that idiocy.', 'we are all sick of that foolishness.'],
  ]);
});

describe('"out of line" for "a … and …" takes the noun after it', () => {
  cases([
    ['my uncle is a lazy and arrogant guy.', 'my uncle is out of line.'],
    ['my uncle is a rude and stupid guy.', 'my uncle is out of line.'],
  ]);
});
