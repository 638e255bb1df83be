import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, isRuleDebug } from '../../../lib/tone';

/**
 * While someone types, the text often ends right after a phrase a rule looks beyond ("you always
 * find", "for the 100th time,"). A rule that read past the last word threw, and a family that throws
 * is skipped outside debug mode: its other findings in the message were lost ("you never listen,
 * you always find" passed). Unit tests run with rule debugging on, so any throw fails here.
 */
const DIR = path.join(__dirname, '../../fixtures/corpus');

function corpusTexts(): string[] {
  const out = new Set<string>();
  for (const f of fs.readdirSync(DIR).filter((f) => f.endsWith('.tsv'))) {
    for (const l of fs.readFileSync(path.join(DIR, f), 'utf8').split(/\r?\n/)) {
      const p = l.split('\t');
      if (p.length >= 3 && !l.startsWith('#')) out.add(p.slice(2).join('\t'));
    }
  }
  return [...out];
}

describe('a message cut at any word, as it is while being typed', () => {
  it('runs with rule debugging on (so a family that throws fails the test)', () => {
    expect(isRuleDebug()).toBe(true);
  });

  it.each([
    ['you never listen, you always find', 'absolutes'],
    ['you never listen. for the 100th time,', 'absolutes'],
    ["you're the one who", null],
    ['there’s never a day', null],
    ['this is the last message you’ll get from me', 'withdrawal'],
  ])('%s', (text, category) => {
    const a = analyze(text);
    if (category) expect(a.findings.map((f) => f.category)).toContain(category);
    else expect(a.findings).toEqual(expect.any(Array));
  });

  it('every word-boundary prefix and suffix of every 8th corpus text analyses without a throw', () => {
    const texts = corpusTexts();
    expect(texts.length).toBeGreaterThan(15_000);
    let n = 0;
    for (let i = 0; i < texts.length; i += 8) {
      const t = texts[i] as string;
      for (const m of t.matchAll(/\s+/g)) {
        analyze(t.slice(0, m.index));
        analyze(t.slice(m.index));
        n += 2;
      }
    }
    expect(n).toBeGreaterThan(30_000);
  }, 180_000);
});
