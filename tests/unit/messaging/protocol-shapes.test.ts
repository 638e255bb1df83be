/**
 * The messages to a content script and the answers are checked by hand (lib/messaging/protocol.ts,
 * so that the coach bundle carries no zod). Here the same shapes are written in zod, as they were
 * before, and the hand-written checks must give exactly what zod gives: the same values accepted,
 * the same copies (unknown keys dropped, the same keys in the same order, an absent optional key
 * left absent), on hand-picked and on random values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { isToContent, parseReply, parseToContent } from '../../../lib/messaging/protocol';

z.config({ jitless: true });

const id = z.string().check(z.minLength(1), z.maxLength(64));

const ToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('coach:get-status') }),
  z.object({ type: z.literal('coach:open-card') }),
  z.object({
    type: z.literal('coach:insert-draft'),
    text: z.string().check(z.minLength(1), z.maxLength(20_000)),
  }),
]);

const ActionReplySchema = z.union([
  z.object({ ok: z.literal(true), token: z.optional(id) }),
  z.object({ ok: z.literal(false), reason: z.enum(['limit', 'too-long', 'failed']) }),
]);
const SiteReplySchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({
    ok: z.literal(false),
    error: z.enum(['invalid-origin', 'built-in', 'no-permission', 'failed']),
  }),
]);
const REFERENCE = {
  'coach:get-status': z.object({
    state: z.enum(['none', 'calm', 'tense', 'heated']),
    count: z.int().check(z.nonnegative()),
    active: z.boolean(),
  }),
  'coach:insert-draft': z.object({
    ok: z.boolean(),
    error: z.optional(z.enum(['no-field', 'refused', 'partial'])),
  }),
  'site:enable': SiteReplySchema,
  'site:disable': SiteReplySchema,
  'reminder:schedule': z.union([
    z.object({ ok: z.literal(true), at: z.number() }),
    z.object({ ok: z.literal(false) }),
  ]),
  'draft:save': z.union([
    z.object({ ok: z.literal(true), id }),
    z.object({ ok: z.literal(false), reason: z.enum(['too-long', 'site-full', 'full', 'empty', 'failed']) }),
  ]),
  'settings:change': z.union([
    z.object({ ok: z.literal(true) }),
    z.object({
      ok: z.literal(false),
      error: z.enum(['invalid', 'too-large', 'storage']),
      area: z.optional(z.enum(['sync', 'local'])),
      path: z.optional(z.string().check(z.maxLength(200))),
    }),
  ]),
  'phrase:ignore': ActionReplySchema,
  'site:pause': ActionReplySchema,
} as const;
type Replied = keyof typeof REFERENCE;
const REPLIED = Object.keys(REFERENCE) as Replied[];

/** zod's answer: its copy, or null. */
function reference(schema: z.ZodMiniType, value: unknown): unknown {
  const r = schema.safeParse(value);
  return r.success ? r.data : null;
}

/** Same value, and for objects the same keys in the same order (absent and undefined differ). */
function expectSame(got: unknown, want: unknown, label: string) {
  expect(got, label).toStrictEqual(want);
  if (got && typeof got === 'object') expect(Object.keys(got), label).toEqual(Object.keys(want as object));
}

const x = (n: number) => 'x'.repeat(n);
/** Per member of the shapes: values at and around its edges (undefined: present but undefined). */
const MEMBERS: Record<string, unknown[]> = {
  ok: [true, false, 'yes', 1, undefined],
  type: ['coach:get-status', 'coach:open-card', 'coach:insert-draft', 'coach:other', undefined],
  text: ['', 'x', x(20_000), x(20_001), `${x(19_999)}😀`, `${x(20_000)}😀`, 5, undefined],
  token: ['', 'a', x(64), x(65), `${x(63)}😀`, `${x(64)}😀`, '\ud83d', 5, null, undefined],
  id: ['', 'a', x(64), x(65), `${x(63)}😀`, `${x(64)}😀`, 5, null, undefined],
  reason: ['limit', 'too-long', 'failed', 'site-full', 'full', 'empty', 'because', undefined],
  error: ['invalid', 'too-large', 'storage', 'invalid-origin', 'built-in', 'no-permission', 'failed']
    .concat(['no-field', 'refused', 'partial', 'nope'])
    .concat([undefined as unknown as string]),
  at: [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1', null, undefined],
  area: ['sync', 'local', 'x', undefined],
  path: ['', 'a', x(200), x(201), `${x(199)}😀`, `${x(200)}😀`, 5, undefined],
  state: ['none', 'calm', 'tense', 'heated', 'furious', undefined],
  count: [0, -0, -1, 1.5, 2 ** 53, 2 ** 53 - 1, '1', Number.NaN, undefined],
  active: [true, false, 'true', undefined],
  extra: [1],
};

/** Objects made of the shapes' members, each present or absent, with values near their edges. */
const shaped = fc.record(
  Object.fromEntries(Object.entries(MEMBERS).map(([k, list]) => [k, fc.constantFrom(...list)])),
  { requiredKeys: [] },
);
const values = fc.oneof(shaped, shaped, shaped, fc.anything());

describe('hand-written message checks agree with the zod shapes', () => {
  it('messages to a content script', () => {
    for (const v of [
      { type: 'coach:get-status' },
      { type: 'coach:open-card', x: 1 },
      { type: 'coach:insert-draft', text: 'hi', more: 2 },
      { type: 'coach:insert-draft', text: 'x'.repeat(20_000) },
      { type: 'coach:insert-draft', text: 'x'.repeat(20_001) },
      Object.create({ type: 'coach:open-card' }),
    ]) {
      expectSame(parseToContent(v), reference(ToContentSchema, v), JSON.stringify(v)?.slice(0, 60) ?? '');
    }
    fc.assert(
      fc.property(values, (v) => {
        const want = reference(ToContentSchema, v);
        expectSame(parseToContent(v), want, JSON.stringify(v)?.slice(0, 80) ?? String(v));
        expect(isToContent(v)).toBe(want !== null);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers', () => {
    for (const type of REPLIED)
      for (const v of [
        { ok: true },
        { ok: false },
        { ok: true, token: undefined },
        { ok: true, token: 'a', extra: 1 },
        { ok: false, reason: 'limit' },
        { ok: false, error: 'invalid', area: undefined, path: 'a.b' },
        { ok: true, at: 12 },
        { ok: true, id: 'a-1' },
        { state: 'calm', count: 0, active: false, x: 1 },
        { ok: true, error: undefined },
        Object.create({ ok: true, at: 3 }),
      ])
        expectSame(parseReply(type, v), reference(REFERENCE[type], v), `${type} ${JSON.stringify(v)}`);
    fc.assert(
      fc.property(fc.constantFrom(...REPLIED), values, (type, v) => {
        expectSame(
          parseReply(type, v),
          reference(REFERENCE[type], v),
          `${type} ${JSON.stringify(v)?.slice(0, 80)}`,
        );
      }),
      { numRuns: 20000 },
    );
  });
});
