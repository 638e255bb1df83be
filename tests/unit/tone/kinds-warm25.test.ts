/**
 * Round warm25: false alarms cut by kind. Each kind is a warm reading the guards in
 * lib/tone/warm-context.ts missed, written here in our own words in several registers (chat, plain,
 * formal or British), with hostile messages on the same words that must stay flagged:
 * - a "blame" for a pleasure one is hooked on (a show, a song, a food, a hobby), or for a small cost
 *   that came of how good the thing was, laughed off;
 * - a swear as a cheer or relief over news ("fuck yes", "fucking finally", "holy shit" in capitals,
 *   the writer's own "I'm screaming" beside it), and an exclamation before a thing praised plainly;
 * - disbelief ("are you kidding me?!", "are u serious??") answered by praise of the reader or their work,
 *   a sentence or two later;
 * - "calm down" / "relax" before comfort ("you'll be fine", "you didn't break it", "not your fault");
 * - a pet name a warm word describes, and an age tease inside a birthday or retirement wish;
 * - a label the writer turns on themself in an aside ("(me, obviously)", "talking to myself");
 * - a shout the writer names as excitement ("sorry for the caps", "I'm just excited").
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { kind } from './kinds';

kind(
  'a blame for a pleasure one is hooked on',
  'blame',
  [
    "it's your fault I'm addicted to this game and failed my exams",
    'ur fault i cant stop crying over this show',
    'It is entirely your fault that I bought a broken phone.',
  ],
  [
    "honestly this is all your fault, I can't stop listening to that playlist",
    'ur fault im hooked on ramen now, this is on u',
    'you made me buy two more books, your fault',
    'It is entirely your fault that I am now obsessed with this podcast.',
  ],
);

kind(
  'a small cost blamed on how good the thing was, laughed off',
  'blame',
  [
    'you made me miss my bus, thanks a lot',
    'ur fault i burnt the toast lol, you never help',
    'You made me late for work again 😂 typical',
  ],
  [
    'you made me miss my bus, that podcast was too good lol',
    'ur fault i burnt the toast, the episode was so gripping haha',
    'You made me late for work, the book was just so good 😂',
  ],
);

kind(
  'a swear as a cheer or relief over news',
  'heat',
  [
    'FUCK YES YOU FINALLY SHUT UP!!',
    'fucking finally, you answered!!! took you long enough',
    'holy shit they won, I hate this team',
  ],
  [
    'FUCK YES, the mortgage got approved!!',
    'fucking finally, my passport came through!!! celebrating tonight',
    "HOLY SHIT WE WON, I'm crying",
  ],
);

kind(
  'an exclamation before a thing praised plainly',
  'heat',
  [
    'bloody hell that was a good way to ruin my night',
    'holy crap, what a useless idiot',
    'damn, this soup is so bad, who made this crap',
  ],
  [
    'bloody hell that was a lovely meal',
    'Bloody hell, that was a brilliant match.',
    'damn, this soup is so good',
  ],
);

describe('disbelief answered by praise of the reader or their work', () => {
  it.each([
    "Are you kidding me?! You knitted this?? It's beautiful!!",
    'are u serious?? u painted this?? its gorgeous omg',
    "Are you serious?!?! Concert tickets?! You're the best.",
  ])('passes "%s"', (text) => {
    expect(analyze(text).flagged).toBe(false);
  });
  it.each([
    'Are you kidding me?! You broke it again??',
    'no fucking way, you lost it again??',
    "are you serious?! you're a genius, you deleted the whole folder",
  ])('flags "%s"', (text) => {
    expect(analyze(text).flagged).toBe(true);
  });
});

kind(
  '"calm down" before comfort',
  'talking-down',
  [
    "calm down, you're being dramatic",
    "relax, stop whining, you'll be fine",
    "Calm down. You're overreacting.",
  ],
  [
    "relax, you're going to be fine, it's one exam",
    "Calm down, you didn't break it, it just needs a restart.",
    "chill u didnt ruin anything, we'll fix it tmrw",
  ],
);

kind(
  'a pet name a warm word describes; an age tease inside a wish',
  'contempt',
  ['you stupid weirdo', 'happy birthday you old hag, nobody likes you', 'you pathetic loser'],
  [
    'never change, you lovely weirdo',
    'happy birthday you old goat 🎂',
    'Happy retirement, you old dinosaur!',
  ],
);

kind(
  'a label the writer turns on themself in an aside',
  'contempt',
  [
    'nice going, genius',
    'great job genius, me and the team had to fix it',
    'well done genius, you forgot my birthday',
    // "me" as the object, no aside: "forgetting me" is the reader's deed.
    'thanks so much for forgetting me, genius',
  ],
  [
    'nice going, genius (me, obviously)',
    'great job genius — talking to myself, I just locked my keys in the car',
    'well done genius, I mean me, I forgot my own birthday',
  ],
);

kind(
  'a shout the writer names as excitement',
  'heat',
  [
    'WHERE ARE YOU??? sorry caps',
    'YOU NEVER LISTEN!!! sorry for the caps',
    'ANSWER YOUR PHONE!!! caps lock, sorry',
  ],
  [
    "IS IT FRIDAY YET??? I'm so hyped",
    'OUR FLIGHT IS BOOKED!!! sorry for the caps lol',
    "WE ARE ON THE FRONT ROW!!! sorry caps lock, I'm just excited",
  ],
);
