import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { changedSentences, createGrammarChecker } from '../../../scripts/grammar';
import { checkRewording, deleteFlagged, rewordMessage } from '../../../scripts/reword';

describe('message-level rewording (npm run eval)', () => {
  it('leaves a clean message as it is', () => {
    const text = 'running late, save me a seat please';
    expect(analyze(text).flagged).toBe(false);
    expect(rewordMessage(text)).toBe(text);
    expect(checkRewording(text)).toMatchObject({ rewording: text, ok: true, kept: [], added: [] });
  });

  it('rewords every finding of a message with several, and says what is left', () => {
    const text = 'You are such an idiot. You never help with anything!!!';
    const before = analyze(text);
    expect(before.findings.length).toBeGreaterThan(1);
    const c = checkRewording(text);
    expect(c.rewording).not.toBe(text);
    expect(c.before).toEqual(before);
    expect(c.after).toEqual(analyze(c.rewording));
    // ok exactly when the re-analysis is clean; anything left is either kept or added.
    expect(c.ok).toBe(c.after.findings.length === 0);
    expect(c.kept.length + c.added.length).toBe(c.after.findings.length);
  });

  it('the deletion baseline removes the flagged words and tidies spaces before punctuation', () => {
    const text = 'honestly you are an idiot , and the rest stays';
    const a = analyze(text);
    expect(a.flagged).toBe(true);
    const out = deleteFlagged(text);
    for (const f of a.findings) expect(out).not.toContain(text.slice(f.start, f.end));
    expect(out).not.toMatch(/ {2}| [,.!?]/);
    expect(out).toContain('the rest stays');
  });
});

describe('changed sentences for the grammar check', () => {
  it('cuts the unchanged sentences around the edit', () => {
    expect(
      changedSentences(
        'Hi there. You make me so angry when you do that! See you soon.',
        'Hi there. I feel so angry when you do that! See you soon.',
      ),
    ).toEqual(['You make me so angry when you do that!', 'I feel so angry when you do that!']);
    expect(changedSentences('Fine. whatever. bye', 'Fine. I need some time. bye')).toEqual([
      'whatever.',
      'I need some time.',
    ]);
    expect(changedSentences('first line\nsecond you jerk\nthird', 'first line\nsecond\nthird')).toEqual([
      'second you jerk',
      'second',
    ]);
    expect(changedSentences('you idiot', 'you')).toEqual(['you idiot', 'you']);
  });
});

describe('Harper (harper.js) runs offline on Node', () => {
  it('finds a problem a rewording adds, and none when it adds none', { timeout: 180_000 }, async () => {
    const g = await createGrammarChecker();
    expect(await g.newProblems('He goes home now.', 'He go home now.')).not.toEqual([]);
    expect(await g.newProblems('He go home now.', 'He go home later.')).toEqual([]);
    expect(await g.newProblems('You made me miss the bus.', 'I missed the bus.')).toEqual([]);
    // Lower case is the writer's voice: a lower-case "i" in a lower-case message is not new.
    expect(await g.newProblems('you made me miss the bus', 'i missed the bus')).toEqual([]);
  });
});
