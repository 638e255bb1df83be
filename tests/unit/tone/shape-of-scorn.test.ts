import { describe, expect, it } from 'vitest';
import { analyze, applySuggestion } from '../../../lib/tone/index';
import { suggestionProblems } from './helpers';

/** Flagged at balanced with `category`; every finding has a suggestion that clears it and adds nothing. */
function flagsAs(text: string, category: string): void {
  const a = analyze(text);
  expect(a.flagged, text).toBe(true);
  expect(
    a.findings.map((f) => f.category),
    text,
  ).toContain(category);
  for (const f of a.findings) {
    const ok = f.suggestions.some((s) => suggestionProblems(text, a, f, s, 'balanced', 'edit').length === 0);
    expect(ok, `${text}: ${f.suggestions.map((s) => applySuggestion(text, s)).join(' || ')}`).toBe(true);
  }
}

const reword = (text: string) => {
  const f = analyze(text).findings[0];
  const s = f?.suggestions[0];
  return s ? applySuggestion(text, s) : text;
};

describe('labels made of a comparison or an age', () => {
  it.each([
    ['what are you, seven?', 'contempt'],
    ['what r u 10 years old', 'contempt'],
    ['what are you, a toddler?', 'contempt'],
    ['what are you, my dad?', 'contempt'],
    ['u sound exactly like my mum right now', 'contempt'],
    ['you talk like my boss when you do that', 'contempt'],
    ['ur behaving like a 3 year old', 'contempt'],
    ["you're such a massive drama queen lmao", 'contempt'],
    ['stop bein such a crybaby', 'talking-down'],
  ])('%s', (text, category) => flagsAs(text, category));

  it('keeps the rest of the sentence', () => {
    expect(reword('You sound like my mother when you say that')).toBe('I feel lectured when you say that');
  });
});

describe('brushing the other person off', () => {
  it.each([
    ['who asked lol', 'contempt'],
    ['Ok and? Nobody asked.', 'contempt'],
    ['did anyone ask? no', 'contempt'],
    ['i didnt ask', 'contempt'],
    ['cool story bruh', 'contempt'],
    ['nice story dude', 'contempt'],
    ['thats not my problem tbh', 'withdrawal'],
    ['sounds like a you problem', 'withdrawal'],
    ['spare me your excuses', 'contempt'],
    ['save your breath', 'contempt'],
    ['save it for someone who cares', 'contempt'],
    ['Save it, I already know what you think.', 'contempt'],
    ['hmm. cool story', 'contempt'],
    ['and who asked u anyway', 'contempt'],
    ["that's your problem, not mine", 'withdrawal'],
  ])('%s', (text, category) => flagsAs(text, category));

  it('takes the lecture with the comparison', () => {
    expect(reword('You sound like my mom nagging me.')).toBe('I feel lectured.');
  });

  it('offers a respectful boundary', () => {
    expect(reword('Who asked tho')).toBe("I'd rather not get into this right now.");
    expect(reword('Nobody asked you.')).toMatch(/rather/);
  });
});

describe('rhetorical and sarcastic scorn', () => {
  it.each([
    ['are u even reading my texts', 'contempt'],
    ['imagine believing that lol', 'contempt'],
    ['great job ruining the surprise', 'contempt'],
    ['thanks a bunch for forgetting me', 'contempt'],
    ['*slow clap*', 'contempt'],
    ['yet another of your genius plans', 'contempt'],
    ['ok sure, chief', 'contempt'],
    ['Obviously not, genius.', 'contempt'],
    ['thanks a lot, really helpful 🙄', 'contempt'],
    ['whatever you say, pal', 'contempt'],
    ['do you not understand that?', 'contempt'],
    ["don't you get it", 'contempt'],
    ['who are u to tell me how to live', 'contempt'],
    ['what kind of friend says that', 'contempt'],
    ['why on earth did you buy that', 'contempt'],
    ['you seem really immature', 'contempt'],
    ["you're still being so selfish.", 'contempt'],
    ['why are you so pressed', 'talking-down'],
    ['why are you getting so upset lol', 'talking-down'],
    ['stay mad', 'contempt'],
    ['You realize the store closes at 5, right?', 'talking-down'],
  ])('%s', (text, category) => flagsAs(text, category));

  it('keeps the claim of a "you know …, right?"', () => {
    expect(reword("You know that's illegal, right?")).toBe("I think that's illegal.");
  });

  it('turns praise for a failure into the feeling, keeping what happened', () => {
    expect(reword('Good job breaking it')).toBe("I'm upset that you broke it.");
    expect(reword('Wow, thanks for ruining dinner, great job.')).toBe("I'm upset about how dinner went.");
  });
});

describe('talking down', () => {
  it.each([
    ['omg relax it was a joke', 'talking-down'],
    ['chill bro its not that serious', 'talking-down'],
    ['Relax.', 'talking-down'],
    ['calm down lol', 'talking-down'],
    ['calm dwn', 'talking-down'],
    ['Honey, that is not how taxes work.', 'talking-down'],
    ['you obviously dont understand what i mean', 'talking-down'],
    ['let me dumb it down for you', 'talking-down'],
    ["I'll use small words so you can follow", 'talking-down'],
    ["you need to calm down, it's a game", 'talking-down'],
  ])('%s', (text, category) => flagsAs(text, category));

  it('keeps what was being talked about', () => {
    expect(reword("Honey, you clearly don't understand how money works.")).toBe(
      'I think we see how money works differently.',
    );
    expect(reword('Let me explain this slowly so you can follow.')).toBe(
      'Let me try to explain this better.',
    );
  });

  it('leaves out a patronising endearment', () => {
    expect(reword("Sweetie, that's not how any of this works.")).toBe("That's not how any of this works.");
  });
});

describe('the same shapes in warm, practical or self-directed messages pass', () => {
  it.each([
    "that's so stupid of me, sorry!",
    "I'm such an idiot sometimes",
    'I need to calm down before I reply',
    "I'm trying to calm down, give me a minute",
    "let's relax this weekend",
    "take a breath, it's going to be okay",
    'relax, you did great, we are proud of you',
    'just relax and enjoy the trip',
    'you can relax now, the exam is over',
    'who does that job at your company?',
    'what is wrong with the printer?',
    'who asked for extra cheese?',
    'nobody asked me to the party so I stayed in',
    'did you ask her about saturday?',
    'thanks a lot, really helpful!',
    'thanks for missing me ❤️',
    'good job fixing the sink',
    'great job finishing the race!',
    'what a cool story, thanks for sharing',
    'great story!',
    'not my problem anymore, I handed it off 🎉',
    "it's not my problem to solve but I'm happy to help",
    'what are you up to?',
    'what are you two doing tonight?',
    'what are you, a wizard? amazing',
    'you sound like you had fun',
    'my son is acting like a 2 year old again, so cute haha',
    'imagine being on a beach right now',
    'sweetie, dinner is ready',
    "honey, don't forget your keys",
    'could you explain it slowly? I am new to this',
    'they dumbed it down for the kids in the museum',
    'are you even allowed to park there?',
    'ok champ, sleep well!',
    'I get that you clearly know a lot about this, thank you',
    'why are you so upset? what happened?',
    'you know I love you, right?',
    'do you not want dessert?',
    'how on earth did you do that so fast? amazing!',
    'you seem really happy lately',
    'stay warm out there',
    'what kind of cake do you want?',
    'who asked you to the wedding? I want to know everything',
    "that's your problem set for tomorrow, right?",
  ])('%s', (text) => expect(analyze(text).flagged, JSON.stringify(analyze(text).findings)).toBe(false));
});
