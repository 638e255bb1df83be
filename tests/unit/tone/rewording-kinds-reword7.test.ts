/**
 * Rewording kinds of the seventh rewording round: a scornful word is rewritten by the part it plays,
 * never swapped for a milder label that says something else. Examples written for these tests.
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

const cases = rewordingCases;

describe('a scornful describing word in a list goes, and the commas and "and" are fixed', () => {
  cases([
    ['he is lazy, stupid and rude.', 'he is lazy and rude.'],
    ['the plan is costly, stupid, and slow.', 'the plan is costly and slow.'],
    ['their idea is futile and stupid but go ahead.', 'their idea is futile but go ahead.'],
    ['my neighbours are loud, ignorant and rude.', 'my neighbours are loud and rude.'],
    ['why would you buy that stupid, ugly car?', "can you help me understand why you'd buy that ugly car?"],
  ]);
});

describe('said of a thing, a scornful describing word becomes what the writer means', () => {
  cases([
    [
      'closing the library on weekends is just plain stupid.',
      'closing the library on weekends makes no sense to me.',
    ],
    ["that's so stupid.", 'that makes no sense to me.'],
    ['the whole thing was idiotic.', 'the whole thing made no sense to me.'],
    ['do you really believe that moronic, sam?', 'do you really believe that, sam?'],
    // A question whose whole point is the label is asked plainly since session 41
    // (rewording-kinds-reword41-s41): "are you truly that misguided" kept the sting.
    ['are you truly that moronic, sam?', "did i miss something, sam? i'm confused."],
    ['this is the dumbest idea i have ever heard.', 'this is the worst idea i have ever heard.'],
  ]);
});

describe('"stupidity" and "idiocy" of an idea: the pointing word, or the list without it', () => {
  cases([
    ['this idiocy has to stop', 'this has to stop'],
    ['I am so tired of this stupidity.', 'I am so tired of this foolishness.'],
    ['the sheer stupidity of this plan amazes me', 'the poor judgment of this plan amazes me'],
    ['the stupidity and greed of these companies is stunning.', 'the greed of these companies is stunning.'],
    ['can you believe such stupidity?', 'can you believe this?'],
    ['What utter idiocy!', 'What a mistake!'],
  ]);
});

describe('a label reported as what someone was called: "names"', () => {
  cases([
    ['why are you calling his boss a effing moron?', 'why are you calling his boss names?'],
    // Since fa18 a name someone else called the writer is strict only ("she called me a fucking
    // idiot", "bob … called me a dick head"); those rewordings at strict are in kinds-fa18.test.ts.
    ['you called me a fucking idiot.', 'you called me names.'],
  ]);
});

describe('a label of a person by its place in the sentence, never "person" where that says nothing', () => {
  cases([
    ['does that belief make him an idiot?', 'does that belief make him look bad?'],
    ['that would make you a moron.', 'that would make you look bad.'],
    ['they are such idiots', 'they are wrong about this'],
    // (reword31: "bonehead" says wrong-headed, as "idiot" does.)
    ['the mayor is such a bonehead: the plan works.', 'the mayor is wrong about this: the plan works.'],
    ['white men are such wusses', 'white men are so timid'],
    // reword39 (session 39): the frame "you'd be X to do Y" says the writer's view of the act.
    ['you would be a fool to sell now', "i wouldn't sell now"],
    ['one would be a moron not to.', 'one would be wrong not to.'],
    ['she is such a lying scum bag.', 'she is not being honest.'],
    ['that hotel is a racist hellhole.', 'that hotel is a terrible place.'],
    ['i would never stay in that filthy hellhole.', 'i would never stay in that terrible place.'],
  ]);
});

describe('"ass" with a describing word: the person, "yourself" when told to someone', () => {
  cases([
    ['get your lazy ass over here', 'get yourself over here'],
    ['so just get your sorry ass to bed', 'so just get yourself to bed'],
    ['keep your broke ass at home', 'keep yourself at home'],
    ['i told your grimey ass to wait', 'i told you to wait'],
    ['imma nosy ass.', 'imma nosy person.'],
    ['cuz u cant back ur wack ass up', 'cuz u cant back yourself up'],
    ['why did you remove my edit, you cancer ridden cunt.', 'why did you remove my edit.'],
  ]);
});

describe('a small edit where one reads well', () => {
  cases([
    ['are you mad?', 'are you sure about this?'],
    ['Are you crazy?', 'Are you sure about this?'],
    // Never 'beat': said of a child it would be far worse.
    ['spank them all', 'stop them all'],
    [
      'Is there any reason you keep moving the boldface marks?',
      "Is there any reason you're moving the boldface marks?",
    ],
    [
      'I am wondering why you keep changing the link to the old page?',
      "I am wondering why you're changing the link to the old page?",
    ],
  ]);
});
