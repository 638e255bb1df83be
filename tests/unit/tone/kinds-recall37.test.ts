/**
 * Round recall37: coldness said without the stock words (lib/tone/rules/coldness.ts; the bare
 * "Now." after an order in rebuffs.ts; feelings in scare quotes in slights.ts). Our own sentences,
 * several wordings a kind; warm twins share the words and must pass.
 */
import { describe, expect, it } from 'vitest';
import { kind, rewordsClean } from './kinds';

kind(
  'explaining down: the lesson, the "even you", how grown-ups do it',
  'talking-down',
  [
    'This is what we call a deadline, Jake. Look it up.',
    "that's what we call a schedule",
    'Even you can work out how the oven timer goes.',
    'even u could follow a recipe this short',
    'Let me show you how adults handle a phone bill.',
    'this is how grown-ups deal with a parking ticket',
    'Here is how grown-ups deal with a parking ticket, since apparently no one ever taught you.',
  ],
  [
    "This is what we call a 'flat white' here, want one?",
    "even you will love this film, it's that good",
    'Adults do get chickenpox, the doctor said, so rest up.',
    'Cook it nice and slow, about three hours.',
    'I know this is hard for you, take all the time you need.',
    "I'll try really hard to follow the recipe this time!",
    'Nobody taught me to drive either, we can learn together',
  ],
);

kind(
  'feelings waved away without "calm down"',
  'talking-down',
  [
    'Not everything has to be a big drama, Mum.',
    'not everything needs to be a whole thing',
    'Why do you have to turn it into a saga?',
    "Let's not make this into a whole production.",
    'What a silly thing to get upset about.',
    'such a petty thing to get worked up over',
    'Some people have real problems, you know.',
    'Can we skip the feelings stuff and pick a date?',
    "It's a mug, not a betrayal.",
  ],
  [
    "Not everything has to be perfect, you're doing great.",
    "Let's make it a thing! Pizza every Friday?",
    "It's such a small thing to be grateful for, but I am.",
    "I'm upset over such a small thing, sorry, long day.",
    "We're not doing this again next year, the venue was too small.",
    'It was a small thing to worry about, all sorted now.',
    "It's a cold, not a tragedy, I'll be fine by Monday.",
  ],
);

kind(
  'an adult ordered about: no request, no second asking',
  'talking-down',
  [
    "Ring the bank. That's not a request.",
    "This isn't a negotiation.",
    "Pick up your shoes and don't make me ask twice.",
    "don't make me tell you again",
    'Go and think about what you said to your brother.',
    "Here's what's going to happen: you're paying me back by Friday.",
    'Delete the photos. Now.',
    'Call your dad. Today.',
  ],
  [
    "It's not a question of money, it's about time.",
    "don't make me laugh, I'm in a meeting 😂",
    "I'll think about what you said, it was good advice",
    "Here's what's going to happen at the party: cake, then games!",
    'Get a real tree this year? They smell amazing.',
    'The train leaves at 6. Now I just need to pack.',
    'Come over. Now! I have news 😍',
  ],
);

kind(
  'withdrawal announced sideways',
  'withdrawal',
  [
    "Don't bother calling.",
    "Don't bother apologising.",
    "I'll just stop telling you things.",
    "guess I'll stop asking then",
    "Fine, I'll keep my opinions to myself from now on.",
    'turned my phone off. call if someone dies',
    "You'll all have a better Christmas without me anyway.",
    "Relax, you won't have to put up with me again.",
    "Don't knock.",
  ],
  [
    "Don't bother cooking, I'll grab takeaway on the way home",
    "I'll keep it to myself, promise!",
    'Call me if anything happens, day or night',
    "Don't wait up. Love you x",
    "I'm trying to stop asking for help so much at work",
    "Don't knock it till you try it!",
  ],
);

kind(
  'a veiled threat or ultimatum',
  'withdrawal',
  [
    "That's the last time I'm asking nicely.",
    "I'm asking politely this time.",
    "Do what you like this weekend. I'm making some decisions of my own.",
    "Go ahead, I'll be making my own choices too.",
    'Ask yourself whether that hobby is worth this marriage.',
    'Bring him here again and you can find somewhere else to live.',
    "My lawyer will be in touch if the deposit isn't back.",
    "skip one more payment and I'm telling Mum everything",
  ],
  [
    "This is the last time I'm asking... tacos or curry? 😂",
    'Think carefully about which colour you want for the kitchen.',
    'My lawyer will be in touch about the closing date, all good.',
    'Our marriage is worth fighting for.',
    'If you need somewhere else to stay, you can stay with us.',
    "I screenshotted the recipe for you, it's in the chat",
    'What would your mum think of blue for the nursery?',
  ],
);

kind(
  'cutting them off',
  'withdrawal',
  [
    "You won't be hearing from me again.",
    "you're not my sister anymore",
    "You're no longer my friend.",
    "As far as I'm concerned I don't have a dad anymore.",
    "Don't come to my wedding.",
    "I'm out of your life. Happy now?",
    "our friendship's over",
    'I hereby resign from being your brother.',
  ],
  [
    "You'll hear from me again soon, promise!",
    "you're not my friend, you're my sister ❤️",
    "I don't have a car anymore, can you drive?",
    "Don't come to the wedding if you're still unwell, we'll save you cake",
    'Glad that toxic job is out of your life!',
  ],
);

kind(
  'cold stonewalling',
  'withdrawal',
  ['Seen. Not answering.', 'not replying.', 'Read it. Not responding.'],
  [
    'Not answering my phone today, in a meeting until 5',
    "I don't need an apology, honestly, we're good",
    "Not replying tonight, I'm wiped. Tomorrow? x",
  ],
);

kind(
  'refusing it as not theirs to sort',
  'contempt',
  ['How is that my problem?', "why's that my fault", 'How is this my job?!'],
  ['Why is it my turn to pick? I picked last week!'],
);

kind(
  'feelings and plans in scare quotes',
  'contempt',
  [
    "Oh, your 'feelings' again.",
    'you and your "boundaries"',
    "Tell me about your 'plans' when you have a job.",
  ],
  ["We called the song 'Feelings', fitting right?", "My 'plans' for the weekend are a sofa and a film lol"],
);

describe('the rewordings read clean and are flagged no more', () => {
  it.each([
    'This is what we call a deadline, Jake. Look it up.',
    'Even you can work out how the oven timer goes.',
    "Pick up your shoes and don't make me ask twice.",
    "Delete the photos. Now. Then we'll talk.",
    "Ring the bank. That's not a request.",
    'Not everything has to be a big drama, Mum.',
    "I'll just stop telling you things.",
    "That's the last time I'm asking nicely.",
    "You won't be hearing from me again.",
    'Seen. Not answering.',
    'How is that my problem?',
  ])('%s', (text) => {
    expect(rewordsClean(text).length).toBeGreaterThan(0);
  });
  it('keeps the order and asks politely', () => {
    expect(rewordsClean("Delete the photos. Now. Then we'll talk.")).toBe(
      "Delete the photos, please. Then we'll talk.",
    );
    expect(rewordsClean("Pick up your shoes and don't make me ask twice.")).toBe(
      'Pick up your shoes, please.',
    );
    expect(rewordsClean('Even you can work out how the oven timer goes.')).toBe(
      'You can work out how the oven timer goes.',
    );
  });
});
