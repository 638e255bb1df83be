import { describe, expect, it } from 'vitest';
import {
  type Analysis,
  analyze,
  applySuggestion,
  type Category,
  type Sensitivity,
} from '../../../lib/tone/index';
import { suggestionProblems } from './helpers';

function categories(a: Analysis): Category[] {
  return [...new Set(a.findings.map((f) => f.category))];
}

/** Our own sentences (not corpus rows) for the phrasing families added for hostile comments. */
describe('hostile phrasing is flagged at balanced', () => {
  it.each<[string, Category]>([
    ['they should all be hung for this', 'contempt'],
    ['kill them all', 'contempt'],
    ["I'll kill you", 'contempt'],
    ['i hope they rot', 'contempt'],
    ['crawl back into your hole', 'contempt'],
    ['go back where you came from', 'contempt'],
    ['grow a brain', 'contempt'],
    ["don't you have a brain?", 'contempt'],
    ["he's a corrupt crook", 'contempt'],
    ['she is a horrible person', 'contempt'],
    ['what a jerk you are', 'contempt'],
    ['that piece of garbage lied again', 'contempt'],
    ['your hypocrisy is astounding', 'contempt'],
    ['the worst mayor in history', 'contempt'],
    ['what a useless manager', 'contempt'],
    ['the new coach is incompetent', 'contempt'],
    ['useless politicians never listen', 'contempt'],
    ['this idiot driver cut me off', 'contempt'],
    ["don't be dumb", 'contempt'],
    ['lets educate another idiot', 'contempt'],
    ['you racist, read the article', 'contempt'],
    ['wow, i paid to read this junk', 'contempt'],
    ['we dont want you here', 'contempt'],
    ["i don't want to talk to you anymore", 'withdrawal'],
    ['delete the post and shut up', 'talking-down'],
    ['read the damn article', 'heat'],
    ['damn those neighbours', 'heat'],
    ['this team sucks', 'heat'],
    ['aww fuck fuck fuck', 'heat'],
  ])('%s → %s', (text, category) => {
    expect(categories(analyze(text, { sensitivity: 'balanced' }))).toContain(category);
  });
});

describe('false-alarm guards: these pass clean at balanced', () => {
  it.each([
    'that was fucking amazing',
    'i fucking love this song',
    'what a cute ass puppy, I love him',
    'we were kicking ass all night',
    'I feel like shit today',
    'feeling a bit pissed off with myself',
    'Why am I so tired ALL THE TIME',
    "SUNS TO THE FINALS LET'S GO",
    'WE CAN ALL BE FRIENDS',
    'my grandma just added me on snapchat???',
    'I feel so dumb!!!!',
    'I made a stupid mistake in the report',
    'I might say something stupid, sorry in advance',
    'the tax payer was the loser',
    'Finally got my phone back #crap #samsung',
    'Damn, that cake looks good',
    'the worst thing about Mondays is the traffic',
    "I'm the worst person to ask about this",
    'I worry I will hurt him if I tell him',
    'Wolves deserve to be beaten for that performance',
    'the trash can is full again',
    'there was a dead rat in the garage',
    'my junk mail folder is full',
    'ahdjfkfbckdkehdidb THANKS BODY',
    'Nobody called you a hypocrite',
    "You're so talented",
    'it may sound silly, but I miss you',
  ])('%s', (text) => {
    const a = analyze(text, { sensitivity: 'balanced' });
    expect(a.findings.map((f) => `${f.rule} «${text.slice(f.start, f.end)}»`)).toEqual([]);
  });
});

describe('suggestions for the new phrasing remove their finding and add none', () => {
  const texts = [
    'he is a worthless piece of garbage',
    'they should all be hung for this',
    'what a jerk you are',
    'your hypocrisy is astounding',
    'the new coach is incompetent',
    'useless politicians never listen',
    'read the damn article',
  ];
  for (const text of texts)
    it(text, () => {
      for (const s of ['balanced', 'strict'] as Sensitivity[]) {
        const a = analyze(text, { sensitivity: s });
        expect(a.flagged).toBe(true);
        for (const f of a.findings)
          for (const g of f.suggestions) {
            expect(suggestionProblems(text, a, f, g, s, 'edit')).toEqual([]);
            expect(applySuggestion(text, g)).not.toBe(text);
          }
      }
    });
});

describe('rewrites never shout', () => {
  it('a rewrite of a shouted sentence keeps no capitals of its own', () => {
    for (const text of ['YOU ALWAYS DID', 'you ALWAYS WHY I', 'YOU NEVER LISTEN TO ME']) {
      for (const s of ['balanced', 'strict'] as Sensitivity[]) {
        const a = analyze(text, { sensitivity: s });
        for (const f of a.findings)
          for (const g of f.suggestions) {
            if (g.replacement === '') continue;
            expect(suggestionProblems(text, a, f, g, s, 'edit'), `${text} → ${g.replacement}`).toEqual([]);
          }
      }
    }
  });
});
