/**
 * Round warm27: false alarms on hard warm near-misses, cut by kind. Each kind is a warm construction
 * a rule's trigger was too broad for, written here in our own words (none is a corpus row), with
 * hostile messages on the same words that must stay flagged:
 * - a swear aimed at no one: an exclamation before one's own slip with its "I" left out ("damn,
 *   missed the train"), awe before the thing shown ("holy crap that ending", "bloody hell that
 *   view"), relief at one's own task ("finally got the damn form sent"), and "freaking out" as the
 *   verb "to panic";
 * - "as always" / "and another thing" opening a caring ask or a plan's reminder;
 * - "because of you" / "you're the reason" / "I blame you" before a step taken or a new pleasure;
 * - "you made me cry / spit out my tea with that <message, meme, speech>", loved or laughed;
 * - a pet name said to them in a message that says its love or pride outright;
 * - scorn of a thing of one's own (or one's own joke) that broke down or helped;
 * - "I'm done" beside a task finished ("beat the last boss", "completed the course").
 */
import { kind } from './kinds';

kind(
  'a swear aimed at no one: own slip, awe at a thing, relief, "freaking out"',
  'heat',
  [
    'stop freaking out over nothing',
    'quit freaking out, it is embarrassing',
    'holy shit that was the worst service ever',
    'holy shit the comments in there make me want to scream.',
    'bloody hell that idiot cut me off',
    'damn, missed the train because you made me wait',
    'finally you answer your damn phone',
    'shit, you lost it again',
    'the bloody useless printer jammed again',
    'what the hell is wrong with this stupid app',
  ],
  [
    'damn, missed the train, be there in 20',
    'fuck, spilled coffee all over my notes, be there soon',
    'crap, dropped my phone in the sink, text me instead',
    'holy shit that sunset tonight',
    'holy crap the colours on that painting',
    'bloody hell that view from the bridge',
    'finally got the damn car fixed, road trip is on',
    'finally sent the damn application, fingers crossed',
    'it is ok to be freaking out a little before a big move',
  ],
);

kind(
  '"as always" / "and another thing" before a caring ask or a reminder',
  'absolutes',
  [
    'as always, you are late',
    'as usual you forgot to call',
    'as per usual you left the dishes',
    'as usual, call me when you finally remember I exist',
    'and another thing, stop leaving your socks everywhere',
    'and another thing, bring back the drill you stole',
    'as always, text me whenever you feel like it',
  ],
  [
    'as always, call me if you need anything',
    'like always, ping me when you are home safe',
    'as usual, bring a jacket, it gets cold by the lake',
    'and another thing, pack a charger, the cabin has no spare',
    "and another thing, don't forget sunscreen!",
    'as always, let me know when you get there',
    'as per usual I have left my gloves at yours, can you keep them for me',
    'as always, drive safe and say hi to your mum',
  ],
);

kind(
  '"because of you" / "you\'re the reason" / "I blame you" before a step taken or a new pleasure',
  'blame',
  [
    "you're the reason I finally started smoking",
    'because of you my brother actually quit school',
    'because of you I learned to never trust anyone',
    'I blame you for my drinking habit',
    'because of you I missed the bus',
    "you're the reason I can't sleep",
    'because of you I lost my job',
  ],
  [
    'because of you I finally learned to swim',
    'because of you my dad actually tried yoga last week',
    "you're the reason I signed up for the pottery class",
    "you're the reason I finally joined a choir",
    'because of you we finally booked the trip to Lisbon',
    'I blame you for my new sourdough obsession',
    'I blame you for my latest houseplant habit 🌿',
    'because of you the twins actually ate their peas',
  ],
);

kind(
  '"you made me cry / laugh" at something they made or shared, loved or laughed',
  'blame',
  [
    'you made me cry with that nasty message',
    'you made me cry with your cruel joke in front of everyone',
    'you made me look stupid with that post',
    'you made me cry in front of everyone',
    'you made me cry again with your yelling',
  ],
  [
    'lol you made me spit out my tea with that video',
    'you made me cry on the bus with that letter, love you so much',
    'haha you made me choke on my cereal with that pun',
    'you made me tear up with that toast, it was beautiful',
    'you made me cry with that card ❤️',
    'you made me snort with that voice note lmao',
  ],
);

kind(
  'a pet name in a message that says its love or pride outright',
  'contempt',
  [
    'you dork, you ruined everything',
    'thanks for nothing, you loser',
    "you're such a loser, thanks for the reminder",
    'love your stupid excuses',
    'you idiot, you left the door open again',
  ],
  [
    'MISS YOU TOO you nerd',
    'you goober, I love you so much',
    'ok genius, top of the class?? so proud of you',
    'you weirdo, putting ketchup on rice 😂 I adore you',
    'hey loser, love you, see you at Christmas',
    'oh you dork, proud of you for asking her out',
  ],
);

kind(
  "scorn of a thing of one's own, or of one's own joke or idea",
  'contempt',
  [
    'this dumb idea of yours wasted a week',
    'that stupid idea of yours',
    "stupid laptop died, but of course you couldn't lend me yours",
    'stupid phone, stupid you',
  ],
  [
    'stupid phone died again, I will call you from the hotel',
    'dumb idea incoming: pancakes for dinner?',
    'my stupid gadget changed my life honestly',
    'stupid kettle broke, guess it is coffee this morning',
    'dumb device froze again, restarting it now',
    'my stupid machine jammed, so the cards are late, sorry',
  ],
);

kind(
  'a task finished: "I\'M DONE. beat the last level"',
  'withdrawal',
  ["I'm done. you beat me again, I quit", "I'm done. completed every chore while you slept, again"],
  [
    "I'm done!! completed the whole course, certificate and all",
    "we're done, cleared the last level at 3am",
    "I'M DONE. finished the whole marathon at last",
    'done!! published the app this morning 🎉',
    "I'm done, beat the last boss at 2am",
    "we're done! launched the shop at midnight",
  ],
);
