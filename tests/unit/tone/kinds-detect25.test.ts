/**
 * False-alarm kinds of the twenty-third session's detect25 helper, fixed at the level of the
 * construction: the writer's own slip after "once again", the martyr's load read in its own clause,
 * a childish act the writer owns, "stop being so <virtue>", a swear opening praise, credit with love
 * or a wish beside it, praise by ruin ("ruined me for <thing>"), a fond label before praise of a deed,
 * luck scorned. Our own sentences in several registers, never a corpus row: each warm message passes
 * clean at the default sensitivity; its hostile twins stay flagged in their category.
 */
import { kind } from './kinds';

kind(
  'the writer\'s own slip after "once again / as usual / yet again"',
  'absolutes',
  [
    'Once again I had to wait for you',
    'yet again i missed my bus waiting for u',
    'As usual, I lost the deposit because you never read the contract.',
    "once again I forgot, because you didn't remind me like you promised",
  ],
  [
    'Once again I left my umbrella at your flat, can I grab it tomorrow?',
    'as usual i totally forgot ur charger, sorry!!',
    'Yet again I missed your call, so sorry, ringing you back now',
    'Once again I misplaced the signed copy of your report; could you resend it?',
  ],
);

kind(
  'the martyr\'s load is read in the clause of "I\'m always the one who…"',
  'absolutes',
  [
    "I'm always the one cleaning up after everyone",
    'im always the one who has to apologise, every single time',
  ],
  [
    "I'm always the one who loses the spare key, sorry, could you bring yours?",
    'im always the one who forgets the snacks lol, can u swing by the shop',
    "I'm always the person who mislays the minutes, apologies; could someone share theirs?",
  ],
);

kind(
  'a childish act the writer owns: "I acted like a brat"',
  'contempt',
  [
    'You acted like a spoiled brat at the wedding',
    'honestly he behaved like a toddler and you let him',
    'ur acting like a baby about it',
    'I think you acted like a total jerk at the meeting',
  ],
  [
    'I acted like a spoiled brat at the wedding and I owe your aunt an apology.',
    'i was acting like such a baby about ur promotion, sorry',
    'We behaved like toddlers at your party lol',
    'I behaved like a child in the review yesterday and I would like to apologise to the team.',
  ],
);

kind(
  '"stop being so <virtue>": a compliment, not an order',
  'talking-down',
  [
    'you gotta stop being so lazy',
    'You really need to stop being so dramatic',
    'u have to stop being so selfish',
  ],
  [
    "u gotta stop being so generous to me, i'll get spoiled lol",
    'You have to quit being this thoughtful, I can never keep up!',
    'You need to stop being so patient with me, honestly you deserve a medal',
  ],
);

kind(
  "a swear that opens praise of a deed or the writer's own cheered news",
  'heat',
  ['yo wtf that was so rude', "fuck I'm so done with you", "damn I'm tired of your excuses"],
  [
    'yo wtf that comeback was unreal',
    "damn I'm exhausted, double shift, but we smashed it",
    'bro wtf that volley was insane',
    'holy shit that presentation was sick',
  ],
);

kind(
  'credit for a pleasure with love or a wish beside it',
  'blame',
  [
    "You're the reason I quit. Happy last day.",
    "it's your fault I'm late again, love you",
    'ur to blame for my headaches, love u',
    "You're the reason I'm miserable. Happy birthday I guess",
  ],
  [
    "Because of you, I'm actually enjoying early runs now.",
    'ur to blame for my new matcha habit 🍵 love u',
    "You're the reason I joined this team, honestly. Happy retirement!",
    'because of u we now love board games, good luck at the tournament!',
  ],
);

kind(
  'praise by ruin: "your X ruined me for <any other thing>"',
  'blame',
  ['you ruined me for life', 'your lies ruined me for dating 😂', 'you ruined my night'],
  [
    'Your sourdough ruined me for supermarket bread forever 😂',
    'ur curry ruined us for takeaway lol',
    'Your espresso has ruined me for office coffee 😂',
  ],
);

kind(
  'a fond label before praise of a deed, laughed',
  'contempt',
  ['lol you clown, that shot was garbage', 'lol you clown, that was insane, you could have hurt someone'],
  [
    'lol you clown, that trick shot was insane',
    'haha you muppet, that goal was unreal',
    'lmao you nerd, that speedrun was sick',
  ],
);

kind(
  'luck or timing scorned, not a person',
  'contempt',
  ['dumb move, you never think', "you're so dumb", 'stupid people like you never learn'],
  [
    'Dumb luck got us through the quarter-final',
    'stupid timing on my part lol',
    'dumb luck got us a table, the place was packed',
  ],
);

kind(
  'a count of a thing\'s trouble: "third time this week my flight was moved"',
  'absolutes',
  [
    "That's the third time this week you've been late",
    'fourth time today u ignored me',
    'third time this month',
  ],
  [
    "That's the third time this week my flight's been moved, I'll just take the train.",
    'fourth time today the printer jammed lol',
    'Third time this month the lift has broken down; I have reported it to facilities.',
  ],
);

kind(
  '"and another thing I forgot to mention": an item added to a plan',
  'absolutes',
  ['and another thing, you never listen', 'And another thing: you always interrupt me'],
  [
    'and another thing I forgot to mention: bring a torch for the campsite',
    'And another thing we wanted to check: is the venue step-free?',
    'and another thing i meant to say, grab oat milk if u pass the shop',
  ],
);

kind(
  'an absolute before praise in chat shorthand ("10/10", "chef\'s kiss")',
  'absolutes',
  ['as usual ur late 😋', 'as always you forgot the cake'],
  [
    'as usual ur risotto is 10/10 😋',
    "as always your slides were chef's kiss",
    'like always, ur playlist is top tier',
  ],
);

kind(
  'a shouted cheer over reaching a round',
  'heat',
  ['WHY ARE YOU IN THE FINAL INSTEAD OF ME', 'STOP TEXTING ME!!!'],
  ["LET'S GOOO WE'RE IN THE SEMIS!!!", "OMG YOU'RE THROUGH TO THE NEXT ROUND!!!", "WE'RE IN THE PLAYOFFS!!!"],
);

kind(
  'how good it is, called absurd, with a heart: "it\'s honestly ridiculous 🥰"',
  'contempt',
  ["it's actually ridiculous 🙄", "you're ridiculous", "honestly it's ridiculous, you never call"],
  [
    "you make me so happy, it's honestly ridiculous 🥰",
    'this cake is so good it’s literally insane ❤️',
    'the view from the new office is unreal, it’s actually ridiculous 😍',
  ],
);

kind(
  'the reader\'s own belief told back: "you thought it was your fault"',
  'blame',
  [
    "I think it's your fault",
    "you know it's your fault",
    "everyone knows it's your fault",
    "I feel like it's ur fault",
  ],
  [
    'Did anything happen back then that you thought was your fault?',
    'u probably think it was ur fault but it really wasnt',
    'Abusers often make you believe everything is your fault.',
    "Feeling like it's your fault is a common reaction after a loss.",
  ],
);

kind(
  'a flattered protest: "STOP, you\'re gonna make me cry (happy tears)"',
  'heat',
  [
    'STOP IT, I am sick of your games',
    'STOP TEXTING ME',
    'STOP ur gonna make me cry, why would you say that to me',
  ],
  [
    'omg STOP ur gonna make me cry (happy tears) 🥹',
    'STOP you are going to make me cry 😂',
    'Stop it, you will make me tear up 🥹 thank you all so much',
  ],
);
