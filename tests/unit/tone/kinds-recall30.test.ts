/**
 * Round recall30: constructions widened from paraphrase families (several wordings of one intent).
 * - the threat after "or (else)" or after "if you don't / unless you": an order, then what the
 *   speaker will do (tell, report, escalate, come over, leave) or the penalty for the addressee
 *   (lib/tone/rules/consequence.ts);
 * - the addressee's word held worthless: "I don't believe a word you say", "everything you say is
 *   a lie", "you're lying", "stop lying" (lib/tone/rules/scorn.ts);
 * - their say waved off as unasked: "did I ask for your opinion?", "keep your two cents to
 *   yourself", "who invited you to this thread?" (scorn.ts);
 * - "try me" after a warning (lib/tone/rules/aimed.ts);
 * - warm uses cleared: "drop-dead gorgeous", "you're the reason this team works"; a pointed tag
 *   ("…, I hope you know that") is no warmth after blame (lib/tone/rules/fault.ts).
 * Our own sentences, in chat, family and work registers.
 */
import { describe, expect, it } from 'vitest';
import { first, kind, rewordsClean } from './kinds';

kind(
  'an order, then "or (else)" and the threat',
  'withdrawal',
  [
    // chat
    'send me the money by tonight or im telling everyone',
    'answer ur phone or im coming round',
    'give my hoodie back or else',
    // family
    'Finish your homework or you are grounded.',
    'Tidy that room, or I am calling your father.',
    'Stop hitting your brother or you are grounded for a week.',
    // work
    'Resolve the outage by noon or I will escalate this to the director.',
    'Please have the invoice corrected today or we are going to your manager.',
    'Return the deposit within seven days or I will report you to the council.',
    // another tense / person
    "Move your van or I'm gonna call the police.",
  ],
  [
    'Hurry up or we are leaving without you!',
    'Text me when you land or I will worry.',
    'Either we leave now or I am calling an Uber.',
    'Call me tonight or I will call you tomorrow.',
    'Sign up by Friday or you are out of luck, the list closes.',
    'Bring snacks or I am coming over for dinner anyway lol',
    'You have to press it twice or else nothing happens.',
    'Pick the blue one or the red one, I am done either way.',
  ],
);

kind(
  '"if you don\'t / unless you" with the threat',
  'withdrawal',
  [
    'if u dont pay me back by friday im telling ur mum',
    'If you do not return the keys, I am calling the police.',
    'Unless you apologise to her, I am going to your boss.',
    "if you won't pick up i'm coming over there",
  ],
  [
    "If you don't like the soup, I'll make you something else.",
    "If you don't mind, I'm coming over after work to drop the cake off.",
    "Unless you need the car, I'm taking it to the garage.",
    "If you can't make it, I'll call you later.",
  ],
);

kind(
  'a condition ("again", "one more…") then the penalty for the addressee',
  'withdrawal',
  [
    'one more lie and ur grounded',
    'Skip one more shift and you are fired.',
    'Do that again and you are banned from the group.',
  ],
  [
    'One more sleep and you are finally home!',
    'Two more exams and you are done, so proud of you',
    'Do that again and you are going to win the whole thing!',
  ],
);

kind(
  "the addressee's word held worthless",
  'contempt',
  [
    // chat
    'nobody believes anything u say anymore',
    'i dont trust a single word u tell me',
    'ur lying. again.',
    // family / close
    "I've stopped believing anything you promise me.",
    'Stop lying to me.',
    'Nothing you tell me is true.',
    // work / public
    'Frankly, I cannot believe a word you write in these reports.',
    'Half of what you claimed in that meeting was made up.',
    'Quit lying about the numbers.',
    'You are lying through your teeth.',
  ],
  [
    'I believe every word you say, you know that.',
    "I can't believe what you did for my mum, thank you.",
    'Everything you said in the speech was true and so moving.',
    "You're lying on the sofa again? Budge up lol",
    "You're lying to yourself if you think you're not talented.",
    'If your kid is lying about homework, try a sticker chart.',
    'Stop lying around and come to the beach!',
    'I cannot believe a word of this article about the moon landing.',
    "If you're lying, just tell me now and we'll sort it.",
  ],
);

kind(
  'their say waved off as unasked',
  'contempt',
  [
    // chat
    'who asked for ur opinion',
    'did anyone ask for your hot take? no',
    // close
    'I never asked for your advice on my marriage.',
    'Keep your comments to yourself.',
    // work / online
    'Did I ask for your feedback on my slides?',
    'Nobody requested your input on this thread.',
    'Who invited you into this discussion?',
    'keep ur two cents to urself',
  ],
  [
    'Thanks so much! I never asked for your advice but it really helped.',
    'Keep your thoughts to yourself until the vote, those are the rules.',
    'Can I ask for your opinion on the wallpaper?',
    'I asked for your feedback because you know the client best.',
    'Who invited you to the wedding, the bride or the groom?',
  ],
);

kind(
  '"try me" after a warning',
  'withdrawal',
  ['Say that one more time. Try me.', 'Think I won’t? Try me.', 'touch my charger again, try me'],
  [
    'Need a quiz partner? Try me!',
    'If the app fails again, try me on the landline.',
    'Ask me again tomorrow, try me then',
  ],
);

kind(
  'blame followed by a pointed tag',
  'blame',
  [
    'Grandma is in tears because of you, I hope you know that.',
    'we lost the client because of you, just so you know',
    'The whole trip fell apart because of you, hope it was worth it.',
  ],
  [
    'The kids are thrilled because of you, I hope you know that!',
    'The garden looks amazing because of you, just so you know.',
  ],
);

describe('warm uses of hostile words', () => {
  it.each([
    'You look drop dead gorgeous tonight.',
    'That suit is drop-dead stunning on you.',
    "You're the reason this team works so smoothly.",
    "You're the reason our club survived the winter.",
  ])('passes "%s"', (text) => {
    expect(first(text)).toBe(text);
  });
  it.each(['Just drop dead.', "You're the reason nothing works in this house."])(
    'still flags "%s"',
    (text) => {
      expect(first(text)).not.toBe(text);
    },
  );
});

describe('rewordings keep the demand and drop the threat', () => {
  it.each([
    [
      "Return my drill by Sunday or I'm telling your wife.",
      'Return my drill by Sunday, please. This really matters to me.',
    ],
    ['answer ur phone or im coming round', 'answer ur phone, please. this really matters to me'],
    ['Give it back, or else!', 'Give it back, please. This really matters to me!'],
  ])('%s', (text, want) => {
    expect(first(text)).toBe(want);
    rewordsClean(text);
  });
  it.each([
    'I never asked for your advice on my marriage.',
    'nobody believes anything u say anymore',
    'Stop lying to me.',
    'Say that one more time. Try me.',
    'one more lie and ur grounded',
    'If you do not return the keys, I am calling the police.',
  ])('rewords "%s" clean', (text) => {
    rewordsClean(text);
  });
});
