/**
 * Round h-warm10: warm-context guards (lib/tone/warm-context.ts). Each kind of warm use of a
 * trigger word passes clean at balanced; its hostile cousin, with the same trigger, is still
 * flagged in the same category.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import type { Category } from '../../../lib/tone/types';

const cats = (text: string, sensitivity: 'balanced' | 'strict' = 'balanced') =>
  analyze(text, { sensitivity }).findings.map((f) => f.category);

const kinds: Array<{ kind: string; warm: string[]; hostile: Array<[string, Category]> }> = [
  {
    kind: '"in the best way": a label taken back in the same sentence',
    warm: [
      'The villain in that movie was pathetic in the best way. Such a fun watch.',
      "You're ridiculous, in the best way. Thanks for the surprise flowers.",
      "He's so extra, and I mean that as a compliment. The party was perfect.",
    ],
    hostile: [
      ["You're ridiculous, and not in a good way.", 'talking-down'],
      ["You're pathetic, and not in the best way.", 'contempt'],
      ["hahahah omg you're retarded in a good way xd", 'contempt'],
    ],
  },
  {
    kind: 'people of a story or a game: villains, antagonists, boss fights',
    warm: [
      'That boss fight was pathetic, beat it first try lol. The next one though...',
      'The antagonist is such a jerk in season 2, I love hating him. No spoilers please!',
      'The main character is such an idiot in the first book, but he grows so much.',
      'The heroine is so stupid in the second half, why would she go into the basement?? Loved it though.',
    ],
    hostile: [
      ["You're the villain here, you pathetic liar.", 'contempt'],
      ["You're acting like a cartoon villain, it's pathetic.", 'contempt'],
    ],
  },
  {
    kind: "scorn of a thing of one's own, laughed off",
    warm: ['This stupid umbrella broke on the first gust lol. Got soaked but made it.'],
    hostile: [
      ['Your stupid umbrella poked me in the eye lol.', 'contempt'],
      ['This stupid guy at work keeps stealing my lunch lol.', 'contempt'],
    ],
  },
  {
    kind: 'capitals and stacked marks of excitement over good news',
    warm: [
      'OMG YOU GOT THE JOB!!! So proud of you!!',
      'Are you KIDDING me?! This is the best news all year!!',
      'WOW you did it again!!! So proud of you',
    ],
    hostile: [
      ['YOU LOST THE TICKETS?! Great, just great.', 'heat'],
      ["WHY DIDN'T YOU CALL ME BACK?! I was so worried!!", 'heat'],
      ['OMG YOU RUINED IT!!! Congrats, genius.', 'heat'],
      ['seriously?!?! you did it again?!', 'heat'],
    ],
  },
  {
    kind: 'a mild swear as an exclamation about oneself, or a cheer over good news',
    warm: [
      'Damn it, I spilled coffee on my notes again. Can someone share theirs after class?',
      "Bloody hell, that's a big fish! Dinner's on you tonight then haha.",
      'Holy crap, you ran the whole thing in under an hour? Incredible!',
      'Fuck yes!!! We got the house!!!',
      'Holy shit holy shit holy shit, she said yes!!!',
    ],
    hostile: [
      ['Holy crap, you broke it again? Unbelievable.', 'heat'],
      ['Holy shit, you crashed my car?! Are you serious?!', 'heat'],
      ['Damn it, you broke my phone again.', 'heat'],
      ['Fuck yes, finally you admit it was your fault!!!', 'heat'],
      ['Shit, you forgot to pick up the kids again.', 'heat'],
    ],
  },
  {
    kind: "teasing over someone's good news",
    warm: ["You absolute idiot, you won the raffle and didn't tell me?! Congrats!!"],
    hostile: [['You absolute idiot, you lost the raffle ticket?! Great!!', 'contempt']],
  },
  {
    kind: 'a pet name after "love you"',
    warm: ['You make me laugh every single day, you know that? Love you, weirdo.'],
    hostile: [
      ['Love you, idiot, but you ruined dinner again.', 'contempt'],
      ["You're an idiot. Love you though.", 'contempt'],
    ],
  },
  {
    kind: 'blame words beside sincere thanks',
    warm: [
      'Because of you I actually understand taxes now. Thank you for being so patient.',
      'You ruined all other pizza for me. That place was unreal, thank you for the rec!',
    ],
    hostile: [
      ['Because of you I missed the flight. Thanks a lot.', 'blame'],
      ['Because of you I lost my job. Thank you for the help.', 'blame'],
      ['You ruined my birthday. Thanks for that.', 'blame'],
      ['You ruined my birthday. Thank you for nothing.', 'blame'],
      ["You're the reason I'm miserable. Thank you for that.", 'blame'],
      ['Look what you made me do. Thank you so much.', 'blame'],
    ],
  },
  {
    kind: 'withdrawal words as a joke about oneself, or about a finished task',
    warm: [
      "Don't talk to me until I've had my coffee 😂 Morning all!",
      "Leave me alone, I'm in the zone with this painting lol. Will call you after.",
      "Leave me alone, I'm watching the final! Call you after 😂",
      "Ok I'm done, that's the last of the laundry. Movie time?",
      "We're done! The kitchen is finally painted. Come see!",
    ],
    hostile: [
      ["Don't talk to me until you apologize.", 'withdrawal'],
      ["Leave me alone lol. Don't call me.", 'withdrawal'],
      ["Leave me alone. I'll call you when I'm ready, which might be never lol.", 'withdrawal'],
      ["I'm done. That's the last time I help you.", 'withdrawal'],
      ["We're done. I packed your stuff, it's by the door.", 'withdrawal'],
      ["I'm finished with this.", 'withdrawal'],
      ["we're finished, i mean it this time", 'withdrawal'],
    ],
  },
  {
    kind: 'an absolute that praises',
    warm: [
      'You are always so kind to everyone. The world needs more people like you.',
      'You always show up when I need you. Grateful for you.',
    ],
    hostile: [
      ["You're always so kind to everyone but me.", 'absolutes'],
      ['You always show up when I need money.', 'absolutes'],
      ['You always forget my birthday. Every single year.', 'absolutes'],
    ],
  },
  {
    kind: 'a tease taken back ("jk, I loved it")',
    warm: ["You're the worst, you spoiled the ending! Jk, I loved it anyway."],
    hostile: [
      ["You're the worst. Jk. Kinda.", 'contempt'],
      ["You're an idiot, jk, but seriously you ruined it.", 'contempt'],
    ],
  },
  {
    kind: 'an opening swear or shouted surprise before good news',
    warm: ["Shit that's amazing news, congrats!!", "WHAT?! You got into Oxford?! I'm screaming!!"],
    hostile: [
      ["Shit, that's amazing news for you, but you forgot me again.", 'heat'],
      ["WHAT?! You got into Oxford and didn't tell me?! I'm furious!!", 'heat'],
      ['screw it, we are ordering pizza tonight.', 'heat'],
      [
        "fuck no! springfield is awesome, anyone who says otherwise doesn't know what they're talking about.",
        'heat',
      ],
    ],
  },
  {
    kind: 'a laughed-off "blame" for a pleasure, with an invitation',
    warm: [
      'Because of you I now own four cookbooks lol. Dinner at mine Friday?',
      "It's your fault I'm craving tacos now 😂 Want to get some?",
    ],
    hostile: [
      ["It's your fault we lost lol. Want to try actually playing next time?", 'blame'],
      ['Because of you I missed the bus lol. Want to explain?', 'blame'],
    ],
  },
  {
    kind: 'a tease that ends in love',
    warm: ["You're so dumb I love it 😂"],
    hostile: [
      ["You're so dumb, I love it when you fail.", 'contempt'],
      ["You're so dumb. I love how you never learn.", 'contempt'],
    ],
  },
  {
    kind: '"I\'m done" as laughing',
    warm: ["I'm done, I can't stop laughing 😂😂"],
    hostile: [
      ["I'm done, stop laughing at me 😂", 'withdrawal'],
      ["I'm done lol", 'withdrawal'],
    ],
  },
  {
    kind: '"calm down" to a group, laughing',
    warm: ["Calm down everyone, there's enough cake for all of us 😂"],
    hostile: [
      ["Calm down everyone, you're all being ridiculous.", 'talking-down'],
      ["Calm down, it's just a joke lol.", 'talking-down'],
    ],
  },
  // Round h-warm11.
  {
    kind: 'a laughed-off "blame" for something enjoyed',
    warm: [
      "You're the reason I bought two more cactuses 😂",
      'Because of you I signed up for salsa lessons lol',
      'You drive me nuts with these riddles haha, keep them coming',
    ],
    hostile: [
      ["You're the reason I'm so stressed lol", 'blame'],
      ['Look what you made me do. Everything is ruined.', 'blame'],
      ['Because of you I bought the wrong tickets and now we have to pay again lol', 'blame'],
    ],
  },
  {
    kind: 'shouted news shared, with something to come see or a plan',
    warm: ['OMG THE KITTENS ARE HERE!!! Come meet them', 'That save was INSANE. Did you see the replay?!'],
    hostile: [
      ['WHY IS THE OVEN STILL ON!!! I told you twice', 'heat'],
      ['ANSWER ME LOL', 'heat'],
    ],
  },
  {
    kind: '"Sorry!!": marks after an apology',
    warm: ['Sorry!! Stuck in traffic, be there in 10'],
    hostile: [['SORRY!! Is that what you want to hear?!', 'heat']],
  },
  {
    kind: 'an opening swear before a caring or practical question',
    warm: [
      "Shit, I just remembered it's your anniversary tomorrow. What do you want to do?",
      'Crap, I left my umbrella at yours. Can I grab it after work?',
    ],
    hostile: [
      ['Shit, you lost the keys again? Unbelievable.', 'heat'],
      ['Damn it, you ruined it again.', 'heat'],
    ],
  },
  {
    kind: 'a fond label before a deed, with thanks or a laugh at being left out',
    warm: [
      'You jerk, you watched the finale without me 😂',
      'You sneaky brat, you organised the whole party! Thank you',
    ],
    hostile: [
      ['You jerk, you lied to me about the rent.', 'contempt'],
      ['you absolute muppet, you left the gate open lol', 'contempt'],
      ["lmao you're such a clown", 'contempt'],
    ],
  },
  {
    kind: 'praising absolutes',
    warm: ['You always make birthdays feel special', "Every time you bake, it's a feast"],
    hostile: [
      ['You always make everything about you.', 'absolutes'],
      ['Every time you bake, the kitchen is a disaster.', 'absolutes'],
    ],
  },
  {
    kind: '"calm down" as a tease before a treat',
    warm: ["Calm down, it's only a little surprise dinner haha. You'll love it"],
    hostile: [
      ["Calm down, it's just a joke lol.", 'talking-down'],
      ["Calm down, you're being ridiculous lol. You'll love it when you see it", 'talking-down'],
    ],
  },
  {
    kind: 'named story characters and circus clowns',
    warm: [
      'Darth Vader is such a jerk lol, rewatching the films with my nephew',
      'We booked a clown for the party, he juggled and the kids loved him',
    ],
    hostile: [
      ['My landlord is such a jerk, he kept the deposit.', 'contempt'],
      ["You're such a clown. Nobody takes you seriously.", 'contempt'],
    ],
  },
];

describe('warm-context guards: the warm use passes clean at balanced', () => {
  for (const k of kinds) {
    it.each(k.warm)(`${k.kind}: %s`, (text) => {
      expect(cats(text)).toEqual([]);
    });
  }
});

describe('warm-context guards: the hostile cousin is still flagged in its category', () => {
  for (const k of kinds) {
    it.each(k.hostile)(`${k.kind}: %s`, (text, cat) => {
      expect(cats(text)).toContain(cat);
    });
  }
});

describe('warm-context guards apply at gentle and balanced only', () => {
  it('strict still shows the mild marker ("Bloody hell, …")', () => {
    expect(cats("Bloody hell, that's a big fish! Dinner's on you tonight then haha.", 'strict')).not.toEqual(
      [],
    );
  });
});
