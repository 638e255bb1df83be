/**
 * Kinds of the sixth session's own fixes, each with sentences written for these tests: excitement in
 * capitals and stacked marks around good news is no heat; "why are/were you always…" keeps its verb
 * in the statement; "u" for "you" never makes "u're".
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { rewordingCases } from './kinds';

describe('capitals and stacked marks around plain good news are excitement, not heat', () => {
  it.each([
    "NO WAY!!! that's incredible",
    'What?!?! no way, thats amazing',
    "are you serious?! that's the best news",
    'WHAT?!? you got in?? congrats, so proud of you',
  ])('%s', (text) => {
    expect(analyze(text).flagged).toBe(false);
    // Strict still points at the form.
    expect(analyze(text, { sensitivity: 'strict' }).flagged).toBe(true);
  });

  it.each([
    // Anything negative, an always/never, or the sarcastic "just great" keeps the heat.
    'WHAT?!? you forgot AGAIN?! great.',
    'are you serious?! great, just great',
    'WHY ARE YOU ALWAYS LATE!!! great job',
  ])('%s stays heated', (text) => {
    expect(analyze(text).flagged).toBe(true);
  });
});

describe('"why are you always…" keeps the question\'s verb in the statement', () => {
  rewordingCases([
    ['why are you always late', "lately it seems like you're late a lot, and it bothers me"],
    ['why were you always late', 'lately it seems like you were late a lot, and it bothers me'],
    ['why do you always leave early', 'lately it seems like you leave early a lot, and it bothers me'],
    ['why are you never home', 'i wish you would be home more often'],
    ['why do you never call', 'i wish you would call more often'],
    ['why r u always late', "lately it seems like you're late a lot, and it bothers me"],
  ]);
});

describe('praise, then what went wrong, is sarcasm ("well done, you broke it again")', () => {
  rewordingCases([
    ['well done, you broke it again', "i'm upset that you broke it again"],
    ['good job, you forgot the keys again', "i'm upset that you forgot the keys again"],
    ['perfect, you flaked again', "i'm upset that you flaked again"],
    ['nice job, you ruined it', "i'm upset that it got ruined"],
    ['great job, you ruined dinner again lol', "i'm upset that dinner got ruined again lol"],
  ]);
  it.each([
    'well done, you fixed it!',
    'great job, you lost weight',
    'nice, you dropped the kids off',
    'well, you broke it, so you fix it',
    'good, you forgot the bad stuff',
    'well done you! so proud',
  ])('%s passes', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});
