import { describe, expect, it } from 'vitest';
import { analyze, rewrite } from '../../../lib/tone/index';

/** The whole message reworded, and checked clean when analysed again. */
function reworded(text: string): string {
  expect(analyze(text).flagged, text).toBe(true);
  const out = rewrite(text).text;
  expect(analyze(out).findings, out).toEqual([]);
  return out;
}

describe('awkward and broken rewordings fixed by kind (reword14)', () => {
  it.each([
    // "sucks" after a copula (and a word that only says how much) is no verb: only "awful" is said,
    // never "they are bigtime is awful".
    ['the refs are bigtime sucks', 'the refs are bigtime awful'],
    ['this is so sucks', 'this is so awful'],
    ['my week was sucks', 'my week was awful'],
    // A body part and the one who does something to it are one name; half of it is still the name.
    ['that dick sucker took my seat', 'that person took my seat'],
    ['the fucking ass lickers are back', 'the people are back'],
    ['such a cock sucker lol', 'such a rude person lol'],
    // "liar" after a copula says what they do: "not being honest", never "out of line".
    ['she was a liar', "she wasn't being honest"],
    [
      'we need to know who is a liar and who is not',
      'we need to know who is not being honest and who is not',
    ],
    // A label used as a describing word before a noun goes; describing words before it stay, and
    // after "a" a plural-looking label is a possessive ("a fools errand": reword34, what it said of
    // the errand stays).
    ['that plan is a fools errand', 'that plan is a pointless errand'],
    ['they elected a truly huge moron majority', 'they elected a truly huge majority'],
    // A plural label after a copula and a describing word of its own: "people", the word kept;
    // scornful describing words go with the label ("lazy out of line" would be nonsense).
    ['the landlords were sneaky jerks', 'the landlords were sneaky people'],
    ['they are lazy jerks', 'they are out of line'],
    ['they are vile scum', 'they are out of line'],
    // "in this / that bitch" at a clause's end is the place.
    ['we partied in that bitch all night', 'we partied in there all night'],
    ['turn up in this bitch', 'turn up in here'],
    // A possessive, a describing word and "asses" are the people ("our sorry asses" → "us").
    ['nobody wanted our sorry asses', 'nobody wanted us'],
    ['move your lazy asses over here', 'move yourselves over here'],
    // A swear before a noun of its own, after a determiner: it goes, the determiner stays.
    ['my boss put me on the shit list', 'my boss put me on the list'],
    ['it turned into a complete shit storm', 'it turned into a complete mess'],
    ['what a shit week', 'what a bad week'],
    // "the shit" with a clause of its own after it is a thing said or done: "the stuff".
    ['i cannot believe the shit they say', 'i cannot believe the stuff they say'],
    ['quit copying the shit bob is posting', 'quit copying the stuff bob is posting'],
    // An "always" inside a clause of the sentence: a sentence of ours cannot start there.
    ['it bugs me when you always interrupt me', 'it bugs me when you often interrupt me'],
    // A comma after openers only ("so again,") keeps the question in the sentence.
    [
      'ok again, why would you delete the file?',
      "ok again, can you help me understand why you'd delete the file?",
    ],
    // "what's your problem" stays a question.
    ["So what's your problem?", "So what's the issue here?"],
    // "fuck wit" with nothing after it is the name "fuckwit"; with an object it is the verb.
    ['nice try you fuck wit', 'nice try'],
    ['what a fuck wit', 'what a rude person'],
    // "show you who the bitch is": the threat is to prove oneself; "prove you wrong".
    ["i'll show them who the bitch is", "i'll prove them wrong"],
    // Where a blow lands goes with it, never a sentence about something else; the blow was a
    // rebuke, said as one (runs44: "stop him" said another thing).
    ['punch him in the nose, sam!', 'tell him off, sam!'],
    ['slap them upside the head', 'tell them off'],
    // Reflexive and a word for stupid: what the doing left them, "silly".
    ['he worked himself stupid', 'he worked himself silly'],
  ])('%s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });

  // Cousins that must keep working.
  it.each([
    ['this really sucks', 'this is really awful'],
    ['he sucks', 'he is awful'],
    ['being alone sucks', 'being alone is awful'],
    ['the cock fight was loud', 'the fight was loud'],
    ['he is a liar', "he isn't being honest"],
    ['she is such a troll', 'she is out of line'],
    ['your idiot friend said so', 'your friend said so'],
    ['they are a bunch of moron voters', 'they are a bunch of voters'],
    ['get your lazy ass back here', 'get yourself back here'],
    ['that was a crap movie', 'that was a bad movie'],
    ['nobody gives a shit whether it works', 'nobody cares whether it works'],
    ['get the shit out of here', 'get out of here'],
    ['why the hell would you do that', "can you help me understand why you'd do that?"],
    ["don't fuck with me", "don't mess with me"],
    ['i fuck wit you', 'i like you'],
    ['those are the people you fuck with', 'those are the people you mess with'],
    ['who do you fuck with', 'who do you mess with'],
    ['you always leave me waiting', 'lately it seems like you leave me waiting a lot'],
    [
      'I read the docs twice, why would you do that?',
      "I read the docs twice. Can you help me understand why you'd do that?",
    ],
  ])('unchanged: %s → %s', (text, want) => {
    expect(reworded(text)).toBe(want);
  });
});
