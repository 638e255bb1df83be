/**
 * Round crossc31: recall that carries, for blame, absolutes, withdrawal and heat. A probe set of our
 * own (88 hostile, 62 warm near-twins) was written before any dev miss was read; the kinds below
 * are the constructions it and the dev misses share. Each catches dev misses in three or more dev
 * files and flags no warm dev row. The sentences below are our own.
 *
 * 1. A threat after their act once more (consequence.ultimatum): an "if" clause about them or
 *    "this" with "again" / "one more <not a countdown>" ("if this happens again I'm quitting", "if
 *    you're late one more time you're off the team"), or an order or a count then "and" ("say that
 *    again and I'll report you"); sanctions widened by class: quitting, screenshotting, posting,
 *    going (straight) to HR / the mods, "you're off the team", "out of this server". Not a need or a
 *    wish ("if you need a lift again I'm coming over"), no praise, no question.
 * 2. A loss for them while they keep on (consequence.ultimatum): "keep …ing / keep this up / again"
 *    with "you'll never see / get", "you can forget about", "see how fast"; a trouble lost ("you can
 *    forget about the nerves") is a relief.
 * 3. The martyr's give-up after a curt word (withdrawal.give-up): "fine. I'll stop bothering you
 *    then", "fine. I won't bother asking for help again"; what is given up is no warmth.
 * 4. "Again." as a sentence of its own or after its complaint (absolutes.again): "late again.",
 *    "You skipped the school run. Again!", "again?? you forgot…", in a message holding a complaint
 *    and no praise; not a question ("Again?"), not after cheering ("you did it! again!").
 * And a guard: "you're the reason I'm not alone / I stopped worrying" is relief, not blame.
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

describe('a threat after their act once more', () => {
  it.each([
    'if this keeps happening again im quitting',
    "Forget my birthday one more time and I'm going straight to your mother.",
    "if you skip rehearsal one more time you're off the cast",
    "post that meme again and I'll report your account",
    "If you tag me again I'm screenshotting all of it",
    "ignore my calls again and you'll be out of this house so fast",
    "One more late payment and I'm pulling the contract.",
  ])('%s', (text) => {
    expect(analyze(text).findings.map((f) => f.category)).toContain('withdrawal');
    rewordsClean(text);
  });
  it('rewords from its own condition', () => {
    const text = "If you move my desk one more time I'm going straight to HR.";
    const s = analyze(text).findings[0]?.suggestions[0];
    expect(s && applySuggestion(text, s)).toBe(
      "I'd feel really hurt if you move my desk one more time. Can we talk about it?",
    );
  });
  it.each([
    "if you need a lift again I'm coming over, just say",
    "if the bus is late again I'm walking",
    "if it rains again I'm quitting running lol",
    "one more coffee and I'm done",
    "you're off the hook, I did it",
    "if you want to go again I'm in",
    "we won again and I'm off to celebrate",
    "if you nail it again you're off to the finals",
  ])('warm twin passes: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('a loss for them while they keep on', () => {
  it.each([
    "keep lying to me like this and you'll never see a penny from me",
    'if you keep ignoring the rota you can forget about the car this weekend',
    'keep mocking my cooking and see how fast dinner stops appearing',
  ])('%s', (text) => {
    expect(rules(text)).toContain('consequence.ultimatum');
    rewordsClean(text);
  });
  it.each([
    'keep practising and you can forget about the nerves',
    "if you keep running like this you'll never get injured",
    'if you keep saving you can forget about money worries',
    "keep smiling and you'll never see a bad day",
    'you can forget about the dishes, I did them',
    "you'll never see the kids again",
  ])('warm or plain passes the kind: %s', (text) => {
    expect(rules(text)).not.toContain('consequence.ultimatum');
  });
});

describe("the martyr's give-up after a curt word", () => {
  it.each([
    "fine. I'll stop bugging you then",
    "fine. I won't bother cooking for you again.",
    "whatever. I won't bother inviting you anymore",
  ])('%s', (text) => {
    expect(rules(text)).toContain('withdrawal.give-up');
    rewordsClean(text);
  });
  it.each([
    "ok, I'll stop bothering you, have a good night x",
    "I won't bother you with the details, see you at 6",
    "fine, I won't bother with the gym again this week, too tired",
    "fine I won't bother asking again lol",
    "no worries, I won't bother coming in tomorrow then",
    "fine, I'll stop at the shop then",
  ])('warm twin passes: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('"Again." said on its own', () => {
  it.each([
    'You forgot to lock the gate. Again.',
    'again?? you forgot to lock the door',
    "again?? you didn't feed the cat",
    'late again. third time this week',
  ])('%s', (text) => {
    expect(analyze(text).findings.map((f) => f.category)).toContain('absolutes');
    rewordsClean(text);
  });
  it.each([
    'You won. Again! So proud of you!',
    'you did it! again!',
    'Did you see the game? Again?',
    'late again. sorry guys',
    'I missed the bus. Again.',
    'Thank you. Again.',
    "You're back. Again! The kids missed you.",
  ])('warm twin passes: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
});

describe('"you\'re the reason" with a denied trouble is relief', () => {
  it.each([
    "you're the reason I'm not alone",
    "you're the reason I'm not lonely anymore",
    "you're the reason I stopped worrying so much",
    "you're why I'm not scared anymore",
  ])('warm passes: %s', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
  it.each([
    "you're the reason I can't stop crying",
    "you're the reason I'm not happy",
    "you're the reason this family can't get through one dinner without a fight",
  ])('still blame: %s', (text) => {
    expect(rules(text)).toContain('blame.the-reason');
  });
});
