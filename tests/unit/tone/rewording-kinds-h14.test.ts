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
