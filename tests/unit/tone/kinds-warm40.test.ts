/**
 * False alarms by cause, heat first (session 40's warm round): the reason a message is warm, each guard
 * with warm near-twins that must pass clean and hostile twins that must stay flagged. Our own
 * sentences, none taken from any corpus.
 */
import { describe, expect, it } from 'vitest';
import { kind, kindsFigures, kindsRows } from './kinds';

// -- a thing sworn at, a favour asked or a laugh beside it --------------------------------------------------
kind(
  '"this fucking printer ate my pass, can someone print me one?": a thing sworn at as the subject, nobody blamed',
  'heat',
  [
    'this fucking printer, you broke it again',
    'pick up the goddamn laundry',
    'your fucking car is blocking my drive',
    'my fucking husband forgot our anniversary, can you believe it',
    "the damn wifi is down, why didn't you pay the bill",
  ],
  [
    'this fucking printer ate my boarding pass, can someone print me one?',
    'the bloody oven died again, can you bring the pizza instead? love you',
    'ugh, this damn train is stuck outside the station lol, start without me',
  ],
);

// -- "shut up" in delight, the news asked back -----------------------------------------------------------
kind(
  '"omg shut up, he proposed on the beach?!?!": disbelief at their news, asked back in delight',
  'talking-down',
  ["shut up, I'm trying to sleep!!", 'shut up!! are you serious?!', 'shut up, why would you say that?!'],
  [
    'omg shut up, he proposed on the beach?!?!',
    'shut up, they gave you the corner office?!',
    'oh shut up, your brother is moving back home?!',
  ],
);

// -- a cause of something good that the writer keeps doing -------------------------------------------------
kind(
  '"you\'re the reason I still play the piano", "I stuck around thanks to you": a good habit kept up',
  'blame',
  [
    "you're the reason I still can't trust anyone",
    "you're the reason I still have to work weekends",
    'because of you I still owe the bank money',
    "you're the reason I stuck around in that miserable job",
  ],
  [
    "you're the reason I still play piano on sundays",
    'honestly you are the reason we still visit that little café',
    "you're the reason I stuck around after that awful first week, thank you",
  ],
);

describe('kinds-warm40.tsv (probe set, written before reading the corpus)', () => {
  it('keeps its warm rows mostly clean and its hostile rows caught', () => {
    const f = kindsFigures(kindsRows('kinds-warm40.tsv'));
    expect(f.recall).toBeGreaterThanOrEqual(0.9);
    expect(f.falseAlarms).toBeLessThanOrEqual(0.2);
  });
});
