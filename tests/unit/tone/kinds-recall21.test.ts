/**
 * Swearing by what it carries (helper recall21, session 21): a swear that carries annoyance at a
 * thing, a situation or a group is heat at balanced; a happy, amazed, neutral, self-deprecating or
 * storytelling one stays strict only. Sentences written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

const swears = (text: string, sensitivity: 'balanced' | 'strict' = 'balanced') =>
  analyze(text, { sensitivity }).findings.filter((f) => f.category === 'heat');

describe('annoyed swearing is heat at balanced', () => {
  it.each([
    // "why the hell / fuck …" asked of a thing that went wrong, whatever warm word is near it.
    ['why the fuck is the gym closed on a holiday?', 'why is the gym closed on a holiday?'],
    ['why the hell is my favourite mug in the bin', 'why is my favourite mug in the bin'],
    // "sheesh": fed up.
    ['i just wish the neighbours would turn their fucking music down, sheesh', null],
    // "all the damn time", "every damn time".
    ['the kids leave the lights on all the damn time', 'the kids leave the lights on all the time'],
    ['the printer jams every damn time i need it', 'the printer jams every time i need it'],
    // "too damn …": a complaint.
    ['the rent here is too damn high', 'the rent here is too high'],
    ['this bus is too damn slow', 'this bus is too slow'],
    // The thing refused or not done: "never fix that shit", "stop with this crap".
    // crossa38: "the council never fixes…" is a group's absolute too: "never" → "rarely".
    ['the council never fixes that shit on our road', 'the council rarely fixes that on our road'],
    ['they still are not shipping the shit we paid for', null],
    ['i really hope the landlord will stop with this crap', null],
    // A sigh of annoyance at the end goes, with its comma.
    ['where did i put the car keys, dammit', 'where did i put the car keys'],
    ['the website ate my order twice, damn it.', 'the website ate my order twice.'],
  ])('%s', (text, expected) => {
    const found = swears(text);
    expect(found.length).toBeGreaterThan(0);
    const out = rewrite(text).text;
    if (expected !== null) expect(out).toBe(expected);
    // The rewording keeps the sentence and clears its heat.
    expect(out).not.toMatch(/\b(?:fuck\w*|shit|crap|damn\w*|hell)\b/i);
    expect(swears(out, 'strict')).toEqual([]);
  });

  it('the refused thing ending its clause becomes "it"', () => {
    expect(rewrite('the shop keeps selling that junk and they never recall the shit').text).toBe(
      'the shop keeps selling that junk and they never recall it',
    );
    expect(rewrite('the app updates every week and still breaks the shit, i swear').text).not.toMatch(
      /breaks,/,
    );
  });
});

describe('happy, neutral, self-deprecating and storytelling swearing stays strict only', () => {
  it.each([
    'this pie is too damn good',
    'this puppy is too fucking cute',
    "i'd love to fucking see them live again",
    'the puppy is too damn cute',
    'shit, i left my phone on the bus again haha',
    'we sang that damn chorus again and again, best night of the year',
    'holy shit, i passed my driving test',
    'that gig was fucking incredible',
    "i'm so fucking tired lol",
    "i'm such a klutz, spilled the damn coffee again 😂",
    'fuck yes, we got the tickets',
    'damn, the garden looks amazing again this year smh',
  ])('%s passes at balanced and is seen at strict', (text) => {
    expect(analyze(text).findings).toEqual([]);
    expect(analyze(text, { sensitivity: 'strict' }).flagged).toBe(true);
  });
});

describe('said in agreement or in a story, a swear passes at balanced', () => {
  it.each([
    'why the hell not, the weather is perfect for a picnic',
    'my grandad said "what the hell" and jumped into the lake',
  ])('%s', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
});

describe('an oath ending the message', () => {
  it.each(['the app crashed twice today, i swear', 'it was the best pizza ever, i swear to god'])(
    '%s is read without an error',
    (text) => {
      expect(() => analyze(text)).not.toThrow();
      expect(analyze(text).findings.map((f) => f.rule)).not.toContain('venting.oath');
    },
  );
});

describe('exasperation aimed at the reader', () => {
  it.each([
    // "why can't you just <verb>" and "don't you think you should <verb>": a lesson asked as a question.
    [
      'Why can’t you just read the pinned post before asking?',
      'Could you read the pinned post before asking?',
    ],
    ['why cant u simply tell me where u were', 'could u tell me where u were?'],
    ["Don't you think you should call your mother back first?", 'Could you call your mother back first?'],
    // "it's <verdict> that you even / still …"
    [
      'It’s ridiculous that you even need a reminder for this.',
      'I’m surprised you need a reminder for this.',
    ],
    ["it's embarrassing that you still don't know the rota", "i'm surprised you still don't know the rota"],
    // "your <thing> makes no sense"
    ['Your schedule makes no sense.', "I don't understand your schedule."],
    ['ur excuse made zero sense', "i don't understand ur excuse"],
  ])('%s', (text, expected) => {
    expect(analyze(text).flagged).toBe(true);
    const out = rewrite(text).text;
    expect(out).toBe(expected);
    expect(analyze(out).flagged).toBe(false);
  });

  it.each([
    "why can't you come to the barbecue? we'll miss you",
    'why can’t you just stay one more night? i love having you around',
    "don't you think you should rest a bit, hon? you've been up since five",
    "Don't you think the green sofa is nicer?",
    "it's sad that you still have to commute two hours",
    "it's worrying that you still have a cough, please see someone",
    'your plan makes sense to me, let’s do it',
    'honestly your timetable makes no sense to me, can we go over it?',
    'the timetable makes no sense, the trains never match it',
  ])('%s passes', (text) => {
    expect(analyze(text).findings).toEqual([]);
  });
});
