/**
 * Kinds of the gen6 round (contempt, talking-down and heat; annoyed questions and mock requests),
 * each with sentences written for these tests and not taken from the fresh sets: a hostile wording
 * of each kind is flagged in its category, and warm or practical look-alikes of the same shape pass
 * clean. A few rewordings are pinned as a person would send them.
 */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../../../lib/tone/index';
import { kind } from './kinds';

// -- annoyed questions and mock requests ----------------------------------------------------------
kind(
  'a small courtesy asked as if beyond them ("how hard is it to reply")',
  'contempt',
  [
    'how hard is it to answer a simple text',
    'How difficult can it be to flush the toilet?',
    'is it seriously that hard to close the fridge door',
  ],
  [
    'How hard is it to learn Spanish as an adult?',
    'Is it hard to read sheet music? I want to start piano.',
    'is it that hard to get tickets? I can try tomorrow morning',
    'how hard is it to read the meter? I can never find it',
  ],
);
kind(
  '"would it kill you to…"',
  'contempt',
  ["Wouldn't kill you to say thanks once in a while.", 'would it kill u to call ur mother'],
  ['Would it bother you if I brought my sister?', "it wouldn't hurt to bring an umbrella"],
);
kind(
  '"is it too much to ask…"',
  'contempt',
  ['Is it too much to ask for some quiet after 11?', 'is it too much to expect that you show up on time'],
  [
    'Is it too much to bring both cakes? I made extra.',
    'I hate queues, like is it too much to ask for one more till at the shop',
  ],
);
kind(
  '"is that the best you can do"',
  'contempt',
  ['Was that really the best you could manage?', 'is this the best u can do'],
  ['Is that the best route to the station?', "Is this the best you've ever felt after a run?"],
);
kind(
  'did anyone even… (a check asked of a group)',
  'contempt',
  ['Does anyone here even read the tickets before closing them?', "did y'all even look at the draft"],
  ['Did anyone test positive at work this week?', 'Has anyone tried the new noodle place?'],
);
kind(
  '"what do you even do all day"',
  'contempt',
  ['what do you even do around here', 'What exactly does he do all day?'],
  [
    'What do you do for work these days?',
    'What exactly do you need from me for the form?',
    'what exactly do they do all day at a think tank? curious',
  ],
);
kind(
  '"can you not be <fault> for once"',
  'contempt',
  ['could you not be so useless for one evening', 'can u not be selfish for like a day'],
  ['can you not be late tomorrow? the train leaves at 8'],
);
// -- capacity jibes and mock belief ---------------------------------------------------------------
kind(
  'capacity jibes ("anyone with half a brain", "the attention span of a…", "dropped on your head")',
  'contempt',
  [
    'Anyone with half a brain could see that coming.',
    "if you had two brain cells you'd know",
    "you've got the attention span of a fruit fly",
    'reasoning with you is like arguing with a toddler',
  ],
  [
    'I have two brain cells left today lol, bear with me',
    "I've got the memory of a goldfish, remind me tomorrow?",
    'my cat has the personality of a grumpy old man and I adore her',
  ],
);
kind(
  'mock disbelief ("as if you could…", "cute that you think…")',
  'contempt',
  [
    "as if you'd ever apologise first",
    'lol as if you know anything about cars',
    "it's adorable that you think anyone reads your blog",
  ],
  [
    'It looks as if you could use a nap',
    'As if you needed another reason to love Paris!',
    "it's so sweet that you think of me when you travel",
  ],
);
kind(
  'mock expertise ("sure, because you\'re the expert", "since when are you the expert")',
  'contempt',
  ["Right, because you're the authority on parenting now.", 'since when are you the expert on my job'],
  ["I asked you because you're the expert, honestly", "since when do you like jazz? that's cool"],
);
kind(
  'a verdict on their thinking ("your plan is a joke")',
  'contempt',
  ['your whole argument is laughable', 'Your idea is a joke.', 'ur theory is pathetic tbh'],
  ['Your idea is great!', 'your point is sad but true', 'your plan is a joke lol but I love it'],
);
kind(
  'sarcasm marked by "said no one ever"',
  'contempt',
  ['Great plan, said no one ever.', 'wow what a smart move, said nobody ever'],
  ['Great plan, see you at six!'],
);
// -- talking down -----------------------------------------------------------------------------------
kind(
  'think before you speak',
  'talking-down',
  ['maybe think before you hit send next time', 'Try thinking before you open your mouth.'],
  ['I always think before I speak in meetings, it helps'],
);
kind(
  'spelling it out ("let me spell it out for you")',
  'talking-down',
  ['let me spell this out for you', 'ok fine, let me lay it out for you.'],
  [
    "Spell it out for me, I'm bad at riddles",
    'I can break it down for you if you want!',
    "I'll spell it out for you in the email, no worries",
  ],
);
kind(
  'a question that mocks the result ("was that supposed to be funny", "is it physically impossible for you to…")',
  'contempt',
  ['is that supposed to be helpful?', 'is it literally impossible for you to rinse a plate'],
  ['was that supposed to be soup? it was delicious anyway', 'is it possible for you to pick me up at 9?'],
);
kind(
  'a fault as their nature ("are you always this slow", "were you born this rude")',
  'contempt',
  ['are you always this rude to waiters', 'was he born this stubborn'],
  ['are you always this cheerful before 8am?', 'were you born this lucky? teach me'],
);
kind(
  'sarcastic capacity idioms ("not the sharpest tool", "about as useful as a…")',
  'contempt',
  ["she's not exactly the brightest bulb", 'ur about as helpful as a screen door on a submarine'],
  ["I'm not the sharpest tool before coffee lol", 'this knife is the sharpest one we own'],
);
kind(
  'wasting my time',
  'talking-down',
  ['stop wasting my time with this', "you're wasting my time, mate"],
  ["I'm wasting my time on this puzzle lol"],
);
kind(
  'sent away to cry, told they will understand later, not the centre ("go cry about it", "you\'ll understand when you\'re older", "not everything is about you")',
  'talking-down',
  [
    'go whine about it to someone else',
    "you'll get it when you're older, kiddo",
    'newsflash: not everything revolves around you',
    "the world doesn't revolve around you",
  ],
  [
    'go cry at the new pixar movie, it is so good',
    "you'll understand the plot better after episode 3",
    "it's not about you at all, they changed the schedule for everyone",
  ],
);
kind(
  'a label of taste ("ur so basic")',
  'contempt',
  ["you're so basic, honestly"],
  ['my sister called me basic for loving lattes and she is right lol'],
);
kind(
  'LAST in capitals at someone',
  'heat',
  ['This is the LAST time I lend you my car.'],
  ['are you freaking serious?? congrats!!!', 'This is the last slice, want it?'],
);
kind('an intensifier inside "are you kidding me"', 'contempt', ['are you freaking kidding me'], []);
// -- heat ----------------------------------------------------------------------------------------------
kind(
  'capitals of exasperation ("I AM SO DONE WITH THIS")',
  'heat',
  ["I'M SO SICK OF THIS STUPID CAR", 'I AM FED UP WITH THIS NEIGHBOURHOOD'],
  ['I AM SO PROUD OF YOU', 'WE WON THE CUP'],
);
kind(
  'stacked mixed marks after a shouted word ("STILL?!?!")',
  'heat',
  ['why is the door STILL unlocked?!?!', 'who left the lights ON again?!?!'],
  ['what is this SO cool?!?!', 'how did you do that?!?! AMAZING'],
);
kind(
  'urgency shouted at someone ("RIGHT NOW", "fix it. NOW.")',
  'heat',
  ['turn that music off NOW', 'put it back. NOW.', 'give me the remote RIGHT NOW'],
  [
    "I'm coming home NOW, yay",
    'We need to leave NOW or we miss the train',
    'Come over NOW, I made cake!!',
    'it is NOW or never',
  ],
);
// -- what must pass ------------------------------------------------------------------------------------
kind(
  'warm look-alikes of scorn, shut-up, swearing and "who raised you"',
  'contempt',
  [],
  [
    'this lasagne recipe is fool-proof, promise',
    'the detective in that series is such a clown, love her',
    "That's ridiculous that the bank kept your deposit, want me to call with you?",
    'shut up, no way, you won??',
    'Shut up!! You got the flat??',
    'fuck yeah my team won',
    'Who raised you to be this generous? Thank your mum from me.',
    "Are you serious?? You got in? That's the best news all year",
  ],
);

describe('rewordings a person would send', () => {
  it.each([
    ['would it kill u to call ur mother', 'could u please call ur mother?'],
    ['Is it too much to ask for some quiet after 11?', "I'd really appreciate some quiet after 11."],
    ['How difficult can it be to flush the toilet?', 'It would mean a lot if you could flush the toilet.'],
    ["Right, because you're the authority on parenting now.", 'I see this differently.'],
    ['give me the remote RIGHT NOW', 'give me the remote right now'],
  ])('%s → %s', (text, out) => {
    expect(rewrite(text).text).toBe(out);
  });
});
