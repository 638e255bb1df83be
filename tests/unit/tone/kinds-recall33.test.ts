/**
 * h-recall33: turning away and talking down by construction (lib/tone/rules/rebuffs.ts). An apology
 * refused, what they remember denied, a feeling called put on, explaining down, an order pressed,
 * silence announced, love on condition, a threat to expose. Our own wordings in several registers;
 * the warm twins share the words and must pass.
 */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../../../lib/tone/index';
import { kind, rewordsClean } from './kinds';

const APOLOGY = [
  "Save your apology, I'm not interested.",
  'keep your sorry to yourself',
  'Your sorry means nothing to me now.',
  "An apology won't fix what you did.",
  "sorry doesn't cut it this time",
  'Save the apology for someone who cares.',
];
const APOLOGY_WARM = [
  "Thanks for saying sorry. We're good.",
  'Apology accepted, see you at lunch!',
  'I accept your apology, thank you.',
  'No need to apologise, it was nothing.',
  "I know sorry doesn't fix it, but I really am sorry.",
];
kind(
  'an apology refused ("save your sorry", "your apology means nothing")',
  'withdrawal',
  APOLOGY,
  APOLOGY_WARM,
);

const DENIAL = [
  "You're making things up again.",
  'ur just making stuff up now',
  'You dreamt that.',
  "You're misremembering, as usual.",
  "you're confusing me with someone else",
  "That's all in your head.",
];
const DENIAL_WARM = [
  "You're not imagining it, that happened.",
  'I might be misremembering, sorry.',
  "That song is stuck in your head, isn't it?",
  'Are you making things for the bake sale?',
  "you're making things so much easier for me, thank you",
];
kind('what they remember denied ("you\'re making things up")', 'talking-down', DENIAL, DENIAL_WARM);

const FEELING = [
  "You're not actually upset, you just want attention.",
  "you're not really sad, you just want everyone fussing over you",
  'Stop faking it, nobody believes you.',
  'Enough with the waterworks.',
  'Quit the drama.',
  'attention seeking again?',
];
const FEELING_WARM = [
  "You're not alone, I'm here.",
  "It's okay to feel anxious about it.",
  'Thanks for the attention to detail!',
  "Your anxiety is real and I'm here for you.",
  "Stop pretending you're fine, I know you're hurting ❤️",
];
kind(
  'a feeling called put on ("you\'re not actually sad, you just want…")',
  'talking-down',
  FEELING,
  FEELING_WARM,
);

const EXPLAIN = [
  "I'll explain it like you're five.",
  "Fine, I'll spell it out so even you get it.",
  "I'll go slow so even you can follow.",
  "Okay, I'll talk to you like you're five.",
  'I said it twice so even you could understand.',
  "Fine, I'll walk you through it like you're five.",
];
const EXPLAIN_WARM = [
  'Let me explain it more slowly, I rushed it.',
  'I think I rushed that, let me explain it more slowly.',
  'Let me put it in simpler terms.',
  "Explain it to me like I'm five, I'm lost lol",
  'Want me to draw you a diagram of the kitchen layout?',
  "This recipe is so easy, even you'll love making it!",
];
kind(
  'explaining down ("so even you can follow", "like you\'re five")',
  'talking-down',
  EXPLAIN,
  EXPLAIN_WARM,
);

const PRESS = [
  'Clean your room immediately.',
  'Give me my phone back, no arguments.',
  'Call me back immediately.',
  "Do the dishes, I'm not asking again.",
  "You'll apologise to your sister, no discussion.",
  'Sit down and listen to me.',
];
const PRESS_WARM = [
  'Please send it by 5, thanks!',
  'send it by 5, please',
  'Come over right now, I made cake!',
  "Sweetie, put your shoes on, we're leaving in five minutes.",
  'Call me right now if you need anything.',
  "Dinner's ready, come and eat while it's hot.",
  'get over here and try this pie immediately',
];
kind('an order pressed ("…right now", "Now.", "I\'m not asking twice")', 'talking-down', PRESS, PRESS_WARM);

const SILENCE = [
  "You'll hear nothing from me till you say sorry.",
  'No love from me till you earn it.',
  "Don't expect any affection from me until you apologise.",
  "Don't expect a reply from me this week.",
  'Not answering any more of your calls.',
  'not a word from me until you apologise',
];
const SILENCE_WARM = [
  'No need to reply tonight, sleep well.',
  "I'll be offline this weekend, camping! Talk Monday.",
  "Don't expect a reply from me before noon, I'm on a flight ✈️",
  'I have nothing to say to you except thank you.',
  'Sorry for leaving you on read, crazy day!',
  "I need a little time before I'm ready to talk about this.",
];
kind('silence announced ("nothing from me until…")', 'withdrawal', SILENCE, SILENCE_WARM);

const CONDITIONAL = [
  "If you really loved me you'd stay home.",
  "if u actually cared about me u wouldn't go",
  "I'll be nice to you again when you start acting like an adult.",
  "I'll be proud of you when you actually earn it.",
  "If you actually respected me you wouldn't say that.",
  "I'll be kind to you again once you start pulling your weight.",
];
const CONDITIONAL_WARM = [
  "I'll be proud of you whatever happens.",
  "I'll be so proud of you when you graduate!",
  "You're worth my time, always.",
  'If you really want to, we can go together.',
  'I love you no matter what.',
];
kind('love on condition ("if you really loved me you\'d…")', 'withdrawal', CONDITIONAL, CONDITIONAL_WARM);

const EXPOSE = [
  "Keep it up and I'll show your wife these texts.",
  "Do that again and I'm posting all of it.",
  'Your secret stays safe as long as you behave.',
  "I'm this close to forwarding your messages to your boss.",
  "I'll send the screenshots to HR if you don't stop.",
  "Tell me the truth or I'm telling your wife everything.",
];
const EXPOSE_WARM = [
  "I'm telling everyone how great you were!",
  'I have the photos from the trip, want me to send them?',
  "Keep it up and you'll make the team!",
  "I'll show your mom the photos from the wedding, she'll love them.",
  "I'm forwarding your message to HR so they can sort your leave.",
];
kind('a threat to expose ("…and I\'ll show your wife these texts")', 'withdrawal', EXPOSE, EXPOSE_WARM);

describe('the rewordings say the need and read clean', () => {
  it.each(
    [APOLOGY, DENIAL, FEELING, EXPLAIN, PRESS, SILENCE, CONDITIONAL, EXPOSE].map((k) => [k[0] as string]),
  )('%s', (text) => {
    rewordsClean(text);
  });
  it('keeps the order and drops the pressure', () => {
    expect(rewrite('Call me back immediately.').text).toBe('Call me back, please.');
    expect(rewrite('Sit down and listen to me.').text).toBe('Sit down and listen to me, please.');
  });
});
