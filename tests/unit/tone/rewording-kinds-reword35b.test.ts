/**
 * Rewording kinds of helper reword35 (session 35), read as the person receiving them (the file
 * rewording-kinds-reword35.test.ts is an older round's). A name said with its describing words is
 * reworded as one phrase: "son of a bitch" is one name ("that lying person", "he's really mean",
 * "ugh"), never "son of a pain"; "one <describing word> <name>" after a copula says how much
 * ("she is really nosy"), never "she is one"; a name with its describing word after a comma at the
 * end goes with them ("he took my seat"), never "…, greedy". Sayings with a name or a swear in them
 * are said whole in plain words ("you are what you do", "in deep trouble"), never one word swapped
 * ("misguided is as does", "up things creek"). "stupidity" after a word that says what kind is
 * "foolishness" ("racial foolishness"), never "racial poor judgment". A label for someone chosen
 * ("we elected an idiot") is "the wrong person"; "any idiot" is "anyone"; "an idiot who" is
 * "someone who"; "that moron of a manager" is "that manager". A two-word label said to "you" keeps
 * its point ("you are taking this loss hard"), never only our feeling. A list of labels goes whole
 * ("he's not being honest", never "…and a cheat and a fraud"). "this shit hard" keeps a noun
 * ("this stuff hard"). Examples written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/tone/index';
import { first, rewordingCases } from './kinds';

const cases = rewordingCases;

describe('"son of a bitch" is one name, reworded whole', () => {
  cases([
    ['that lying son of a bitch stole my bike', 'that disappointing person stole my bike'],
    ['my landlord is a greedy son of a bitch', 'my landlord is greedy'],
    ["he's a son of a bitch", "he's out of line"],
    ['those sons of bitches lied', 'those people lied'],
    ['what a son of a bitch', 'what a pain'],
    ["you're one lucky son of a bitch", "you're really lucky"],
    ['son of a bitch, i forgot my keys', 'ugh, i forgot my keys'],
  ]);
  it.each(['the son of a bitch took it', 'he is a son of a bitch', 'sons of bitches everywhere'])(
    'never "son of a pain" nor "sons of people": %s',
    (text) => {
      expect(first(text)).not.toMatch(/\bsons? of (?:a )?(?:pain|person|people|rude)/);
    },
  );
});

describe('"one" + describing word + name after a copula says how much', () => {
  cases([
    ['my neighbour is one nosy bitch', 'my neighbour is really nosy'],
    ["he's one selfish prick", "he's really selfish"],
    ['that is one ugly motherfucker', 'that is really ugly'],
    ['he is one arrogant bastard', 'he is out of line'],
  ]);
  it.each(['she was one crazy bitch', 'my boss is one cheap bastard'])('never ends on "one": %s', (text) => {
    expect(first(text)).not.toMatch(/\bone(?: \w+)?$/);
  });
});

describe('a name with its describing word after a comma at the end goes with them', () => {
  cases([
    ['he took my seat, greedy bastard', 'he took my seat'],
    ['she ate my lunch, selfish bitch.', 'she ate my lunch.'],
    ['ok thanks, dumb bitch', 'ok thanks'],
  ]);
});

describe('a saying is said whole, never one word swapped', () => {
  cases([
    ['well, stupid is as stupid does', 'well, you are what you do'],
    [
      'like my dad says, a fool and his money are soon parted',
      "like my dad says, money doesn't last long when you're careless",
    ],
    ["there's no fool like an old fool, grandpa", "age doesn't always bring wisdom, grandpa"],
    ['Fools rush in where angels fear to tread.', 'Rushing in is risky.'],
    ['fool me once, shame on you', "i won't fall for the same trick twice"],
    ["we're up shit creek without a paddle", "we're in deep trouble"],
    ["don't let the bastards grind you down", "don't let them wear you down"],
    ['time to shit or get off the pot', 'time to decide or step aside'],
  ]);
  it('a saying not flagged stays as it is', () => {
    expect(analyze('lies, damn lies and statistics').flagged).toBe(false);
  });
});

describe('"stupidity" after a word that says what kind: one noun', () => {
  cases([
    ['that was pure racial stupidity', 'that was pure racial foolishness'],
    ['this is bureaucratic idiocy', 'this is bureaucratic foolishness'],
    ['so much corporate stupidity in one meeting', 'so much corporate foolishness in one meeting'],
  ]);
});

describe('a label in a slot that says who: the word English uses there', () => {
  cases([
    ['we elected an idiot', 'we elected the wrong person'],
    ['they promoted a total moron', 'they promoted the wrong person'],
    ['they put an idiot in charge', 'they put the wrong person in charge'],
    ['any idiot can see that', 'anyone can see that'],
    ["he's an idiot who never listens", "he's someone who never listens"],
    ['that moron of a manager yelled again', 'that manager yelled again'],
    ['she married an idiot and a cheat', 'she married the wrong person'],
    ['he acts like an idiot online', 'he acts badly online'],
    ['a lazy idiot is running the team', 'someone is running the team'],
    ['an idiot keeps parking here', 'someone keeps parking here'],
    ['she was a total moron online', 'she was out of line online'],
  ]);
});

describe('a two-word label said to "you" keeps its point', () => {
  cases([
    ['you are one sore loser', 'you are taking this loss hard'],
    ["man, you're such a sore loser!", "man, you're taking this loss hard!"],
    [
      "you're a control freak and everyone knows it",
      "you're holding on to control too tightly and everyone knows it",
    ],
    ['You’re such a crybaby about this', 'You’re getting really upset about this'],
    ['ur such a drama queen about the dishes', 'ur making a big deal about the dishes'],
    ['you are such a drama queen', 'you are making this bigger than it is'],
  ]);
  it('a label with nothing to say about "about" keeps the feeling', () => {
    expect(first("you're a sore loser about it")).not.toMatch(/loss hard about/);
  });
  it('a list of a label and "a <describing word> person" is no one label', () => {
    expect(first('ur a bully and a coward')).not.toBe('ur a timid person');
  });
});

describe('a list of labels goes whole', () => {
  cases([
    ["he's a liar and a cheat and a fraud", "he's not being honest"],
    ['they are liars, cheats and thieves', "they aren't being honest"],
  ]);
  it('a noun that is no label stays', () => {
    expect(first('he is a liar and a father of two')).toMatch(/and a father of two$/);
  });
});

describe('"this shit" + describing word: a noun stays', () => {
  cases([
    ['this shit hard bro', 'this stuff hard bro'],
    ['that shit fire', 'that stuff fire'],
    ['this shit is hard', 'this is hard'],
  ]);
});

describe('"gay" strengthened by "ass" before a thing: "lame"', () => {
  cases([
    ['i hate that gay ass song', 'i hate that lame song'],
    ['that was some gay ass shit', 'that was some lame stuff'],
  ]);
  it('a person who is gay stays gay', () => {
    expect(first('my gay ass friends came over')).toBe('my gay friends came over');
  });
});
