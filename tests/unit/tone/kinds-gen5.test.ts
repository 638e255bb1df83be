import { describe, expect, it } from 'vitest';
import { first, flagged, rewordsClean } from './kinds';

// gen5 (withdrawal, blame, absolutes): kinds of wording, each with new sentences of its own.
describe('gen5 hostile kinds are flagged and reworded clean', () => {
  it.each([
    ["ugh it's the same thing with you every holiday"],
    ["it's always the same story with you and your mother"],
    ["one more lie and I'm done with this marriage"],
    ["one more excuse and we're through with this relationship"],
    ["do that one more time and you'll be sleeping alone"],
    ["try that again and you'll end up on your own"],
    ['go find yourself another girlfriend'],
    ['you can get yourself a new roommate then'],
    ['im out of this squad, find another healer'],
    ["honestly can't be bothered with u anymore"],
    ['cant be bothered w you'],
    ["i don't want to hear from u until you say sorry"],
    ['dont wanna see you ever again'],
    ["you'll never hear from me"],
    ['try it and you will never see me'],
    ['not picking up your calls so stop'],
    ['not replying to ur texts'],
    ['you did this to the kids'],
    ['look what you did to us'],
    ['this is all your doing'],
    ['thats all ur doing'],
    ['consider me gone. bye'],
    ["i've checked out of this friendship"],
    ['im not wasting one more second on u'],
    ["I'm going to stop trying with you"],
    ['we lost the deposit thanks to your little plan'],
    ["you're the one who lied"],
    ['ur the one who never calls back'],
    ['why is it always me that has to cook'],
    ['why is it never you who apologises first'],
  ])('%s', (text) => {
    expect(flagged(text), text).toBe(true);
    rewordsClean(text);
  });
});

describe('gen5 warm and practical look-alikes pass', () => {
  it.each([
    ["it's the same time with you every week, right?"],
    ["one more week and I'm done with this course!"],
    ["keep it up and you'll be running the place on your own soon"],
    ["do that again and you'll be a pro"],
    ["sign up and you'll never be alone on a trail run again"],
    ["find yourself a new hobby, you'd love pottery"],
    ['you deserve to find yourself a partner who treats you right'],
    ['go find another friend to play with while I finish this call'],
    ["sorry I'm out sick, find another driver for saturday"],
    ["can't be bothered with this printer today"],
    ['cant be bothered with cooking tonight lol'],
    ["I don't want to see you cry"],
    ['i dont want to see you again until christmas lol'],
    ["you'll never see me coming in laser tag"],
    ['not answering my phone today, camping with no signal'],
    ['not answering your calls till 5, in a meeting'],
    ['you did this?? it looks amazing'],
    ['you did this to us?? wow thank you'],
    ["look what you did to the garden, it's incredible"],
    ["this is all your doing and I'm so grateful"],
    ['consider it done, boss'],
    ["you're always in my heart"],
    ['all you ever have to do is text me'],
    ["not spending another minute indoors, let's go to the beach"],
    ["i've checked out of the airbnb, heading home"],
    ['you drove them to the station, thanks'],
    ['you scared them off lol'],
    ['you cost me nothing, the tickets were free lol'],
    ['you cost me a fortune at the bookshop haha'],
    ['thanks for getting me a coffee'],
    ['thanks for getting me into this show'],
    ['thanks to your advice the interview went great'],
    ["you're the one who taught me to knit"],
    ["you're the one who picked this place and it was perfect"],
    ['why is it always me who gets the best gifts lol'],
    ['nobody ever listens to me like you do'],
    ['nobody ever helps me like you, thank you'],
    ["you didn't make a single mistake!"],
    ["you haven't aged a single day"],
    ['the kids are thrilled because of you'],
    ["we're so happy, because of you we won"],
    ["I'm done with the dishes, want to watch something?"],
  ])('passes %s', (text) => {
    expect(flagged(text), text).toBe(false);
  });
});

describe('gen5 rewordings keep what happened', () => {
  it('says the loss and the feeling', () => {
    expect(first('we lost the deposit thanks to your little plan')).toBe(
      "we lost the deposit, and i'm really upset about it",
    );
  });
  it('an ultimatum is said as what matters, the condition with it', () => {
    expect(first("do that one more time and you'll be sleeping alone")).toBe(
      'this really matters to me, and i need us to talk about it',
    );
    expect(first("you'll never hear from me")).toBe("i'm really unhappy and i need us to talk about it");
  });
});
