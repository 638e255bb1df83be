import { describe, expect, it } from 'vitest';
import { insertionRange } from '../../../lib/coach/insert-draft';

describe('insertionRange: where a draft goes back', () => {
  it('replaces an empty (or blank) field', () => {
    expect(insertionRange('', null)).toEqual({ start: 0, end: 0 });
    expect(insertionRange('  \n', { start: 1, end: 1 })).toEqual({ start: 0, end: 3 });
  });

  it('goes at the caret (over a selection) in a field with text, else at the end', () => {
    expect(insertionRange('hello world', { start: 5, end: 5 })).toEqual({ start: 5, end: 5 });
    expect(insertionRange('hello world', { start: 6, end: 11 })).toEqual({ start: 6, end: 11 });
    expect(insertionRange('hello', null)).toEqual({ start: 5, end: 5 });
    expect(insertionRange('hello', { start: 3, end: 9 })).toEqual({ start: 5, end: 5 });
  });
});
