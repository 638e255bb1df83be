/**
 * Kinds of the gen3 round (withdrawal, absolutes, blame by construction), each with sentences
 * written for these tests and not taken from the fresh sets: a hostile wording of each kind is
 * flagged in its category, and warm or practical look-alikes of the same shape pass clean.
 */
import { kind } from './kinds';

// -- withdrawal -------------------------------------------------------------------------------------
kind(
  'done with an effort of talking ("I\'m done arguing")',
  'withdrawal',
  ["i'm so done explaining myself to you", 'im done begging, seriously'],
  ["i'm done eating, want my fries?", 'im done talking to the landlord, he finally fixed the heater'],
);
kind(
  'announced silence ("I\'m gonna stop replying", "I\'m not answering")',
  'withdrawal',
  ["i'm just gonna stop responding", 'say what you like, im not listening anymore'],
  ["i'm not answering, i'm in the dentist chair", "i'm gonna stop texting now, driving home"],
);
kind(
  'leaving where the people are ("I\'m leaving this group chat")',
  'withdrawal',
  ["i'm quitting your squad, you all suck", 'im out of this family chat'],
  ['im leaving the office now', 'i left the group notes on your desk', 'i quit my job today!! 🎉'],
);
kind(
  'the talk declared over ("this discussion is over", "end of discussion")',
  'withdrawal',
  ['our conversation is over.', 'consider the matter closed'],
  ['the meeting is over, heading home', 'end of the month reports are due friday'],
);
kind(
  'contact refused with any verb ("don\'t text me for a while")',
  'withdrawal',
  ["don't email me again", 'never call me again', "i'm deleting your number"],
  ["please don't call me before noon, i work nights", "i'm deleting the old invoices from the drive"],
);
kind(
  'kiss-offs ("figure it out yourself", "you\'re on your own")',
  'withdrawal',
  ['sort it out yourself', "you're on your own with this one now", 'go cry to somebody else'],
  ['you figured it out yourself? so proud of you', 'have a nice weekend!'],
);
kind(
  'gone for good, said to them ("you\'ll never see me again")',
  'withdrawal',
  ["you won't hear from me again", "we're not friends anymore", 'get out of my room'],
  ['get out of here, no way!! congrats', 'see you again soon ❤️'],
);

// -- absolutes ----------------------------------------------------------------------------------------
kind(
  'habitual adverbs as a class ("you consistently…")',
  'absolutes',
  ['you perpetually ignore the bills', 'you repeatedly forget to feed the cat'],
  ['you consistently make my day better', 'the bus is repeatedly late, ugh'],
);
kind(
  '"whenever I…, you…" ("every time" by another word)',
  'absolutes',
  ['whenever i need a hand you vanish', 'anytime i bring up money you storm off'],
  ['whenever i feel low you cheer me up', 'call me whenever you land'],
);
kind(
  '"every <unit of time>" ending a charge ("you forget it every year")',
  'absolutes',
  ['you skip the gym and complain every week', 'you cancel our plans every weekend'],
  ['i love seeing you every weekend', 'we meet every monday at 10'],
);
kind(
  'the tally in other words ("same old…", "for the 50th time", "there\'s never a day you don\'t…")',
  'absolutes',
  [
    'same old excuses from you, huh',
    'for the 50th time, take your shoes off',
    "there's never a week you don't start a fight",
    'how many more times will you do this',
    'name one thing you actually finished',
  ],
  [
    'same old, same old at work',
    'for the 50th time, thank you so much!',
    'how many more slices do you want?',
  ],
);
kind(
  'the absolute as a cleft or a charge of manner ("it\'s always me who…", "you always act like…")',
  'absolutes',
  ["it's always me who has to apologize", 'you always act like i owe you something'],
  ["it's always me who falls asleep first lol", 'you always act like a kid around puppies and i love it'],
);
kind(
  '"you can never just…"',
  'absolutes',
  ['you can never just admit you were wrong', "you can't ever just listen"],
  ['you can never be too careful with ice', 'you can never have too many books'],
);

// -- blame ------------------------------------------------------------------------------------------------
kind(
  'causatives of any bad outcome ("you got me fired", "you made us lose")',
  'blame',
  [
    'you got us thrown out of the bar',
    'you made the whole family late again',
    'you made this holiday a disaster',
  ],
  ['you got me hooked on this show', 'you made this trip amazing', 'you make hard days easier'],
);
kind(
  'being the cause ("you caused this mess", "you\'re the problem", "I blame you")',
  'blame',
  ['you created this whole disaster', "you're the problem here", 'i blame you for all of it'],
  ["i don't blame you at all", "you're the problem solver of this team 🙌", 'you started a new job?'],
);
kind(
  'pushed, turned, broke ("you pushed me to this", "you broke my trust")',
  'blame',
  ['you forced me into this', 'you turned my friends against me', 'you shattered my confidence'],
  ['you drove me to the station, thanks!', 'you pushed me to apply and i got in!'],
);
kind(
  'the loss, then "because you…" ("I\'m late because YOU…")',
  'blame',
  ["we missed the train because YOU couldn't find your keys", 'the cake burned because you forgot the timer'],
  ["i'm smiling because you texted", 'i passed because you helped me study'],
);
kind(
  'the counterfactual either way round',
  'blame',
  ["if it wasn't for you i'd have finished on time", "i wouldn't be so stressed if you'd just helped"],
  ["if it wasn't for you i wouldn't have made it", "i wouldn't be here if you hadn't helped me ❤️"],
);
kind(
  'what "you" did, pointed at ("look what you\'ve done", "your mistake cost us")',
  'blame',
  ["look what you've done", 'your carelessness cost us the deposit'],
  ["look what you've done, the kitchen looks brand new!", 'your idea saved us so much time'],
);
