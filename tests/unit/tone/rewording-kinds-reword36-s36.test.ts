// Rewordings a person would send (session 36, helper reword36; rewording-kinds-reword36.test.ts is an
// older round's helper of the same name): a put-down kept once its swear goes, a
// judgement of an act said as a label for a person, a swear word asked about (mentioned, not used).
// Sentences are ours. Detection is unchanged: every before here is flagged as it was.
import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

const first = (text: string) => rewrite(text).text;
const clean = (text: string) => {
  const out = first(text);
  expect(analyze(out).flagged, `${text} → ${out}`).toBe(false);
  return out;
};

describe('a put-down that needs no insult word: said plainly, not kept without its swear', () => {
  it('a slow-witted image (dropped on the head, eating glue) becomes a plain disagreement', () => {
    expect(clean('tell your fucking brother to stop dropping you on your head')).toBe(
      "i think you're wrong about this",
    );
    expect(clean('Honestly, your bloody parents must have dropped you on your head.')).toBe(
      "Honestly, I think you're wrong about this.",
    );
    expect(clean('his damn nanny clearly dropped him on his head')).toBe("i think he's wrong about this");
    expect(clean('quit licking the windows you fucking idiot')).toBe("i think you're wrong about this");
    expect(clean('you must have eaten paint chips as a kid, you damn fool')).not.toMatch(/paint chips/);
  });

  it('mocked tears (go cry to your mum, cry me a river) become "I don\'t see it the way you do"', () => {
    expect(clean('run and cry to your mummy, bitch')).toBe("i don't see it the way you do");
    expect(clean('fine, go whine to your daddy you fucking baby')).toBe(
      "fine, i don't see it the way you do",
    );
    expect(clean('keep crying me a river, fucking boy')).toBe("i don't see it the way you do");
  });

  it("the rule's own line for the whole clause comes first when it has one", () => {
    expect(clean('piss off and go whine to your mum')).toBe('i need some space right now');
  });

  it('never when the image is about oneself or no one is put down', () => {
    // Said of oneself: the swear goes, the joke stays.
    expect(first('my sister dropped me on my head when i was two, damn')).toMatch(/dropped me on my head/);
    expect(first('I dropped my damn phone on my head in bed')).toBe('I dropped my phone on my head in bed');
    // Warm twins: no finding, nothing to reword.
    for (const warm of [
      'my nan says she dropped me on my head as a baby, explains a lot haha',
      'the toddler tried to eat glue at craft time, so cute',
      'go cry to your mum if you need to, she loves you',
    ])
      expect(analyze(warm).flagged, warm).toBe(false);
  });
});

describe('a name said after a comma goes whole, not left as "…, boy" or "…, person"', () => {
  it('an intensifier before a word that calls someone: the whole name goes', () => {
    expect(clean('you dropped the ball again, fucking champ')).toBe('you dropped the ball again');
    expect(clean('keep talking, fucking boy')).toBe('keep talking');
    expect(clean('you lost the bet again, fucking princess!')).toBe('you lost the bet again!');
  });

  it('a name after "your <noun>," is said to them, not the noun of "your"', () => {
    expect(clean('off you go to your mummy, bitch.')).toBe('off you go to your mummy.');
    expect(clean('go back to your mommy, bitch')).toBe('go back to your mommy');
    expect(clean('say hello to your cousin, bitch')).toBe('say hello to your cousin');
  });
});

describe('a judgement chosen by what it is said of: an act is wrong, a rule unreasonable', () => {
  it('an act (a gerund or "what they did") called ignorant is "wrong", not "uninformed"', () => {
    expect(clean('mocking the new kid for his lisp is ignorant')).toBe(
      'mocking the new kid for his lisp is wrong',
    );
    expect(clean('what the council did to those tenants was ignorant')).toBe(
      'what the council did to those tenants was wrong',
    );
    expect(clean('being rude to the cleaners is so ignorant')).toBe('being rude to the cleaners is wrong');
  });

  it('an act or a rule called ridiculous is "unreasonable", not "hard to believe"', () => {
    expect(clean('fining people for feeding birds is ridiculous')).toBe(
      'fining people for feeding birds is unreasonable',
    );
    expect(clean('your late fees are ridiculous you idiot')).toMatch(/^your late fees are unreasonable/);
  });

  it('a person, a claim or a thing keeps its own word', () => {
    expect(first('that remark was ignorant')).toBe('that remark was uninformed');
    expect(first('what he claimed is ridiculous')).toBe('what he claimed is hard to believe');
    expect(first('the whole evening was ridiculous')).toBe('the whole evening was hard to believe');
  });
});

describe('a verdict standing alone after what it judges: how it lands, not "misguided"', () => {
  it('"so dumb." after an act or a thing', () => {
    expect(clean('why would they shut the pool in august? so dumb.')).toBe(
      'why would they shut the pool in august? so frustrating.',
    );
    expect(clean('They moved the deadline again. So stupid.')).toBe(
      'They moved the deadline again. So frustrating.',
    );
    expect(clean('they cut the night bus. idiotic.')).toBe('they cut the night bus. frustrating.');
  });

  it('not when the label is said of someone', () => {
    expect(first('you are so stupid')).not.toMatch(/frustrating/);
    expect(first('he is so stupid lol')).not.toMatch(/frustrating/);
  });
});

describe('a list whose last item, a label, goes: the item before it closes the list with "and"', () => {
  it('"A, B and an idiot" → "A and B", never "A, B" or "A, B and a person"', () => {
    expect(clean('my flatmate is messy, noisy and an idiot')).toBe('my flatmate is messy and noisy');
    expect(clean('the coach was stubborn, loud, and a moron.')).toBe('the coach was stubborn and loud.');
    expect(clean('Her cousin is rude, always late and a complete idiot!')).toBe(
      'Her cousin is rude and always late!',
    );
  });
});

describe('what an act would make of someone: "look bad", not a line about being hurt now', () => {
  it('"would make you an <swear>"', () => {
    expect(clean('cheating at cards would make you an asshole')).toBe(
      'cheating at cards would make you look bad',
    );
    expect(clean('walking out now makes you a dick, to be fair')).toBe(
      'walking out now makes you look bad, to be fair',
    );
  });
});

describe('a swear word asked about is mentioned, not used: it goes in quotes, the question stays', () => {
  it('"what does X mean", "how do you spell X"', () => {
    expect(clean('what does twat mean?')).toBe('what does "twat" mean?');
    expect(clean('so what does bitch even mean here')).toMatch(/"bitch"/);
    expect(clean('how do you spell bastard')).toBe('how do you spell "bastard"');
  });
});
