/**
 * Round recalll29: heated texting between close people (short, lower case, "u"/"ur", run-ons). Our
 * own sentences, several wordings a kind; warm twins share the words and must pass.
 */
import { describe, expect, it } from 'vitest';
import { flagged, kind, rewordsClean } from './kinds';

kind(
  '"ur the whole / main reason" for something bad',
  'blame',
  [
    "ur the whole reason i'm stressed all the time",
    "you're the main reason we keep fighting, you know that",
    'youre the entire reason my grades tanked',
    "ur the sole reason i'm crying rn",
  ],
  [
    "you're the whole reason i smile every day",
    'ur the main reason i came tonight lol',
    "you're the entire reason this trip was amazing",
    'you are the reason we met, thank u',
  ],
);

kind(
  'an outcome trashed "bc of your …"',
  'blame',
  [
    'my whole night got trashed bc of your tantrum',
    'the car is destroyed because of your driving',
    'our weekend is trashed thanks to your little scene',
  ],
  [
    'my room is trashed bc of your surprise party lol best night ever',
    'the cake got destroyed because of the heat, not your fault at all ❤️',
  ],
);

kind(
  '"you make me feel like" a small thing',
  'blame',
  [
    'you make me feel like an afterthought',
    'u make me feel like im begging for a text back',
    'you make me feel like a stranger in my own house',
    'u make me feel like ur maid',
    'you make me feel like a nuisance every time i ask',
  ],
  [
    'you make me feel like i never have to beg for love',
    "you make me feel like i'm not a nuisance at all",
    'you make me feel like a kid again 😭❤️',
    'you make me feel like myself',
  ],
);

kind(
  '"don\'t get me started on" / "not to mention" one more count about them',
  'absolutes',
  [
    "and don't get me started on how you talked to my mom",
    'dont get me started on ur friends',
    'not to mention u ditched me at the party',
    'and not to mention you lied about the rent',
    'not to mention u bailed on my birthday again',
  ],
  [
    "don't get me started on how good you looked last night",
    'dont get me started on your cooking lol',
    'not to mention you cooked dinner too',
    'not to mention you look amazing',
    "don't get me started on the traffic today",
  ],
);

kind(
  'feelings mocked as a show or a trait',
  'contempt',
  [
    'omg here come the fake tears',
    'and here comes the fake tears again',
    'why are u so emotional about literally everything',
    'why are you so sensitive omg',
    'why r u being so hysterical',
  ],
  [
    'finale tonight, here come the fake tears from me lol 😭',
    'why are you so sensitive to light, should we see a doctor?',
    'i cried at the ending, i’m so emotional lately haha',
  ],
);

kind(
  'mock praise with a label',
  'contempt',
  ['amazing work genius, u locked us out', 'amazing job genius. the car is dead'],
  ['amazing work!! you are a genius 😍'],
);

kind(
  'being told to calm down or stop talking, texted',
  'talking-down',
  [
    'calm ur tits it was a joke',
    'calm down it was a joke',
    'calm down it was one comment',
    'just stop talking. seriously',
    'stop talking.',
  ],
  [
    "calm down it's fine, i'm here ❤️",
    'i cant stop talking about it!!',
    'stop talking about work and come eat',
    'please stop talking. i need a minute',
    'calm down and relax are the worst things to say',
  ],
);

kind(
  'a label texted without its hyphen',
  'contempt',
  ["you're brain dead", 'ur literally brain dead'],
  ["i'm brain dead after this week lol", 'my brain is dead today'],
);

kind(
  'blocking threatened, not only done',
  'withdrawal',
  [
    'im about to block u on everything',
    "i'll block your number",
    "keep it up and i'm gonna block you for good",
    'dont make me block u again',
    'i will block you',
  ],
  [
    "i'll block you in if you park there lol",
    "i'll block you in, move your car",
    "i'll unfollow you if you spoil the finale 😂",
    "i'll block your calls while you nap",
  ],
);

kind(
  'the silent treatment announced',
  'withdrawal',
  ['silent treatment starts now. enjoy', 'enjoy the silent treatment', 'ur getting the silent treatment'],
  [
    'the cat is giving me the silent treatment lol',
    "i'm getting the silent treatment from my boss and it hurts",
    'silent treatment starts now lol jk',
  ],
);

kind(
  'ignoring them until they apologise; "done talking"',
  'withdrawal',
  [
    'im ignoring u until u apologize',
    "i'm ignoring you until you say sorry",
    'done talking',
    'done arguing.',
  ],
  ['done talking to the landlord, he said yes!', 'done explaining lol', 'muting u till the game ends lol'],
);

kind(
  'one more broken promise for the record',
  'absolutes',
  ['oh look, yet another broken promise', 'another excuse. shocker', 'yet another lie.'],
  ['another excuse to eat cake!', 'i told another lie, ugh, i feel awful'],
);

kind(
  '"how are u even this …"',
  'contempt',
  ['how are u even this dense', 'how are you even this clueless'],
  ['how are you even this good at chess?? teach me 😍', 'how is it even this slow today'],
);

describe('warm texting near-twins pass', () => {
  it.each([
    'every single time i come over u have my fav tea ready. ur the best',
    'as usual ur right lol, the bus was faster',
    'as usual you were right about the weather',
    'lol you goof, u forgot ur lunch again?? its ok i can drop it off',
  ])('%s', (text) => {
    expect(flagged(text)).toBe(false);
  });
  it.each([
    "every time i ask you lie. you're amazing at that",
    "as usual you're late",
    'lol you dork, u lied again. its ok i guess',
  ])('keeps flagging %s', (text) => {
    expect(flagged(text)).toBe(true);
  });
});

describe('the rewordings read clean and are flagged no more', () => {
  it.each([
    "ur the whole reason i'm stressed all the time",
    'my whole night got trashed bc of your tantrum',
    'you make me feel like an afterthought',
    "and don't get me started on how you talked to my mom",
    'not to mention u ditched me at the party',
    'omg here come the fake tears',
    'why are u so emotional about literally everything',
    'calm ur tits it was a joke',
    'just stop talking. seriously',
    "you're brain dead",
    "i'll block your number",
    'silent treatment starts now. enjoy',
    'im ignoring u until u apologize',
    'done talking',
    'oh look, yet another broken promise',
    'how are u even this dense',
  ])('%s', (text) => {
    expect(rewordsClean(text).length).toBeGreaterThan(0);
  });
  it('keeps the count and says the feeling', () => {
    expect(rewordsClean('not to mention u ditched me at the party')).toBe(
      "i'm also upset that u ditched me at the party",
    );
    expect(rewordsClean("and don't get me started on how you talked to my mom")).toBe(
      "and i'm also upset about how you talked to my mom",
    );
  });
});
