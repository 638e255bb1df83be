/**
 * Rewording kinds of the twenty-first rewording round (reword21, seventeenth session), from the
 * lead's list and the reads of seeds 329-331, each on our own sentences. Each row is the whole
 * rewording a person would send, and it is flagged no more.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

describe('a cut name leaves no article or describing words without their noun', () => {
  rewordingCases([
    ["he's a real asshat", "he's out of line"],
    ['she is a total asshat.', 'she is out of line.'],
    ['your a complete and willing dumbass.', 'your out of line.'],
    ['what an asshat dave has been', 'what a pain dave has been'],
    ['what a dickhead Mark turned out to be', 'what a pain Mark turned out to be'],
    ['the asshat next door is mowing again', 'the person next door is mowing again'],
    ['some asshat keyed my car', 'some person keyed my car'],
    ['Way too much fuuuck', 'Way too much stuff'],
    ['my verdict on the new boss is asshat', 'my verdict on the new boss is rude'],
    ['that lazy bastard landlord never fixed it', 'that lazy landlord never fixed it'],
  ]);
});

describe('a name reported as said ("called me …") is "names"', () => {
  rewordingCases([
    ['my brother called me bitch in front of everyone', 'my brother called me names in front of everyone'],
  ]);
});

describe('idioms with a label are said whole, never half', () => {
  rewordingCases([
    ['the ship of fools sailed on', 'the lost ship sailed on'],
    ['this forum is a ship of fools', 'this forum is a mess'],
    ["he is nobody's fool", 'he is no pushover'],
    ['more fool you for trusting him', "that's on you for trusting him"],
  ]);
});

describe('a group named only by a label: "the people" would mean everyone', () => {
  rewordingCases([
    ['the morons have won again', 'they have won again'],
    ['the idiots are running the show now', 'they are running the show now'],
    ['this town is run by morons.', 'this town is run by the wrong people.'],
    ['the company is being managed by idiots', 'the company is being managed by the wrong people'],
  ]);
});

describe('a question or order keeps its shape, not "such a person" or a stray "you"', () => {
  rewordingCases([
    ['why is everyone such an idiot today', 'why is everyone acting like this today'],
    ['WHY IS HE SUCH A MORON', 'Why is he acting like this'],
    ['you suck it up', 'i know this is hard. how can i help?'],
    ['you grow up', 'come on'],
  ]);
});

describe('a scornful word cut before an act leaves it saying nothing (or loses its "really"): the milder word', () => {
  rewordingCases([
    ['really dumb comment about taxes.', 'really misguided comment about taxes.'],
    ['really stupid take on the budget', 'really misguided take on the budget'],
    [
      'you tried to win by using a really dumb argument.',
      'you tried to win by using a really misguided argument.',
    ],
  ]);
});

describe('a relative clause after a label keeps a noun', () => {
  rewordingCases([
    ['he is a worthless piece of garbage that should be fired', 'he is someone that should be fired'],
    ['they are worthless pieces of garbage who should be fired', 'they are people who should be fired'],
  ]);
});

describe('"kind of" as a hedge keeps its describing word a describing word (lead, seed 333)', () => {
  rewordingCases([
    [
      'honestly my cousin is kind of stupid about money',
      'honestly my cousin is kind of misguided about money',
    ],
    ['that plan was sort of dumb', 'that plan was sort of misguided'],
    // With a determiner, "kind of" names a kind: the noun reading stays.
    ['that is the kind of stupid i expect from them', 'that is the kind of thing i expect from them'],
  ]);
});

describe('a swear cut after "that"/"this" before an -ing word keeps a noun (lead, seed 333)', () => {
  rewordingCases([
    ['that shit going to be loud tonight', 'that stuff going to be loud tonight'],
    ['i hate that shit happening every week', 'i hate that stuff happening every week'],
  ]);
});
