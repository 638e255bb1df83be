/**
 * Absolutes and contempt as open-slot frames (helper abscon40, session 40): each construction with
 * hostile variants in three registers (a partner's text, a coworker's chat line, a stranger's comment)
 * and warm twins that must pass clean. Our own sentences, none taken from any corpus.
 */
import { expect, it } from 'vitest';
import { first, kind } from './kinds';

kind(
  'a reason given in irony: "oh sure, because you\'re SO <…>"',
  'contempt',
  [
    "oh sure, because you're so organised with money",
    'yeah cause your last reorg went totally smoothly',
    'sure, because YOU always know best',
    "right, because you'd know all about hard work 🙄",
  ],
  [
    'sure, because you asked so nicely 😊',
    "yeah because you're so good at this, you should run the workshop!",
    'sure because you know the way, can you drive us?',
    'oh yes, because you deserve a rest so much',
    "of course, because you know I'd do anything for you",
  ],
);

kind(
  'the charge with a tally of "with you": "always the <…> with you", "always a <complaint> with you"',
  'absolutes',
  [
    'always the martyr with you, every single holiday',
    'it is always the same with you and money',
    'always a fight with you about whose turn it is',
  ],
  ['always a pleasure working with you', 'always the best time with you guys', 'always a laugh with you lot'],
);

kind(
  '"you do this after / before every <occasion>"',
  'absolutes',
  [
    'you do this after every single argument',
    'u pull this before every deadline',
    'you do it after every loss',
  ],
  ['you do this before every race? so disciplined', 'we do this after every game, it is our tradition'],
);

kind(
  'a fault marvelled at or asked about: "are you this <fault>", "how can anyone be this <fault>"',
  'contempt',
  [
    'are you this careless with every spreadsheet or just mine',
    'how can someone be this petty about a parking spot',
    'how could anyone be so entitled at forty',
  ],
  [
    'are you this nervous before exams too? me too',
    'how can anyone be this cute, look at her little boots',
    'how can you be so calm before an exam',
  ],
);

kind(
  'an arrival announced in mockery, any label: "oh look, the <…> is back / has opinions / has entered the chat"',
  'contempt',
  [
    'oh look, the office gossip is back to stir things up',
    'the "I read one article" crowd has entered the chat',
    'oh great, the self-appointed expert has opinions on my garden',
    'the prodigal son has graced us with a text',
  ],
  [
    'oh look, the dog has opinions about the vet',
    'the birthday boy has entered the chat!',
    'oh good, the sun is back for the weekend',
    'oh great, the kids are back from camp',
  ],
);

kind(
  '"imagine being <…> and not knowing / understanding <…>"',
  'contempt',
  [
    'imagine being a referee and not knowing the offside rule',
    'imagine running a bakery and not understanding yeast',
  ],
  [
    'imagine being a kid again and not worrying about bills',
    'imagine being retired and never having to set an alarm',
  ],
);

kind(
  'a mocking likeness of how they look, play, write or sound: "<you / your X> <verb> like <any image>"',
  'contempt',
  [
    'you parallel park like the curb owes you money',
    'your slides read like a toddler found the font menu',
    'bro aims like his monitor is switched off',
    'you cook like the smoke alarm is your timer',
  ],
  [
    'you dance like your dad, it is the best thing ever',
    'you write like Tolkien, honestly',
    'you look like you could use a nap, want me to take the kids?',
    'you sing like a pro these days',
    'you look like your sister',
  ],
);

it('rewords the ironic reason as our own words', () => {
  expect(first("oh sure, because you're so organised with money")).toBe('i see this differently');
});
