import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('awkward and broken rewordings fixed by kind (reword16)', () => {
  it.each([
    // A group named only by the label: "the people" would be everyone; what the label meant stays.
    ['we need a way to screen out the morons.', 'we need a way to screen out the misguided people.'],
    ['even the jerks get a vote', 'even the rude people get a vote'],
    ['my feed is full of a bunch of idiots arguing', 'my feed is full of a bunch of people arguing'],
    ['the fans and the idiots', 'the fans and the misguided people'],
    ['i am tired of dealing with the assholes', 'i am tired of dealing with the rude people'],
    // Words after that say who is meant keep the plain noun.
    ['the idiots at my office did it again', 'the people at my office did it again'],
    ['the jerks from accounts said no', 'the people from accounts said no'],
    // "village idiot" is one label.
    ['that village idiot wants my job', 'that person wants my job'],
    // "side bitch": a lover on the side.
    ['he has a side bitch in every town', 'he has a side piece in every town'],
    // A threat as the consequence of a condition: the condition stays, the feeling replaces the threat.
    ['touch my bike and ill kick your butt.', "touch my bike and i'll be really upset."],
    ['do that one more time and im gonna punch you', "do that one more time and i'll be really upset"],
    ['Call me that again and I will slap you.', "Call me that again and I'll be really upset."],
    ['if you read my texts again i will slap you', "if you read my texts again i'll be really upset"],
    // A threat with "the shit out of": never kept with the swear taken out.
    ['im a beat the shit out ya', "i'm so angry right now that i need a moment"],
    ['imma smack the crap outta you', "i'm so angry right now that i need a moment"],
    // Said to the reader, the feeling is ours, not about what "they" did.
    ["i'll break your neck", "i'm so angry right now that i need a moment"],
    // "bust some heads": a call to be hard on people.
    ['the only fix is to bust some heads.', 'the only fix is to get tough.'],
    // "fuck me" as an exclamation: a sigh, never "me" left alone.
    ['i checked the bill and fuck me...', 'i checked the bill and ugh...'],
    ["Fuck me, it's cold in here", "Ugh, it's cold in here"],
    // A curse on one word closing the clause, or on "this" after "and": "forget".
    ['ok i give up fuck homework!!', 'ok i give up forget homework!!'],
    ['sell it and fuck this laptop.', 'sell it and forget this laptop.'],
    // A stupidity word said of a thing or a stretch of time: what the writer means, not "wrong about this".
    ['Borrowed time is stupid', 'Borrowed time makes no sense to me'],
    ['his plan is dumb', 'his plan makes no sense to me'],
    // "couldn't care less if …": the sentence goes on; not worried about what follows, its words kept.
    ["i honestly couldn't care less if it rains on the day", "i'm not too worried if it rains on the day"],
    ['I could care less whether they come', "I'm not too worried whether they come"],
    // A letter held longer in a vulgar order is the same order.
    ['suckk my dick!', 'please give me some space!'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });

  // Cousins that must keep working.
  it.each([
    ['he beat the shit out of me', 'he beat me'],
    ["I'm gonna beat the crap out of this game", "I'm gonna beat this game"],
    ['people like you are idiots', 'people like you are wrong about this'],
    ['i was there and fuck it was cold', 'i was there and it was cold'],
  ])('unchanged: %s → %s', (text, want) => {
    expect(rewrite(text).text).toBe(want);
  });
});
