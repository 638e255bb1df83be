/**
 * The lead's fixes of the sixteenth session, each on our own sentences: "calm down" followed by a
 * promise made together ("we'll make it") is reassurance, not a put-down; a label after "you
 * really are" is the same label as after "you're"; "thick as thieves" is closeness.
 */
import { describe } from 'vitest';
import { kind, kindsSet, rewordingCases } from './kinds';

kind(
  'reassurance after "calm down" passes; a condition or threat after it does not',
  'talking-down',
  [
    'calm down, we will talk when you stop screaming',
    "calm down or we'll leave",
    'calm down, we can discuss it like adults',
    'calm down, it was only a joke',
  ],
  [
    "calm down, the train is only five minutes late, we'll make it",
    "calm down, we've got plenty of time",
    "Calm down, we'll sort it out tomorrow",
    'calm down, no rush, the shop is open till 10',
  ],
);

kind(
  'a label after "you really are"',
  'contempt',
  ['you really are thick', 'you truly are a moron', 'you clearly are clueless', "you're thick as a brick"],
  [
    'you really are the best',
    'you honestly are an angel',
    'you two are thick as thieves',
    "you're thick as thieves",
  ],
);

kindsSet('kinds-s16.tsv', { recall: 0.85, falseAlarms: 0.04, category: 0.8 });

kind(
  'contempt by its shape: the mind said to be missing, "can you do anything right", "how little you care"',
  'contempt',
  [
    'did your brain fall out of your head',
    'did you leave your brain at home today',
    'is there anything you can actually do right',
    "can't you do anything right",
    "it's amazing how little you care",
    'how little you understand about this is embarrassing',
  ],
  [
    'my brain fell out after that exam lol',
    "is there anything you can't do? you're amazing",
    'is there anything I can do to help?',
    "it's amazing how much you care about the kids",
    "it's amazing how little you need to pack for a week",
  ],
);

kind(
  'mock titles, ironic likenesses, praise that means its opposite',
  'contempt',
  [
    "ok mr perfect, show us how it's done",
    'look at mr big shot with his new car',
    'thanks captain obvious',
    "you're as useful as a chocolate teapot",
    "you're about as much use as a broken umbrella",
    "yeah, because you're so perfect",
    'sure, because you are such a saint',
    'so mature of you',
    'very classy, flirting with the waiter in front of me',
    'you have the emotional depth of a teaspoon',
  ],
  [
    'Mr Perfect is playing at the pub tonight, want to come?',
    'Mr Brown says the homework is due Friday',
    'you have the patience of a saint',
    'you have the memory of an elephant, how do you remember that',
    "you're as sweet as pie",
    "yeah, because you're so kind, everyone loves you",
    'very classy dress, you look stunning',
    'so kind of you to drive me',
  ],
);

kind(
  'two-word labels, superlatives of a fault, a label called at the end, scare quotes',
  'contempt',
  [
    "you're a control freak",
    "you're a walking disaster",
    'you are the laziest man alive',
    "you're the rudest person I know",
    'typical liar, always an excuse',
    'go back to school, noob',
    'your "friends" are using you',
    'your "job" is a joke',
  ],
  [
    "I'm a hot mess today, don't mind me",
    "I'm a total control freak about the kitchen, sorry",
    "you're the happiest person I know",
    "you're the loudest person I know and I love it",
    'typical Monday, the bus was late again',
    "I'm such a noob at this game lol",
    'your "quick question" took an hour lol',
    'I loved your "surprise" party, you sneak ❤️',
  ],
);

kind(
  'told to die, "you suck", a group labelled with a word between',
  'contempt',
  [
    'kill yourself',
    'kys',
    'you should just go die in a fire',
    'nobody likes you, kill yourself',
    'you suck',
    'you guys suck at this',
    'politicians are all crooks',
    'they are nothing but parasites',
    'they are a bunch of losers',
  ],
  [
    "don't kill yourself over it, it's just a test",
    "you'll kill yourself on that bike, slow down",
    'I could kill myself for forgetting',
    'I suck at this game lol',
    'you suck lol love you',
    'do you suck at maths too?',
    "you don't suck at all, you're great",
    'we are all idiots sometimes',
    "we're such idiots lol",
    "they're all angels",
  ],
);

kind(
  'heat: a shouted tally word with "?!" after a complaint; a shouted "do NOT" about my things',
  'heat',
  [
    'the coffee machine is broken AGAIN?!',
    'the train is late AGAIN?!',
    'do NOT touch my laptop!!!',
    "don't EVER read my messages!!!",
  ],
  [
    'we won AGAIN?!',
    "it's snowing AGAIN?!",
    'she won AGAIN?! amazing',
    'do NOT miss this show!!!',
    "do NOT tell mum about the party, it's a surprise!!!",
    'do NOT eat my birthday cake before I get home!!! love you',
  ],
);

describe('our words take the case the person writes in, and never sit beside their shouting', () => {
  rewordingCases([
    ['YOU ARE SUCH AN IDIOT', 'You are wrong about this'],
    ['A for effort', 'I can see the effort, but I see this differently.'],
  ]);
});
