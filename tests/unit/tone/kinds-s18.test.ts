/**
 * The lead's detection kinds of the eighteenth session, each on our own sentences (written from
 * the kinds in issue 9 and GUIDANCE.md, never from a corpus row): intent charged ("you do it on
 * purpose"), "full of it", the door shown, "you call that…?", sarcastic thanks for lateness,
 * "what a surprise, you…", people said to avoid the reader, a fault turned back as a question,
 * and a bad outcome the person "always finds a way" to.
 */
import { kind } from './kinds';

kind(
  'a bad outcome the person always finds a way to',
  'absolutes',
  [
    'you always find a way to screw things up',
    'you always find a way to wreck the mood',
    'you always manage to spoil the surprise',
  ],
  [
    'you always find a way to cheer me up',
    'you always manage to fix my bike',
    'you always find a way to make it work',
  ],
);

kind(
  'harm charged as intended',
  'blame',
  [
    'I swear you do this on purpose',
    'you did that on purpose',
    "you're doing it on purpose just to annoy me",
    'I know you do it deliberately',
  ],
  [
    'did you do this on purpose? it looks amazing',
    'I left the light on on purpose',
    'we did it on purpose so the kids could sleep',
    "you didn't do it on purpose, I know that",
  ],
);

kind(
  '"full of it" said of the reader',
  'contempt',
  ["honestly you're full of it", 'you are so full of it', "you're so full of yourself"],
  ["you're full of surprises", "you're full of energy today", 'the fridge is full of it, help yourself'],
);

kind(
  'the door shown',
  'withdrawal',
  [
    "don't let the door hit you on the way out",
    "fine, there's the door",
    "if you don't like it, there's the door",
  ],
  [
    "there's the door to the garden",
    "there's the door, the key is under the mat",
    'mind the door on your way out',
  ],
);

kind(
  '"you call that…?" and "you call yourself a…"',
  'contempt',
  [
    'you call that cooking?',
    'and you call yourself a friend?',
    'you call this a report?',
    'you call yourself a professional',
  ],
  [
    'what do you call that dish?',
    'you call that number if the boiler stops again',
    'do you call yourself a runner now? so proud',
  ],
);

kind(
  'thanks for lateness, said sarcastically',
  'contempt',
  [
    'so nice of you to finally reply',
    'how kind of you to bother showing up',
    'nice of you to finally show up',
  ],
  [
    'so nice of you to bring dessert!',
    'how kind of you to help',
    "it's so nice of you to finally visit us, we missed you!",
  ],
);

kind(
  '"what a surprise" before a charge',
  'contempt',
  [
    "big surprise, you're late again",
    "surprise surprise, you didn't call",
    'shocker, you forgot my birthday',
  ],
  ['what a surprise to see you here!', 'what a lovely surprise, thank you', 'surprise! you won the raffle'],
);

kind(
  'people said to avoid the reader',
  'contempt',
  [
    'nobody wants to work with you',
    'no one wants to be around you',
    'this is why nobody wants to hang out with you',
  ],
  [
    'nobody wants to work on Sunday',
    'no one wants to be around you more than me',
    'nobody wants to talk to you about it tonight, just rest',
  ],
);

kind(
  'a fault turned back as a question',
  'blame',
  ['so this is all my fault?', "so it's my fault now?", "so it's my fault that you were late?"],
  [
    "it's all my fault, I'm so sorry",
    "so it's my fault, I'll fix it tomorrow",
    'is it my fault the printer jammed? it keeps doing that',
  ],
);

kind(
  '"you only ever" said of the reader, not the generic "you" of an instruction',
  'absolutes',
  ['you only ever need me when you want money', 'you only ever call when you need a favour'],
  ['you only ever need two eggs for this recipe', 'for the visa you only ever need one photo'],
);

kind(
  'British one-word synonyms of "idiot"',
  'contempt',
  ['what a plonker', 'honestly you absolute numpty', 'move, you troglodyte', 'what a sanctimonious windbag'],
  [
    'the windbag character in the play was hilarious',
    'troglodyte means a cave dweller, look it up for the quiz',
  ],
);

kind(
  'a good state the reader is said to have ended',
  'blame',
  [
    'we were perfectly happy until you showed your face',
    'the evening was lovely until you started on politics',
  ],
  ['it was fine until you left, we all missed you', 'I was fine before you moved away'],
);

kind(
  'a let-down counted off ("another week, another excuse")',
  'absolutes',
  [
    'another Friday, another excuse',
    'new month, same fight about the bins',
    'another birthday, another broken promise',
  ],
  [
    'another day, another dollar',
    'another year, another adventure!',
    'another game, another loss for my poor team',
  ],
);

kind(
  'the moment made about the reader, and the same talk had again',
  'absolutes',
  ['you always find a way to make it about yourself', 'how many times do we have to have this argument'],
  ['how many times have we watched this movie?', 'how many times do we have to go to the shop this week'],
);
