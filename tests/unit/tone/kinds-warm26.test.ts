/**
 * Round warm26: false alarms cut by kind (warm paraphrase families). Each kind is a warm reading the
 * guards in lib/tone/warm-context.ts missed, written here in our own words, with hostile messages on
 * the same words that must stay flagged:
 * - credit for a push: "you made me <do a hard thing>" / "you're the reason I <took something up
 *   again>", thanks for the push (or for "not letting me quit") after it; "you're the reason this
 *   team feels like a family";
 * - an absolute in praise of the reader ("you always have a fresh idea", "the first one to check on
 *   people", "you nailed it as usual"), thanks, pride or "lucky to have you" right after it;
 * - news of someone else or a thing shouted in a few words ("SHE WALKED!!!", "IT'S SNOWING!!!!"),
 *   nothing aimed, sour or ordered around it;
 * - a mock threat over a snack or a game, laughed, taken back or with a food emoji;
 * - an order that is itself kind: to stop being hard on oneself ("you need to stop being so hard on
 *   yourself", "don't you dare beat yourself up");
 * - a swear as a cheer ("holy crap") right after good news told in the sentence before.
 */
import { kind } from './kinds';

kind(
  'credit for a push: "you made me <do a hard thing>" / "you\'re the reason I …", thanks after it',
  'blame',
  [
    "You're the reason I started smoking again. Thanks for being such a great influence.",
    'you made me miss the bus. thanks for not telling me it left early',
    'because of you I lost my job. thanks for not warning me',
    "you're the reason I'm late again. thanks for not waking me up",
    "You're the reason I started drinking again. Thanks.",
    'you made me run the whole race with a sprained ankle. thanks for not letting me quit, I guess',
    "You're the reason this family feels like a prison.",
    "you're the reason this team feels like a family of strangers who hate each other",
    "because of you I'm doubting myself again. thanks for all the lessons",
    "you're the reason I'm sleeping on the couch again. thanks for everything",
  ],
  [
    'you made me apply for the grant and we got it. thank you for not giving up on me',
    'you made me take the driving test a third time and I passed. thanks for not letting me give up',
    "You're the reason I started painting again. Thank you for the push.",
    "because of you I'm playing guitar again. thanks for all the lessons",
    "you're the reason this flat feels like home now",
    "you're the reason our little office feels like a family. happy last day",
  ],
);

kind(
  'an absolute in praise of the reader, thanks or pride right after it',
  'absolutes',
  [
    'Once again you passed the buck to me. Thanks.',
    'you nailed it as usual, genius. no notes except everything',
    'You always leave the dishes for me. Thanks.',
    'You always have an excuse, as usual. Thanks for nothing.',
    "You're always the first one to leave when there's cleaning to do. Thanks a lot.",
    "every time I need help you're busy. thanks anyway I guess",
    'you always forget my birthday. Lucky me.',
    'as usual you were late and we missed the start. thanks',
    'Yet again you nailed it, except for the part where you lied to the client.',
    'once again you killed it. thanks for leaving the mess for me again though',
  ],
  [
    "you always find the perfect words when I'm stressed. Thank you for tonight.",
    "Every time the printer jams you're the one who fixes it with a smile. We appreciate you!",
    "You're always the first to offer a hand when someone's moving. Grateful for you, seriously.",
    'you always make the new hires feel welcome. so lucky to have you on this team',
    "every time I visit you have fresh flowers on the table, it's the sweetest thing. thanks for having me",
    'You crushed it as usual. So proud of you.',
  ],
);

kind(
  'news of someone else or a thing, shouted in a few words',
  'heat',
  [
    'WHO TOOK MY CHARGER AGAIN???',
    'THE BUS IS LEAVING, GET IN THE CAR NOW!!!',
    "THE KIDS ARE SCREAMING AND YOU'RE ON YOUR PHONE!!!",
    "THE DOG PEED ON THE RUG AGAIN!!! I'm so done",
    'SHE LIED TO EVERYONE!!!',
    'THE DISHES ARE STILL SITTING THERE!!! do them',
    'THE KITCHEN IS TRASHED!!! who did this',
    'THE TV IS BLARING!!! turn it down',
    'THE BATHROOM IS FLOODED!!! fix it now',
  ],
  [
    'THE BABY IS FINALLY SLEEPING!!! three hours of rocking',
    'MY SOURDOUGH ROSE!!! look at this loaf',
    'HE PROPOSED!!! on the beach at sunset',
    'THE PACKAGE ARRIVED!!! thank you so much',
    'OUR TOMATOES ARE FINALLY RIPENING 🍅',
    'THE CAT CAME HOME!!!! after three weeks',
  ],
);

kind(
  'a mock threat over a snack or a game, laughed or taken back',
  'withdrawal',
  [
    "eat my food one more time and I'm moving out. I'm serious.",
    "touch my stuff again and we're done lol",
    "cheat on me again and we're over 😂",
    "touch my coffee again and we're done. I'm not joking.",
    "Lie to me one more time and we're finished. No more chances.",
    "steal from me again and we're done lol",
    "steal my cake again and we're over. seriously 😂",
    "we're over. enjoy your pizza 😂",
    "I'm done with you. go eat your fries lol",
  ],
  [
    "finish the last brownie and we're not friends anymore lol",
    "touch my fries and we're done, no appeals 😂",
    "if you eat the last cookie I'm moving out, jk",
    'take my last slice of pizza and our friendship is over 🍕',
    "one more spoiler about the show and we're done as friends 😂",
    "play another skip card on me and I'm leaving this house lol",
  ],
);

kind(
  'an order that is itself kind: stop being hard on yourself',
  'talking-down',
  [
    'You need to stop being so hard on everyone around you.',
    'you need to stop being so dramatic about everything',
    'you need to stop blaming yourself and start blaming your lazy team',
    "You need to stop beating yourself up and start actually doing the work, it's embarrassing",
    'you need to stop apologizing and just do your job properly for once',
    'you need to stop apologizing, nobody cares',
    'you need to stop beating yourself up and grow up',
    "not telling you to calm down or anything, just saying you're being a lot",
  ],
  [
    'you need to stop beating yourself up over one bad shift, honestly you were great',
    "You have to stop putting yourself down, you're one of the smartest people I know.",
    'you gotta stop blaming yourself for the breakup, you did everything you could',
    "don't you dare apologise for crying, that's what I'm here for",
    'You need to quit being so hard on yourself, the cake looked amazing',
    'You need to stop putting yourself down. Your essay was the best in the class.',
    "mate you've got to stop beating yourself up about the penalty, we'd never have made the final without you",
  ],
);

kind(
  '"calm down" said or denied in a way that still dismisses (no guard; these stay flagged)',
  'talking-down',
  [
    "I'm not going to tell you to calm down again.",
    "I shouldn't have to tell you to calm down every single time.",
    "I'd never tell you to calm down, but you're being hysterical",
    "I won't tell you to calm down again.",
    "I didn't tell you to calm down, I told you to shut up",
    "I wouldn't tell you to calm down if you weren't screaming at me",
  ],
  [],
);

kind(
  'a swear as a cheer right after good news told just before it',
  'heat',
  [
    "holy crap, the payment went through twice and now I'm broke because of you",
    'the order went through?? what the hell, I told you to cancel it',
    'holy shit my card got declined again, this bank is useless',
    'fuck, the complaint went through to your boss, enjoy that',
    'you got the job?? holy shit, after what you did to me? unbelievable',
    'They passed the bill. Holy shit, you people are idiots.',
    "The band got in. holy shit, they're awful, I want my money back",
  ],
  [
    "holy shit the visa went through, I'm moving to Canada!!",
    'Fuck yes, the payment went through. We own a house.',
    "holy crap the loan actually went through, we're buying the van 🎉",
    'hell yeah the booking went through, beach week is ON',
    "She said yes!!! holy crap, I'm shaking",
    "the visa actually went through?? holy crap we're moving",
    'We won the raffle. Holy shit, a whole year of free coffee',
    "She said yes. holy crap, we're getting married",
  ],
);
