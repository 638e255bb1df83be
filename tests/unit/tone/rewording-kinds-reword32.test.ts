/**
 * Rewording kinds (helper reword32), each on our own sentences in several registers: a feeling
 * waved off inside a longer clause (a sentence of ours spliced after "because"), "fuck with" as
 * slang for liking or spending time, "pathetic" said of people, words that say which one is meant
 * before a label, "imagine being so <label> you think…" (a stock line dropped what was believed),
 * "the worst <role>" and "what a <label> <someone> is" (who was meant dropped), "sounds like an
 * idiot", words for dishonesty, and "fuck my life" / "fuck me and fuck …".
 */
import { describe } from 'vitest';
import { rewordingCases } from './kinds';

describe('a feeling waved off inside a longer clause: the clause stays, the word becomes the plain state', () => {
  rewordingCases([
    [
      "he only hides his phone because you're overreacting whenever it buzzes",
      "he only hides his phone because you're upset whenever it buzzes",
    ],
    [
      'I think the team stopped sharing updates since you have been so dramatic in meetings.',
      'I think the team stopped sharing updates since you have been upset in meetings.',
    ],
    [
      'maybe she left early cuz ur being paranoid about everything',
      'maybe she left early cuz ur worried about everything',
    ],
    [
      "You're overreacting because you're tired, not because of me.",
      "You're upset because you're tired, not because of me.",
    ],
  ]);
});

describe('"fuck with" as slang: liking when nothing follows "with", spending time after "come"', () => {
  rewordingCases([
    ['honestly the only ppl i fuck with are my cousins', 'honestly the only ppl i like are my cousins'],
    ['those were the only guys we fucked with back then', 'those were the only guys we liked back then'],
    ["ima come fuck wit y'all after work", "ima come hang wit y'all after work"],
    ['Come fuck with us at the lake this weekend!', 'Come hang with us at the lake this weekend!'],
    // the threat stays "mess with"
    ["don't come fuck with me", "don't come mess with me"],
  ]);
});

describe('"pathetic" said of people is a letdown, not misbehaving', () => {
  rewordingCases([
    ['Tom and his mates are pathetic', 'Tom and his mates are disappointing'],
    ["they're pathetic, honestly", "they're disappointing, honestly"],
    ['Your lawyers were pathetic in court.', 'Your lawyers were disappointing in court.'],
  ]);
});

describe('words that say which one is meant stay beside "person"', () => {
  rewordingCases([
    ['we will deal with the next clown in the queue', 'we will deal with the next person in the queue'],
    ['Same idiot as last week called again.', 'Same person as last week called again.'],
    ['the last two morons quit on friday', 'the last two people quit on friday'],
  ]);
});

describe('"imagine being so <label> you think…": what was believed stays, as what the writer does not', () => {
  rewordingCases([
    ['imagine being so naive you think this ends well', "i don't think this ends well"],
    ['Imagine being so brainwashed that you believe every ad on tv.', "I don't believe every ad on tv."],
    [
      'so, imagine being this lost you actually think the refund is coming',
      "so, i don't think the refund is coming",
    ],
  ]);
});

describe('who the verdict was about stays in ours', () => {
  rewordingCases([
    ['Jenna is the worst landlord in the city', "I'm really disappointed in Jenna as a landlord."],
    [
      'Mr Patel was the worst teacher this school ever had.',
      "I'm really disappointed in Mr Patel as a teacher.",
    ],
    ['what a useless clown my supervisor is.', "i'm really disappointed in my supervisor."],
    ['What a lazy fool that plumber was!', "I'm really disappointed in that plumber."],
  ]);
});

describe('"sounds like a <label>": how they came across, plainly', () => {
  rewordingCases([
    ['he sounds like a complete idiot on that podcast', 'he sounds misguided on that podcast'],
    ['Your cousin seemed like a real jerk at dinner.', 'Your cousin seemed unkind at dinner.'],
    ['u sound like a moron rn', 'u sound misguided rn'],
  ]);
});

describe('words for dishonesty: the plain claim, with no "us" the sentence did not have', () => {
  rewordingCases([
    ['the senator is dishonest', 'the senator is not being honest'],
    ['Your accountant was dishonest with us.', 'Your accountant was not honest with us.'],
    ['they were being hypocritical about the rules', 'they were being inconsistent about the rules'],
    ['The coach is hypocritical.', 'The coach is inconsistent.'],
    ['my ex is a lying scum bag', 'my ex is not being honest'],
  ]);
});

describe('"fuck my life" is a sigh at one\'s luck; "fuck me and fuck …" keeps its comma', () => {
  rewordingCases([
    ['spilled coffee on my laptop, fuck my life', 'spilled coffee on my laptop, just my luck'],
    ['The train is late again, fuck my life.', 'The train is late again, just my luck.'],
    ['got another parking ticket and fuck my life', 'got another parking ticket, just my luck'],
    ['fuck me and fuck mondays', 'ugh, and forget mondays'],
    ['Fuck me and fuck this printer.', 'Ugh, and forget this printer.'],
  ]);
});

describe('"how many times do I have to <do something>": what keeps being done stays', () => {
  rewordingCases([
    [
      'How many times do I have to revert your edits before you stop?',
      "I've reverted your edits several times now. I'd like you to stop.",
    ],
    [
      'How many times do we need to fix this bug until you test it properly?',
      "We've fixed this bug several times now. I'd like you to test it properly.",
    ],
    ['how many times do i gotta wash ur dishes', "i've washed ur dishes several times now"],
    // a verb of telling keeps our line
    [
      'how many times do I have to tell you',
      "I know I've mentioned this before, and it really matters to me.",
    ],
  ]);
});

describe('a plain claim said in the negative takes "either" for "too"', () => {
  rewordingCases([
    ['his enemies are unhinged too.', 'his enemies are not making sense either.'],
    ['her lawyer is dishonest too', 'her lawyer is not being honest either'],
    ['The mayor is incompetent too, honestly.', 'The mayor is not up to the job either, honestly.'],
  ]);
});

describe('a slur said to someone, opening the sentence or after a comma, is "dude"', () => {
  rewordingCases([
    ['nigga stop texting me at 3am', 'dude stop texting me at 3am'],
    ['lol you did it, nigga', 'lol you did it, dude'],
    ['that nigga is crazy', 'that guy is crazy'],
  ]);
});

describe('a name for someone as the subject after "this"/"that" becomes the plain noun, never a gap', () => {
  rewordingCases([
    ["unfortunately this bitch doesn't like soda", "unfortunately this person doesn't like soda"],
    ['That bastard never paid me back.', 'That person never paid me back.'],
    ['ugh this asshole keeps parking in my spot', 'ugh this person keeps parking in my spot'],
  ]);
});
