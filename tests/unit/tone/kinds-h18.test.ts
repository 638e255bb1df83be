import { describe, expect, it } from 'vitest';
import { rewrite } from '../../../lib/tone/index';
import { flagged, kindsFigures, kindsRows, rewordsClean } from './kinds';

describe('verdicts on how they act', () => {
  it.each([
    ['the way u talk to me is so disrespectful'],
    ['the way you spoke to my mum was disgusting'],
    ['your effort is a joke'],
    ['ur excuses are pathetic tbh'],
    ['our relationship is a farce'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(true);
    rewordsClean(text);
  });
  it('keeps what they do and says what it does to the speaker', () => {
    expect(rewrite('the way you talk to me is pathetic').text).toBe('the way you talk to me really hurts me');
    expect(rewrite('Your attitude is a joke.').text).toBe('Your attitude really upsets me.');
    expect(rewrite('your excuses are a joke').text).toBe('your excuses really upset me');
  });
  it.each([
    ['the way you talk to the kids is so sweet'],
    ['the way you laugh is adorable'],
    ['this traffic is a joke'],
    ['your joke is the best lol'],
    ['your attitude is amazing today'],
    ["the way you handled that wasn't pathetic at all, you did great"],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe("others' verdicts, comparisons", () => {
  it.each([
    ['my nan always said u were bad news'],
    ['my friends all told me you were useless'],
    ['my cousin’s wife would never talk to him like that'],
    ['any decent boyfriend would text back'],
    ['my dog listens better than you do'],
    ['a five year old is more mature than you'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(true);
    rewordsClean(text);
  });
  it('a yardstick becomes the request', () => {
    expect(rewrite('a real man would apologise').text).toBe("i'd really like it if you could apologise");
  });
  it.each([
    ['my dad always said you were good for me'],
    ['my mom always said you were the sweetest'],
    ['I always said you were trouble lol love you'],
    ['any decent boyfriend would be proud of you'],
    ['my husband would love that'],
    ["my sister's husband would never miss her birthday, he's so sweet"],
    ['your dog is better behaved than mine'],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('exasperation, threats, patterns', () => {
  it.each([
    ["you've gotta be kidding me"],
    ['keep it up and see what happens'],
    ['keep lying to me and watch what happens'],
    ["you're gonna regret this, trust me"],
    ['why do u keep doing this to me'],
    ['you keep talking to me like this'],
    ["you're sending me round the bend"],
    ['what on earth is wrong with u'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(true);
    rewordsClean(text);
  });
  it('a threat with its tag is reworded whole', () => {
    expect(rewrite("you'll regret this, I promise you").text).toBe(
      "I'm really upset about this, and it matters to me.",
    );
    expect(rewrite('keep ignoring me and watch what happens').text).toBe(
      'please stop ignoring me. it really matters to me',
    );
  });
  it.each([
    ["you've got to be joking, that's amazing news!!"],
    ['you have got to try this cake'],
    ['keep practising and see what happens!'],
    ['keep it up and you will get a promotion'],
    ["you won't regret it, trust me"],
    ['you keep doing this amazing thing where you remember everything'],
    ['what on earth is wrong with the printer'],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('what matters to them, whether they listen, whether they care', () => {
  it.each([
    ['all that matters to u is ur phone'],
    ['the only thing that matters to you is work'],
    ['you dont hear a word i say'],
    ['u never listen to a single thing i tell u'],
    ['you couldnt care less if i was gone'],
    ["you don't even care if i'm hurting"],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(true);
    rewordsClean(text);
  });
  it('keeps what matters to them', () => {
    expect(rewrite('all that matters to you is money').text).toBe(
      'it feels like money matters more to you than i do',
    );
    expect(rewrite('all that matters to you is your friends').text).toBe(
      'it feels like your friends matter more to you than i do',
    );
  });
  it.each([
    ['all that matters to me is you'],
    ["all that matters is you're safe"],
    ["you don't care if I bring a friend?"],
    ["you don't care if I'm late? ok great"],
    ['you never miss a word, you are such a good listener'],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('regret', () => {
  it.each([
    ['i wish we had never met'],
    ['we should never have got together'],
    ['i wasted my best years on someone so lazy'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(true);
    rewordsClean(text);
  });
  it.each([
    ['i wish we had met sooner'],
    ["i wish we'd never met lol jk love u"],
    ['i wasted the whole day on netflix lol'],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('hyphenated labels', () => {
  it.each([
    ["you're so two-faced"],
    ['ur so self-centred'],
    ['stop being so pig-headed'],
    ['you are completely brain-dead'],
    ['you are being really narrow-minded'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(true);
    rewordsClean(text);
  });
  it('the label becomes the feeling', () => {
    expect(rewrite("you're so two-faced, I heard what you said").text).toBe(
      "I feel like you're saying different things to different people, I heard what you said",
    );
  });
  it.each([
    ["you're so good-looking"],
    ["you're so kind-hearted"],
    ['my self-centred boss did it again'],
    ["you're not two-faced, you're just shy"],
    ['two faced cards are on the table'],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('the kinds set (tests/fixtures/corpus/kinds-h18.tsv)', () => {
  const rows = kindsRows('kinds-h18.tsv');
  it('flags nearly every hostile message and few warm ones', () => {
    const { recall, falseAlarms } = kindsFigures(rows);
    expect(recall).toBeGreaterThanOrEqual(0.92);
    expect(falseAlarms).toBeLessThanOrEqual(0.05);
  });
});

describe('leaving as the threat, a shouted "pick up"', () => {
  it.each([
    ["do that again and I'm gone"],
    ['say that one more time and im out'],
    ['PICK UP THE PHONE'],
    ['PICK UP!!'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(true);
    rewordsClean(text);
  });
  it('the act they are warned off is kept', () => {
    expect(rewrite("say that again and I'm gone").text).toBe(
      "Please don't say that again. It really matters to me.",
    );
  });
  it.each([
    ["do that again and I'm buying you dinner lol"],
    ["play it again and I'm gone, love this song 😍"],
    ['PICK UP SOME MILK ON THE WAY HOME PLS ❤️'],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('capitals with hearts, a verdict word heading a compound', () => {
  it.each([['CALL ME WHEN YOU LAND ❤️'], ["you're a joke teller now?"]])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
  it.each([['CALL ME BACK NOW'], ["you're a joke, honestly"]])('%s', (text) => {
    expect(flagged(text), text).toBe(true);
  });
});
