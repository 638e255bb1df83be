import { describe, expect, it } from 'vitest';
import { badgeLabel } from '../../../lib/coach/Badge';

describe('badge label', () => {
  it('counts with the plural rules ("1 suggestion", "2 suggestions")', () => {
    expect(badgeLabel('tense', 1)).toBe('Soft Start tone: tense, 1 suggestion. Open.');
    expect(badgeLabel('heated', 2)).toBe('Soft Start tone: heated, 2 suggestions. Open.');
    expect(badgeLabel('tense', 21)).toBe('Soft Start tone: tense, 21 suggestions. Open.');
  });

  it('says calm without a count when nothing is flagged', () => {
    expect(badgeLabel('calm', 0)).toBe('Soft Start tone: calm. Open.');
  });
});
