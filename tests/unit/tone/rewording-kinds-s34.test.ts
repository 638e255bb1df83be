/**
 * Rewording kinds (helper reword34, session 34), each on our own sentences: a refusal to talk
 * that loses its condition; a whole verdict or a claim that leaves a relative tail pointing at
 * nothing; a stacked exclamation ("holy motherfucking shit"); "bigtime sucks"; "like shit" left
 * after a verb of sense; a label after "by"/"for" said as the writer's feeling; "a ship of fools";
 * a claim before a noun for people ("out of line people"); a name for people as a sentence of its
 * own beside others ("people.").
 */
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('a refusal to talk keeps its condition (s34)', () => {
  it.each([
    [
      "Honestly don't fucking talk to me unless you have an apology ready",
      "Honestly I'd rather not talk unless you have an apology ready.",
    ],
    ["I'm not talking to you unless you say sorry first", "I'd rather not talk unless you say sorry first."],
    [
      "I don't want to hear from you unless it's about the kids",
      "I'd rather not talk unless it's about the kids.",
    ],
    ["don't talk to me again if you're going to lie", "i'd rather not talk if you're going to lie"],
    ["don't speak to me ever again unless you mean it", "i'd rather not talk unless you mean it"],
    ["I'm not speaking to any of you until someone owns up", "I'd rather not talk until someone owns up."],
    ['not talking to you until further notice', "i'd rather not talk until further notice"],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('"until you …" keeps its own wording, with what is asked', () => {
    expect(reworded('not talking to you until you stop yelling')).toBe(
      "i'm hurt and i need some time. i'd feel better if you stop yelling",
    );
  });
  it('with no condition, the template is as before', () => {
    expect(reworded("I'm not talking to you anymore")).not.toMatch(/rather not talk/i);
    expect(reworded("don't talk to me ever again")).toBe('i need some time on my own. can we talk later?');
  });
});

describe('a relative tail pointing into the replaced verdict goes with it (s34)', () => {
  it.each([
    ['you are a spineless coward jo said so, which is sad.', "i'm really frustrated with you right now."],
    ['you are a pathetic loser, which everyone knows.', "i'm really disappointed in you right now."],
    ["you're a lying weasel, who nobody trusts anyway.", "you're out of line."],
    ['she is a lying hag, who should be fired.', 'she is out of line.'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('a consequence ("which is why …") stays', () => {
    expect(reworded('you are a gutless fraud, which is why nobody votes for you.')).toBe(
      "i'm really frustrated with you right now, which is why nobody votes for you.",
    );
  });
  it('an aside with the sentence going on after it stays', () => {
    const out = reworded("you're a lying weasel, who, by the way, nobody trusts.");
    expect(out).toMatch(/by the way/);
  });
  it('", that …" is a clause of its own, not a tail', () => {
    expect(reworded('ur the worst roommate ive ever had, disgusting')).toBe(
      "i'm really hurt by you right now, that didn't sit right with me",
    );
  });
});

describe('a swear heating a swear after "holy" goes as one exclamation (s34)', () => {
  it.each([
    ['holy motherfucking shit this traffic', 'wow this traffic'],
    ['holy fucking hell that was close', 'wow that was close'],
    ['holy fuckin crap, the price of eggs', 'wow, the price of eggs'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('"holy fucking cow" keeps "holy cow"', () => {
    expect(reworded('holy fucking cow')).toBe('holy cow');
  });
});

describe('"sucks" with "bigtime" / "big time": said as "really" (s34)', () => {
  it.each([
    ['this job bigtime sucks', 'this job is really awful'],
    ['this job sucks bigtime', 'this job is really awful'],
    ['the new schedule bigtime sucks', 'the new schedule is really awful'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('"like shit" after a verb of sense: "awful", also when another rewording left it (s34)', () => {
  it.each([
    ["i'm feelin like shit because of you", /feelin awful/],
    ['you make me feel like shit', /^i feel awful/],
  ])('%s', (text, want) => {
    const out = reworded(text);
    expect(out).toMatch(want);
    expect(out).not.toMatch(/shit|badly/);
  });
});

describe('a label after "by", "for", "with": said plainly of them, not as the writer\'s feeling (s34)', () => {
  it.each([
    ['the country is run by an ignoramus', 'the country is run by someone uninformed'],
    ['my sister works for an idiot', 'my sister works for someone misguided'],
    [
      'the team is led by a moron who never listens',
      'the team is led by someone misguided who never listens',
    ],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});

describe('"a ship of fools" said of a group is "a mess" (s34)', () => {
  it.each([
    ['this office is a ship of fools', 'this office is a mess'],
    ['our department is a ship of fools and nobody steers', 'our department is a mess and nobody steers'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('the ship named as a subject stays a ship', () => {
    expect(reworded('the ship of fools sailed on')).toBe('the lost ship sailed on');
  });
});

describe('a claim cannot stand before a noun for people: the milder describing word does (s34)', () => {
  it.each([
    ['they are vile people', 'they are unpleasant people'],
    ['those are vile people', 'those are unpleasant people'],
    ['they are vile stupid people', 'they are unpleasant misinformed people'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('"vile to people": no noun after it, as before', () => {
    expect(reworded('they are vile to people')).toBe('they are unkind to people');
  });
});

describe('a name for people as a sentence of its own beside others goes whole (s34)', () => {
  it.each([
    ['they did it again. what idiots.', 'they did it again.'],
    ['they will vote for anyone. morons!', 'they will vote for anyone.'],
    ['they did it again!! complete morons!! anyway.', 'they did it again!! anyway.'],
    ['Idiots. they voted for him anyway.', 'They voted for him anyway.'],
    ['what idiots.', "i'm really frustrated right now."],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('a single label has its own wording, as before', () => {
    expect(reworded('they did it again. what a clown.')).not.toBe('they did it again.');
  });
});

describe('a second contempt word no rule flags alone goes once the first is reworded (s34)', () => {
  it.each([
    ['these braindead mindless sheep', 'these people'],
    ['the degenerate subhuman left again', 'the person left again'],
    ["i can't stand that clown. he's an idiot.", "i can't stand that person. he's wrong about this."],
    ['those sheep will vote for anyone. idiots.', 'those people will vote for anyone.'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('a plain animal stays', () => {
    expect(reworded('my brother is such an idiot. he forgot to feed the animals')).toMatch(/the animals$/);
  });
});

describe('"get over yourself" is about airs, not a hurt (s34)', () => {
  it.each([
    ["get over yourself, she's not that special", "let's keep some perspective here, she's not that special"],
    ['Get over yourself.', "Let's keep some perspective here."],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('"get over it" keeps its wording', () => {
    expect(reworded('get over it already')).toBe('i know this is still bothering you');
  });
});

describe('a plural label before an act, a possessive without its apostrophe, keeps what it said of the act (s34)', () => {
  it.each([
    ['the new budget is a fools wish', 'the new budget is an unrealistic wish'],
    ['chasing refunds from them is a fools errand', 'chasing refunds from them is a pointless errand'],
    ['hiring him was an idiots move', 'hiring him was an unwise move'],
    ['that was a fools bet', 'that was an unwise bet'],
    ['what a morons take on taxes', 'what an unwise take on taxes'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
  it('before any other noun, the label goes as before', () => {
    expect(reworded('this is an idiots guide to taxes')).toBe('this is a guide to taxes');
  });
});
