/**
 * The lead's fixes of the sixteenth session, each on our own sentences: "calm down" followed by a
 * promise made together ("we'll make it") is reassurance, not a put-down; a label after "you
 * really are" is the same label as after "you're"; "thick as thieves" is closeness.
 */
import { kind } from './kinds';

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
