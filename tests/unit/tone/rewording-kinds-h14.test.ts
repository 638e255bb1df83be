import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('broken rewordings fixed by kind (h14)', () => {
  it.each([
    // A removed label must not leave its frame: "because of like you", "images u.".
    [
      'the queue is long because of fucking retards like you!',
      'the queue is long because of people like you!',
    ],
    ['quit moving my chair u fag.', 'quit moving my chair.'],
    // A slur in its clinical sense: today's word, and the rest of the chunk stays.
    [
      'symptoms: low mood, agitation or retardation-Fatigue or poor sleep',
      'symptoms: low mood, agitation or slowing-Fatigue or poor sleep',
    ],
    // "shit" as a verb is a verb, never "stuff".
    [
      'my manager shit on my slides in front of everyone',
      'my manager dumped on my slides in front of everyone',
    ],
    [
      'the neighbours would shit themselves if they saw the bill',
      'the neighbours would panic if they saw the bill',
    ],
    ['i always fuck shit up at the last minute.', 'i always mess things up at the last minute.'],
    // A vulgar command goes whole: what the writer needs.
    ['suck my dick', 'please give me some space'],
    ['you can kiss my ass, i am not paying.', 'please give me some space, i am not paying.'],
    ['i told the landlord to suck my dick', 'i told the landlord to leave me alone'],
    // A name that is a sentence of its own goes; nothing is left hanging before what follows.
    ['Jerk! I waited for an hour.', 'I waited for an hour.'],
    ['asshole!! lol', 'lol'],
    // "some ass" keeps a noun after "some".
    ['gonna whoop some ass at bowling tonight', 'gonna whoop some butt at bowling tonight'],
    // "didn 't" written apart is still a negation: "anything".
    ["he didn 't do shit all week.", "he didn 't do anything all week."],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('small edits before sentences of ours (h14)', () => {
  it.each([
    // A scornful word before a noun goes, as people rewrite it; a milder word would keep the jab.
    ['people keep posting stupid comments here.', 'people keep posting comments here.'],
    ['we are tired of despicable excuses from the council', 'we are tired of excuses from the council'],
    ['read the ignorant irrational posts on that forum.', 'read the irrational posts on that forum.'],
    // In a claim it stays, said plainly: without it the sentence says nothing.
    ['that was a stupid plan', 'that was a misguided plan'],
    // Several findings over a few words: the smallest edit that clears them all, not a sentence
    // of ours that drops what follows.
    [
      'what a pathetic excuse from the mayor: it shows he has not read the report.',
      'what a disappointing excuse from the mayor: it shows he has not read the report.',
    ],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('sentences of ours never pasted inside a clause (h14)', () => {
  it.each([
    // A purpose, not an order: the plain verb.
    [
      'the break gives each of you a way to calm down for ten minutes. then talk.',
      'the break gives each of you a way to cool off for ten minutes. then talk.',
    ],
    // "i don't care what/about/if …": the rest of the sentence stays.
    [
      'i dont care what u think about my car and you know it',
      "i'm not ready to hear what u think about my car and you know it",
    ],
    [
      "honestly i don't care about your reasons anymore.",
      "honestly i'm not ready to talk about your reasons anymore.",
    ],
    // After "to", a verb; after "please", no second "please".
    ['you need to gtfo of my kitchen', 'you need to get out of my kitchen'],
    ['ok, please shut up for a sec', 'ok, please give me a moment'],
    // The label in a question is its subject: "they".
    ['why was the idiot honking at us?', 'why were they honking at us?'],
    ['she finally admitted to being dishonest.', 'she finally admitted to not being straight with us.'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});
