import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('awkward and broken rewordings fixed by kind (reword15)', () => {
  it.each([
    // "damn you" with a verb of "you" after it: an exclamation before a clause, not a curse.
    ['damn you guys are quick', 'you guys are quick'],
    ['damn you played well', 'you played well'],
    // "never" inside a clause of the sentence: "hardly ever", as "always" → "often".
    ['it bugs me when you never call me', 'it bugs me when you hardly ever call me'],
    // A decoration glued between words is a boundary: the word before it is no part of the swear.
    ['so tired✨fuck this✨', 'so tired✨forget this✨'],
    // "stop" / "quit" + the -ing swear + an object: the verb, "messing (with)".
    ['quit fucking my car up', 'quit messing my car up'],
    ['keep fucking that chicken', 'keep messing with that chicken'],
    // A swear between a possessive and its noun describes the noun and goes.
    ['my shit phone died', 'my phone died'],
    // "the shit outta": "out of" said as one word.
    ['you scared the shit outta me lol', 'you scared me lol'],
    ['get the hell outta here', 'get outta here'],
    // With a reflexive, "shit" is the verb ("panic" where it fits the words before it).
    ["it looks like you've shit yourself", "it looks like you've wet yourself"],
    // "ass" joined to another body part or with a verb of its own is the body part.
    ['my legs and ass hurt so bad', 'my legs and butt hurt so bad'],
    // A plural label before a verb with its subject or "for" after it: the label is the subject.
    ['the morons claim we lost', 'the misguided people claim we lost'],
    ['the idiots hope for more', 'the misguided people hope for more'],
    // "being a liar": "lying".
    ['he is being such a liar', 'he is lying'],
    ['thanks for being a liar', 'thanks for lying'],
    // A label before a noun for an act: "unwise" / "unkind", the article agreeing.
    ['that was such a dumb idiot move', 'that was such an unwise move'],
    ['what a jerk move', 'what an unkind move'],
    // Before another noun the label goes ("a magnet").
    ["she's a moron magnet lol", "she's a magnet lol"],
    // "no one cares about you" after a condition about anyone: how people are.
    ["when you're broke, nobody cares about you", "when you're broke, people overlook you"],
    // "a loser" counted: one who lost.
    ['he was a loser again', 'he lost again'],
    // The -ing swear before a person is the verb: "sleeping with".
    [
      'i think he is fucking the neighbor behind her back',
      'i think he is sleeping with the neighbor behind her back',
    ],
    ['she was fucking some random guy', 'she was sleeping with some random guy'],
    // A leading condition keeps the question in its sentence.
    ['If it works, why would you change it?', "If it works, can you help me understand why you'd change it?"],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });

  // Cousins that must keep working.
  it.each([
    ['damn you sam', "i'm really angry with you sam"],
    ['fuck trump', 'forget trump'],
    ['stop fucking around', 'stop messing around'],
    ['i got my shit together', 'i got my act together'],
    ['get your shit out of my room', 'get your things out of my room'],
    ['beat the crap out of him', 'beat him'],
    ['you never call me', "i feel hurt when you don't call me"],
    // reword21: "the people are back" named everyone; the group as the subject is "they".
    ['the idiots are back', 'they are back'],
    ['you are a liar', 'you are not being honest'],
    ['he is a loser', 'he is out of line'],
    ['no one cares about you', "i don't think that's relevant here"],
    ['kick his ass and move on', 'beat him and move on'],
    ['he shits himself every time', 'he panics every time'],
    ['that fucking guy', 'that guy'],
    ['his idiot voters gave up', 'his voters gave up'],
  ])('unchanged: %s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});
