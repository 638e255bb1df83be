/**
 * Round lexa32: recall that carries, for contempt said about the person. A probe set of our own
 * (110 hostile, 69 warm near-twins, half in public-comment style) was written before any dev miss
 * was read; the kinds below widen word classes and slots of existing frames. Each catches dev
 * misses in three or more dev files and flags no warm dev row. The sentences below are our own.
 *
 * 1. Sarcastic praise of an idea (constructions.sarcasm): the praised-thing class widened from
 *    plans and ideas to takes, insights, logic, rebuttals, comebacks, arguments; "galaxy-brained"
 *    and "groundbreaking" as tells; the praise may open the sentence ("Brilliant rebuttal. 🙄")
 *    when the message says it is not meant: an eye-roll anywhere, a closing "Not.", ", genius".
 * 2. "imagine …" mockery (scorn.imagine): the slot widened with "unironically", "calling
 *    yourself", "needing" (not said of oneself), and a lack that lasts ("imagine being 30 and still
 *    needing…", "… and still not getting it").
 * 3. "ok <label>" (scorn, mockery.boomer): "ok" counts as English beside a label ("lol ok loser");
 *    "ok snowflake" beside "ok boomer".
 * 4. Roles: the people class widened with roles (captain, houseguest, mods, streamer, commenter,
 *    tenant) for "the worst …", "useless mods", and "the most <insult> <role>" ("the most selfish
 *    coworker I've ever had"), a role ending its phrase; not "the most insane player" (praise).
 * 5. "typical <trait> <person>" ("typical lazy neighbour", "typical clueless bandwagon fan"), a
 *    whole clause opening its sentence; not teasing ("typical sarcastic brother 😂").
 */
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../../lib/tone/index';

/** The first offer of the first finding, applied, flags nothing. */
function rewordsClean(text: string) {
  const s = analyze(text).findings[0]?.suggestions[0];
  expect(s).toBeDefined();
  if (s) expect(analyze(applySuggestion(text, s)).flagged).toBe(false);
}

const contempt = (text: string) => analyze(text).findings.map((f) => f.category);

describe('sarcastic praise of an idea', () => {
  it.each([
    'oh wow, what a galaxy-brained argument',
    'what a brilliant rebuttal 🙄',
    'Stellar work everyone. Amazing comeback. 🙄',
    'Great logic. Not.',
    'Wow, groundbreaking take, my mind is blown',
    'Clever reasoning there, genius',
  ])('%s', (text) => {
    expect(contempt(text)).toContain('contempt');
    rewordsClean(text);
  });
  it.each([
    'Genius idea, I am stealing this for my next trip',
    'amazing take, I never looked at it that way',
    'wow great insight, thanks for sharing',
    'Brilliant plan! Count me in.',
    'great argument in the debate today, you nailed it',
    'great take 🙄 fine, you win, beach it is',
  ])('passes: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('"imagine …" mockery', () => {
  it.each([
    'imagine unironically defending that patch',
    'lol imagine calling yourself a chef and burning toast',
    'imagine needing a manual for a kettle',
    'imagine being 40 and still needing your dad to call the bank',
    'imagine reading the whole thread and still not getting the point',
  ])('%s', (text) => {
    expect(contempt(text)).toContain('contempt');
    rewordsClean(text);
  });
  it.each([
    'imagine being 85 and still hiking every weekend, goals',
    'imagine needing three coffees to function, that is me every monday',
    'imagine winning the lottery tomorrow',
    'imagine calling your grandma every sunday, so sweet',
    'omg imagine still being best friends in 30 years',
  ])('passes: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('"ok <label>"', () => {
  it.each(['lol ok loser', 'lmao ok clown', 'ok snowflake'])('%s', (text) => {
    expect(analyze(text).flagged).toBe(true);
  });
  it.each(['lol stupid autocorrect', 'ok see you at 5 lol'])('passes: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('roles and "typical …"', () => {
  it.each([
    'congrats on being the worst captain in league history',
    'the mods here are the most incompetent moderators I have ever seen',
    "you're the most selfish roommate I've ever had",
    'typical entitled tenant, never pays on time',
  ])('%s', (text) => {
    expect(contempt(text)).toContain('contempt');
  });
  it.each([
    "I'm such a cheapskate, bought the store brand again",
    "she's the most insane player I've ever seen",
    'typical sarcastic brother 😂',
    'typical lazy sunday, pancakes and a movie',
    'my cousin is the worst cook but we love her',
  ])('passes: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});
