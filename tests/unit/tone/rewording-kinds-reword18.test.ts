/**
 * Rewording kinds of round reword18, each with sentences written for these tests (none from any
 * measured set): "never" about one past act said plainly, cuts that leave no debris, labels that go
 * whole with their describing words, and small edits in place of a sentence of ours.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

describe('\'never\' about one past act is said plainly, not softened to "hardly ever"', () => {
  // a simple past after "never" becomes "didn't" + the verb; the rest of the person's words stay
  rewordingCases([
    ['you never came to the meeting yesterday', "you didn't come to the meeting yesterday"],
    ['You never showed up at the party', "You didn't show up at the party"],
    ['u never paid me back for lunch', "u didn't pay me back for lunch"],
    ['you never said that', "you didn't say that"],
    ['you never even said thank you', "you didn't even say thank you"],
    ['I know you never liked her', "I know you didn't like her"],
    ["it's hard when you never called back", "it's hard when you didn't call back"],
    ['why did you never reply to my email on monday', 'i wish you had replied to my email on monday'],
    ['why did you never tell me about the party', 'i wish you had told me about the party'],
  ]);
});

describe('cuts leave no debris', () => {
  // a describing word standing for its noun after a preposition becomes "this"; a swear noun after "this" before "been" or "gonna" becomes "stuff"
  rewordingCases([
    ['we have to deal with stupid again tomorrow', 'we have to deal with this again tomorrow'],
    ["i can't keep up with stupid all week", "i can't keep up with this all week"],
    ['we need to fix stupid before it spreads', 'we need to fix this before it spreads'],
    // …but a describing word in a list before its noun is no noun: it goes as before.
    ['stop focusing on stupid, lazy excuses', 'stop focusing on lazy excuses'],
    ['this crap been going on for weeks', 'this stuff been going on for weeks'],
    ['this shit been hard af', 'this stuff been hard af'],
    ['that shit gonna get you in trouble', 'that stuff gonna get you in trouble'],
  ]);
});

describe('a label goes whole, its describing words with it', () => {
  // "either … or" a label: the plain claim, not the other half left standing; a name called at someone goes with its "you"; "is a … label" is "out of line", "that … label" is "that person"
  rewordingCases([
    ["you're either lying or stupid", "you're wrong about this"],
    ['either you are blind or stupid', 'you are wrong about this'],
    ["honestly you're either lazy or just stupid", "honestly you're wrong about this"],
    ['you stupid little shit', "i'm really upset with you right now"],
    ['you worthless piece of garbage', "i'm really upset with you right now"],
    ['you ignorant fuck', "i'm really upset with you right now"],
    ['shut up you sorry sack of crap', 'please be quiet'],
    ["he's a sorry sack of shit", "he's out of line"],
    ['my boss is a lazy useless prick', 'my boss is out of line'],
    ['my neighbour is a racist old bastard', 'my neighbour is out of line'],
    ['that racist motherfucker keyed my car', 'that person keyed my car'],
    ['she is a miserable old bitch', 'she is out of line'],
    ['that lazy son of a bitch never paid me', 'that person never paid me'],
    ['the dumb old fool forgot again', 'the person forgot again'],
  ]);
});

describe("the person's sentence stays where a small edit will do", () => {
  // "I hate you" is said as the anger it is; "not everything is about you" as "this isn't only about you"
  rewordingCases([
    ['I hate you so much right now', "I'm so angry with you right now"],
    ['ugh i hate you', "ugh i'm so angry with you"],
    ['honestly not everything is about you, ok?', "honestly this isn't only about you, ok?"],
  ]);
});
