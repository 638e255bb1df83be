/**
 * Round h32: blame and withdrawal as other writers put them (lib/tone/rules/consequence.ts). Blame: a
 * bad outcome tied to the addressee by a causal link in either order ("because of your X", "thanks
 * to your X", "down to your X", "that's on you", "your doing", "you got us X-ed", "you've made me the
 * X", "I hold you responsible"). Withdrawal: leaving or ending said as a door shut (a bare goodbye
 * after a quarrel, "talk to my lawyer", "I'm taking the kids", "find another X", the ultimatum).
 * Written before the rules; each kind with warm and practical look-alikes that must pass.
 */
import { kind } from './kinds';

kind(
  'a bad outcome because of your X / what you did',
  'blame',
  [
    'I lost the whole weekend because of your stupid spreadsheet',
    'my sister stopped talking to me because of the lies you told her',
    "we're broke this month because of what you spent at the casino",
    'because of your little outburst the manager banned us from the pub',
  ],
  [
    'because of your advice I finally got the job, thank you!!',
    'I smiled all day because of what you wrote in the card',
    'because of your note I remembered the dentist, lifesaver',
    "we're late because of the traffic, sorry!",
  ],
);

kind(
  'a bad outcome thanks to / down to your X',
  'blame',
  [
    'the whole trip got cancelled thanks to your passport mix-up',
    "the project failed and it's down to your missing figures",
    'the dog is sick again thanks to the chocolate you left out',
    'our flat flooded and that is down to you forgetting the tap',
  ],
  [
    'thanks to your help we made it on time',
    "we won the quiz and it's down to your music round 😄",
    'the kids slept well thanks to the story you read them',
    "it's down to you to pick the restaurant, no pressure",
  ],
);

kind(
  "it's on you / your doing / on your head",
  'blame',
  [
    'the fine for the late tax return is on you, not me',
    "if we lose the house that's on your head",
    'the mess in the kitchen is entirely your doing',
    "it's on you that the kids missed school",
  ],
  [
    "that's on you to decide, no pressure",
    'the drinks are on you tonight, birthday boy 🎉',
    "the lovely garden is entirely your doing, it's gorgeous",
    'the next round is on me!',
  ],
);

kind(
  'you got us X-ed / you made me the X',
  'blame',
  [
    'you got us thrown out of the restaurant with your shouting',
    'you got me suspended with that stupid prank',
    "you've made me the laughing stock of the whole school",
    'you made me the bad guy in front of my parents',
  ],
  [
    'you got us upgraded to first class, legend',
    'you got me tickets?? omg thank you',
    "you've made me the happiest person alive ❤️",
    'you made me the best birthday cake ever',
  ],
);

kind(
  'I hold you responsible / you are to blame',
  'blame',
  [
    'if anything happens to my car I hold you responsible',
    'I hold your team responsible for the outage',
    "the dog ran off and you're the one to blame",
    'the fridge broke and you are to blame for it',
  ],
  [
    'I hold you in the highest regard',
    "you're responsible for the snacks this time, ok?",
    'nobody is to blame, these things happen',
    "I'm the one to blame for the late start, sorry all",
  ],
);

kind(
  'a bad outcome because you did X (any bad outcome word)',
  'blame',
  [
    'the bread burnt to a crisp because you turned the oven up',
    'our save file got corrupted because you unplugged the console',
    'my bike got stolen because you left the shed open',
    'the whole batch spoiled because you switched off the freezer',
  ],
  [
    'the bread came out perfect because you turned the oven up',
    'we got home safe because you drove, thank you',
    'the cake sank because I opened the oven too soon, lol',
    'I stayed late because you asked me to help and I wanted to',
  ],
);

kind(
  'a bare goodbye or "I\'m gone" as the last word',
  'withdrawal',
  [
    "whatever. I'm gone",
    'fine. goodbye.',
    "we're finished, goodbye forever",
    "keep the car, keep the dog, I'm out",
  ],
  [
    'goodbye, see you Monday 👋',
    "I'm gone for the weekend, back on Monday!",
    'lovely evening, goodbye and thanks for dinner',
    "I'm out of milk, can you grab some?",
  ],
);

kind(
  'lawyers, courts and taking the kids',
  'withdrawal',
  [
    'from now on you can speak to my solicitor',
    "I'm taking the kids to my sister's and I'm not coming back",
    "pay me back by friday or I'm taking you to court",
    'any further contact goes through my lawyer',
  ],
  [
    'my lawyer says the house sale is going through friday',
    "I'm taking the kids to the park, want to come?",
    "I'm taking you to the new pizza place tonight",
    'my solicitor finally sent the contract, woohoo',
  ],
);

kind(
  'quitting and "find another X"',
  'withdrawal',
  [
    "I'm done coaching this team, find another coach",
    'find yourself another bridesmaid, I quit',
    "I quit. don't call me",
    "I'm leaving the choir and I won't be back",
  ],
  [
    'I quit my job today!! so happy',
    "I'm leaving the party early, text me",
    'find another seat if this one is wobbly',
    'I quit sugar for a month, wish me luck 😅',
  ],
);

kind(
  'the ultimatum',
  'withdrawal',
  [
    'either the dog goes or I do',
    "lie to me again and I'm leaving",
    "one more late night and I'm moving out",
    "do that again and we're finished",
  ],
  [
    'either pizza or curry tonight?',
    "one more episode and I'm going to bed 😴",
    "do that again and I'm buying you dinner, that was amazing",
    "one more sleep and we're on holiday!!",
  ],
);
