import { describe, expect, it } from 'vitest';
import {
  type Draft,
  insertionRange,
  MAX_DRAFTS,
  newDraft,
  parseDrafts,
  withDraft,
  withoutDraft,
} from '../../../lib/coach/drafts';

const d = (id: string, text = `text ${id}`, site = 'https://a.example', savedAt = 1): Draft => ({
  id,
  text,
  site,
  savedAt,
});

describe('drafts list', () => {
  it('puts the newest first', () => {
    expect(withDraft([d('1'), d('2')], d('3')).map((x) => x.id)).toEqual(['3', '1', '2']);
  });

  it('keeps the same text from the same site once, the newest', () => {
    const list = withDraft([d('1', 'same'), d('2', 'same', 'https://b.example')], d('3', 'same'));
    expect(list.map((x) => x.id)).toEqual(['3', '2']);
  });

  it('caps the count, dropping the oldest', () => {
    let list: Draft[] = [];
    for (let i = 0; i < MAX_DRAFTS + 5; i++) list = withDraft(list, d(String(i)));
    expect(list).toHaveLength(MAX_DRAFTS);
    expect(list[0]?.id).toBe(String(MAX_DRAFTS + 4));
    expect(list.at(-1)?.id).toBe('5');
  });

  it('deletes by id', () => {
    expect(withoutDraft([d('1'), d('2')], '1').map((x) => x.id)).toEqual(['2']);
  });

  it('drops malformed stored entries', () => {
    expect(parseDrafts(undefined)).toEqual([]);
    expect(parseDrafts('x')).toEqual([]);
    expect(parseDrafts([d('1'), { id: 2 }, null, { ...d('3'), savedAt: Number.NaN }])).toEqual([d('1')]);
  });

  it('makes unique ids with the site and time', () => {
    const a = newDraft('hi', 'https://a.example', 1000);
    const b = newDraft('hi', 'https://a.example', 1000);
    expect(a).toMatchObject({ text: 'hi', site: 'https://a.example', savedAt: 1000 });
    expect(a.id).not.toBe(b.id);
  });
});

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
