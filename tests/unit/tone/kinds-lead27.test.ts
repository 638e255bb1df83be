/**
 * The twenty-seventh session's lead, from its own probes: "stupid questions" were always read as a
 * slip anyone makes ("sorry for the stupid question"), even when the questions are the reader's
 * ("stop asking stupid questions", "your dumb questions again"). Our own sentences; the warm twins
 * (one's own question, reassurance, self-talk) share the words and must pass.
 */
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../../lib/tone/index';
import { kind } from './kinds';

kind(
  "the reader's questions called stupid or dumb",
  'contempt',
  [
    'stop asking stupid questions',
    'Stop asking dumb questions to get attention.',
    'your stupid questions are exhausting',
    'enough with your stupid questions',
    'stop with the dumb questions, read the pinned post',
    "you're asking dumb questions again",
    'why do you ask such stupid questions',
    'ur dumb questions again lol',
  ],
  [
    'sorry for the stupid question',
    'there is no such thing as a stupid question',
    'probably a dumb question but where is the bin',
    'i asked you a stupid question earlier, sorry',
    "don't worry, you didn't ask a dumb question",
    'you asked a dumb question? so what, everyone does',
    'stop asking yourself stupid questions and go to sleep x',
    'stop worrying about stupid mistakes, you are doing great',
    'you made a stupid mistake, it happens to all of us',
    'my kid asks the dumbest questions lol',
  ],
);

describe("the reader's stupid questions: the rewording", () => {
  it.each(['stop asking stupid questions', 'your stupid questions are exhausting'])('%s', (text) => {
    const f = analyze(text).findings.find((x) => x.rule === 'contempt.scorn');
    const s = f?.suggestions[0];
    expect(s).toBeDefined();
    if (!s) return;
    const out = applySuggestion(text, s);
    expect(out).not.toMatch(/stupid|dumb/);
    expect(out).toMatch(/questions/);
    expect(analyze(out).flagged).toBe(false);
  });
});

describe('"disgusting" of a person\'s look, smell or cooking: not "gross" (the insult would stay)', () => {
  it.each([
    ['you look disgusting in that dress', 'you look different in that dress'],
    ['your cooking tastes disgusting', 'your cooking tastes off'],
    ['he looks disgusting', 'he looks different'],
    ['this soup tastes disgusting', 'this soup tastes gross'],
  ])('%s', (text, want) => {
    const s = analyze(text).findings[0]?.suggestions[0];
    expect(s && applySuggestion(text, s)).toBe(want);
  });
});

describe('"if someone dies" is withdrawal only as the one reason left to call', () => {
  it.each([
    'if anyone dies it should be the useless characters who do nothing all season',
    'if anyone dies in the finale i will cry lol',
  ])('%s: no withdrawal finding', (text) => {
    expect(analyze(text).findings.filter((f) => f.category === 'withdrawal')).toEqual([]);
  });
});

kind(
  'a label the writer gives themself in an apology ("sorry to be a nitwit") is not aimed at anyone',
  'contempt',
  [
    "sorry to be blunt but you're an idiot",
    'sorry for being blunt, you idiot',
    'sorry to be a pain but you are a moron',
    "I'm sorry you had to be such an idiot about it",
  ],
  [
    'Sorry to be a total nitwit, but I tried this and got nothing',
    'sorry to be such an idiot about this',
    'sorry for being a complete moron earlier, long day',
    'apologies for being a total noob here, where is the setting?',
    'Thanks. Sorry to be an idiot, but the link is dead.',
    'sorry to be daft, but where is the file?',
  ],
);

kind(
  'a label inside a claim the writer rejects ("I disagree with the idea that gamers are idiots") is not theirs',
  'contempt',
  [
    'i disagree with you, the mods are idiots',
    "it's true that these politicians are idiots",
    'i disagree. people who rent are idiots',
    "i disagree that you're an idiot, you're a moron",
  ],
  [
    "i don't buy the idea that gamers are losers",
    "it's not true that people who rent are idiots",
    'i reject the notion that teenagers are lazy idiots',
    "it's a myth that nurses are idiots, they run the place",
    'I disagree with the claim that new drivers are morons',
  ],
);
