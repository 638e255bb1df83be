/**
 * Ultimatums and threats the engine still missed (session 42, helper ultim42): the threat before its
 * condition ("I'll block you if you text me again"), "or I swear" after an order, "don't make me come
 * over there", a dare or "see what happens" after a push, a deadline set for what they owe, "your last
 * chance", and threats to tell, escalate or post; each with warm twins that must pass clean. Our own
 * sentences, none taken from any corpus file or from the probe (`tests/fixtures/corpus/kinds-ultim42.tsv`).
 */
import { describe, expect, it } from 'vitest';
import { first, flagged, kind, kindsSet } from './kinds';

kind(
  'the threat before its condition: "I\'m calling the police if you keep banging on my door"',
  'withdrawal',
  [
    "I'm calling the police if you keep banging on my door.",
    "i'll kick you from the guild if you go afk one more time",
    "We're done if you don't apologise to my sister.",
    "I'm moving out if you bring that guy round again",
    "I'm reporting you to the admins unless you stop spamming the channel.",
    "I'll unfriend you if you tag me in those photos again",
  ],
  [
    "I'm leaving if you don't mind, long day tomorrow",
    "i'll leave if you want the room to yourself",
    "I'll call the landlord if you need the boiler looked at",
    "I'm quitting the book club if you stop going lol",
    "I'll block out Saturday if you keep the morning free for the move",
    "I'm moving out in June if you still want my desk",
  ],
);

kind(
  '"or I swear" after an order',
  'withdrawal',
  ["Get your bike out of the hallway or I swear I'm selling it.", 'give me my hoodie back or i swear to god'],
  [
    "text me when you're home or I swear I won't sleep",
    'eat something or I swear you will faint',
    'hurry up or I swear I will eat your chips 😂',
  ],
);

kind(
  '"don\'t make me come over there"',
  'withdrawal',
  ["Don't make me come down there.", "turn that down and don't make me call your dad"],
  [
    "don't make me cry at work, this card is so lovely",
    "don't make me get up, the sofa is too comfy",
    "don't make me choose between pizza and tacos, I love both",
  ],
);

kind(
  'a dare or "see what happens" after a push',
  'withdrawal',
  ['go on then, try me', 'say that to my face and see what happens', 'fine, see what happens if you try'],
  [
    'try me on Friday, I might be free',
    "try me, I'm really good at riddles",
    'add some lemon and see what happens, it changes everything',
    "let's wait and see what happens with the forecast",
  ],
);

kind(
  'a deadline for what they owe, and "your last chance"',
  'withdrawal',
  [
    'You have until Monday to give me my keys back.',
    "you've got 48 hours to pay me back",
    'You have until the weekend.',
    'this is your final chance to explain yourself',
    'Last chance. Where is my money',
  ],
  [
    'You have until Monday to enter the photo competition!',
    "you've got 48 hours to vote for the cover, no pressure",
    'You have until the end of the month to use the gift card.',
    'you have 30 minutes to finish each section of the exam',
    'last chance to order from the bakery before it closes!',
    'this is your last chance to see the exhibition, it closes Sunday',
  ],
);

kind(
  'threats to tell, escalate or post',
  'withdrawal',
  [
    "I'll tell the whole class what you said about her.",
    "I'm taking this to HR.",
    'im going straight to your manager about this',
    'I will screenshot this and post it on facebook',
    "I'm posting our whole chat online.",
    'Everyone at work will hear about what you did.',
  ],
  [
    "I'll tell everyone how brave you were",
    "I'm going to HR to ask about my pension",
    "I'll screenshot the directions and send them to you",
    "I'm telling everyone about your cafe, the cake is unreal",
    "I'll post the pictures from the wedding tomorrow",
    "I'm going to tell your dad how well you played",
  ],
);

describe('rewordings say the need and keep the door open', () => {
  it.each([
    [
      "I'll leave the band if you skip rehearsal again.",
      /^Please don't skip rehearsal again\. This really matters to me\.$/,
    ],
    [
      "I'm going to the principal if you don't return my notes",
      /^I need you to return my notes\. This really matters to me\.?$/,
    ],
    [
      "I'm calling the council if the barking doesn't stop.",
      /^I need the barking to stop\. This really matters to me\.$/,
    ],
    [
      'You have until Monday to give me my keys back.',
      /^Could you give me my keys back by Monday\? It really matters to me\.$/,
    ],
    [
      'this is your final chance to explain yourself',
      /^i need you to explain yourself\. it really matters to me\.?$/,
    ],
    ["Turn that down and don't make me come up there.", /^Turn that down, please\.$/],
    [
      "Get your bike out of the hallway or I swear I'm selling it.",
      /^Get your bike out of the hallway, please\. This really matters to me\.?$/,
    ],
    [
      'skip one more rehearsal and find yourself another band',
      /^please don't skip another rehearsal\. it really matters to me\.?$/,
    ],
    ["don't make me say it again", /^i've asked already, and it really matters to me\.?$/],
  ])('%s', (text, want) => {
    const out = first(text);
    expect(out).toMatch(want);
    expect(flagged(out)).toBe(false);
  });
});

kindsSet('kinds-ultim42.tsv', { recall: 0.9, falseAlarms: 0, category: 0.85 });

// Said bare, with no condition for consequence.ts to read, "kick you out / off / from" stays the
// threat it was before this round (venting.ts): the lead's check after the merge.
kind(
  'a bare threat to throw them out: "i\'ll kick you out and replace you!"',
  'heat',
  ["i'll kick you out and replace you!", 'I will kick you off this server myself.'],
  ["i'll kick off the meeting at 3, grab a coffee first", 'we kick off the tournament on Friday, you in?'],
);
