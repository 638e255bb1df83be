/**
 * Round crossc32: recall that carries, for blame, absolutes, withdrawal and heat. A probe set of our
 * own (151 hostile, half of them public-comment style, and 82 warm near-twins) was written before
 * any dev miss was read; the kinds below widen existing constructions where the probe and the dev
 * misses meet. Each catches dev misses in three or more dev files and flags no warm dev row. The
 * sentences below are our own.
 *
 * 1. "the reason" read with its denials (blame.the-reason): a good word denied within three words
 *    of its clause is a loss ("… we can't have fun dinners", "… nobody wants to come"), "quit" denies
 *    like "stopped"; the warm words after it ("home", "here") count only undenied. "can't stop
 *    smiling" denies twice and stays warm.
 * 2. Who "is the reason" (blame.the-reason): a thing of theirs ("your lazy review is the reason…",
 *    "your friends are why…") and "your the reason", typed for "you're".
 * 3. The ultimatum's slots (consequence.ultimatum): "keep it / this up" joins the once-more class;
 *    the threat takes what is theirs ("I'm taking your car keys") or gets them banned ("I'll get
 *    your account suspended"); "either you … or …" is a demand ("either we…" is not); "… or don't
 *    bother / come / call / expect" shuts the door, unless a kind "if", "fine" or "up to you" follows.
 * 4. The refusal with its subject left out (withdrawal.silent): "Not discussing this further.",
 *    "not reading all that", opening its sentence and ending its clause; not a disclaimer ("not
 *    arguing, just asking") nor a plan.
 */
import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../../lib/tone/index';

const rules = (text: string) => analyze(text).findings.map((f) => f.rule);

/** The first offer of the first finding, applied, flags nothing. */
function rewordsClean(text: string) {
  const s = analyze(text).findings[0]?.suggestions[0];
  expect(s).toBeDefined();
  if (s) expect(analyze(applySuggestion(text, s)).flagged).toBe(false);
}

describe('"the reason", read with its denials and its subjects', () => {
  it.each([
    "you're the reason nobody wants to come to game night anymore",
    "honestly you're why we can't have normal conversations",
    "you're the reason i quit playing ranked",
    "Mum you are the reason I don't visit anymore",
    'Your careless merge is the reason I was on call all weekend.',
    'your friends are why we never get a quiet night',
    "your the reason my sister won't talk to me",
  ])('%s', (text) => {
    expect(rules(text)).toContain('blame.the-reason');
    rewordsClean(text);
  });
  it('keeps the outcome in its I-statement', () => {
    const text = 'Your careless merge is the reason I was on call all weekend.';
    const s = analyze(text).findings[0]?.suggestions[0];
    expect(s && applySuggestion(text, s)).toBe('I feel hurt that I was on call all weekend.');
  });
  it.each([
    "you're the reason I can't stop smiling",
    "you're the reason I don't feel alone anymore",
    "you're the reason I'm not scared of the water anymore",
    'your smile is the reason I get up in the morning',
    'your advice is the reason I got the job, thank you',
    'your kids are the reason we stayed, they are so sweet',
    'your only reason to go is the food',
  ])('warm: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe("the ultimatum's slots", () => {
  it.each([
    "keep it up and you'll be banned from the group",
    'keep this up and you are off the team',
    "keep it up and I'll get your account suspended",
    "One more missed payment and I'm taking your car keys.",
    "either you apologise to my mum or don't come to the barbecue",
    'Either the refund is in my account by Monday or I dispute the charge.',
    "Send the files tonight or don't bother invoicing me again.",
  ])('%s', (text) => {
    expect(rules(text)).toContain('consequence.ultimatum');
    rewordsClean(text);
  });
  it("keeps the habit in the request, in the writer's casing", () => {
    const text = "keep it up and you'll be banned from the group";
    const s = analyze(text).findings[0]?.suggestions[0];
    expect(s && applySuggestion(text, s)).toBe('please stop it. this really matters to me');
    const t2 = "Keep this up and I'll get your account suspended.";
    const s2 = analyze(t2).findings[0]?.suggestions[0];
    expect(s2 && applySuggestion(t2, s2)).toBe('Please stop this. This really matters to me.');
  });
  it.each([
    "keep it up and you'll be a pro in no time",
    "keep it up and you'll be done before lunch",
    "keep it up and I'll buy you a pizza",
    'come in, I will take your coat',
    "either we go now or we'll miss the train",
    'either you call me or I call you, whatever works',
    "text me when you land, or don't bother if it's late, I'll be asleep",
    "come early or don't come at all, it's fine either way",
  ])('warm: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('the refusal with its subject left out', () => {
  it.each([
    'Not discussing this further.',
    'not discussing this any further',
    'Not reading all that. Bye',
    'ok. not arguing about this anymore',
  ])('%s', (text) => {
    expect(analyze(text).findings.map((f) => f.category)).toContain('withdrawal');
    rewordsClean(text);
  });
  it.each([
    'not arguing, just asking',
    'Not discussing work this weekend, promise 😄',
    "not discussing it here, let's take it to DMs",
    'not replying tonight, at a wedding! talk tomorrow',
    'why are you not replying?',
    'Not reading that thread tonight, saving it for the bus',
  ])('warm: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
  it('is no refusal when asked of them', () => {
    expect(rules('Too many tabs open? Not listening?')).not.toContain('withdrawal.silent');
  });
});
