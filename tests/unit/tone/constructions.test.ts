import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../../lib/tone/index';

/** Flagged at balanced, and the first suggestion of each finding clears it. */
function flagsAndClears(text: string): void {
  const a = analyze(text);
  expect(a.flagged, text).toBe(true);
  for (const f of a.findings) {
    const s = f.suggestions[0];
    expect(s, text).toBeDefined();
    if (!s) continue;
    const after = analyze(applySuggestion(text, s));
    expect(
      after.findings.some((g) => g.rule === f.rule),
      `${text} → ${applySuggestion(text, s)}`,
    ).toBe(false);
  }
}

describe('constructions without insult words (issue 9)', () => {
  it.each([
    'honestly you are acting like a toddler about the dishes',
    "you're such a diva about the thermostat",
    'stop behaving like a spoiled brat',
    'who even talks like that?',
    'why would you even bring that up at dinner',
    'do you ever think before you post things',
    'how rude can you be',
    "I can't believe how lazy you are",
    'you can never get anything right',
    'you only ever call when you need money',
    'oh sure, what a genius idea',
    'wow great job 🙄',
    // Sarcasm needs a marker: an eye-roll, a sour opener, a complaint around it.
    'thanks a lot, very helpful 🙄',
    'wow, thanks a lot, very helpful',
    'no one cares what you think about my hair',
    "that's on you",
    "I'm not discussing this with you anymore",
    'this argument is over',
    "don't bother calling me tonight",
    'one more word and I am out',
    "fix it or I'm leaving, you decide",
    "you won't see me again",
    'why do you always leave the door open?',
    'for the hundredth time, put the lid back on',
    "I've told you a million times to lock the door",
    'all you ever do is complain',
    'it was just a joke, relax',
    'let me explain this slowly',
    "I don't want to talk about it",
    'look what you did',
    'did you even read my message',
    'what a stupid question',
    "you don't know what you're talking about",
    'learn to read',
  ])('%s', (text) => flagsAndClears(text));
});

describe('the same words in warm or practical sentences pass', () => {
  it.each([
    'the kids are acting like little angels today',
    'you are such a sweetheart, thank you',
    "you're unbelievable, thank you so much for the flowers!",
    'who even knew this place existed, it is lovely',
    'what a brilliant idea, I love it!',
    'thanks a lot for the ride, really appreciate it',
    'do you ever go hiking?',
    "that's on you if you want the last slice 😄",
    "I'm not doing this alone, we'll do it together",
    'do you always walk to work?',
    'that was so stupid of me, sorry!',
    'You never let me down',
    'you never have to apologize for that',
    'you idiot, I love you so much',
    'that was my dumbest idea ever lol',
    'someone like you deserves the best',
    'leave me alone for ten minutes while I wrap your present',
    'calm down the sauce on low heat',
    'holy shit this cake is amazing',
  ])('%s', (text) => expect(analyze(text).flagged, text).toBe(false));
});
