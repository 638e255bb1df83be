/** The one union of messages, both directions: well-formed ones parse, everything else is dropped. */
import { describe, expect, it } from 'vitest';
import { isToContent, parseReply, parseToBackground, parseToContent } from '../../../lib/messaging/protocol';

describe('protocol', () => {
  it('parses the messages each part sends, stripping anything extra', () => {
    expect(parseToContent({ type: 'coach:open-card', extra: 1 })).toEqual({ type: 'coach:open-card' });
    expect(parseToContent({ type: 'coach:insert-draft', text: 'hi' })).toEqual({
      type: 'coach:insert-draft',
      text: 'hi',
    });
    expect(parseToBackground({ type: 'site:pause', site: 'https://else.example' })).toEqual({
      type: 'site:pause',
    });
    expect(
      parseToBackground({ type: 'settings:change', change: { op: 'built-in', id: 'reddit', on: false } }),
    ).toEqual({ type: 'settings:change', change: { op: 'built-in', id: 'reddit', on: false } });
  });

  it('drops unknown and malformed messages', () => {
    for (const m of [
      undefined,
      null,
      [],
      'coach:open-card',
      { type: 'coach:insert-draft' },
      { type: 'coach:insert-draft', text: '' },
      { type: 'coach:insert-draft', text: 'x'.repeat(20_001) },
      { type: 'coach:delete-everything' },
      { type: { toString: () => 'coach:open-card' } },
    ]) {
      expect(parseToContent(m)).toBeNull();
      expect(parseToBackground(m)).toBeNull();
    }
    expect(
      parseToBackground({ type: 'stats:record', kind: 'flagged', categories: 'blame', newMessage: true }),
    ).toBeNull();
  });

  it('checks answers too: a malformed answer is null, never trusted', () => {
    expect(parseReply('coach:get-status', { state: 'heated', count: 2, active: true })).toEqual({
      state: 'heated',
      count: 2,
      active: true,
    });
    expect(parseReply('coach:get-status', { state: 'furious', count: 2, active: true })).toBeNull();
    expect(parseReply('coach:insert-draft', { ok: 'yes' })).toBeNull();
    expect(parseReply('phrase:ignore', { ok: false, reason: 'limit' })).toEqual({
      ok: false,
      reason: 'limit',
    });
    expect(parseReply('phrase:ignore', { ok: false, reason: 'because' })).toBeNull();
    expect(parseReply('draft:save', { ok: true, id: 'a-1' })).toEqual({ ok: true, id: 'a-1' });
    expect(parseReply('stats:clear', true)).toBe(true);
    expect(parseReply('stats:clear', 'true')).toBe(false);
  });

  it('isToContent accepts exactly what parseToContent parses (protocol-shapes.test: both agree with zod)', () => {
    const values: unknown[] = [
      undefined,
      null,
      [],
      'coach:get-status',
      { type: 'coach:get-status' },
      { type: 'coach:open-card', x: 1 },
      { type: 'coach:insert-draft' },
      { type: 'coach:insert-draft', text: '' },
      { type: 'coach:insert-draft', text: 'hi' },
      { type: 'coach:insert-draft', text: 5 },
      { type: 'coach:insert-draft', text: 'x'.repeat(20_000) },
      { type: 'coach:insert-draft', text: 'x'.repeat(20_001) },
      { type: 'coach:other' },
      { type: 'site:pause' },
    ];
    for (const v of values)
      expect(isToContent(v), JSON.stringify(v)?.slice(0, 60)).toBe(parseToContent(v) !== null);
  });
});
