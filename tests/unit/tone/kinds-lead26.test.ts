/**
 * The twenty-sixth session's lead, from its own probes: an occasion the reader turned into what
 * nobody wanted ("you turned a simple dinner into a fight"), and whoever the reader turned against
 * the writer ("you turned my own sister against me"; only a listed few people were read before).
 * Our own sentences in several registers; warm twins share the words and must pass.
 */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../../../lib/tone/index';
import { kind } from './kinds';

kind(
  'an occasion the reader turned into what nobody wanted ("you turned dinner into a fight")',
  'blame',
  [
    'You turned a simple dinner into a fight.',
    'you turned my birthday into a disaster',
    "you've turned every family dinner into an argument",
    'you turned a quick chat into a total nightmare',
    'u turned our holiday into a nightmare and u dont even see it',
    'you made christmas into a competition again',
    'Honestly you turned the group project into a circus',
  ],
  [
    'you turned my worst day into a good one',
    'you turned a disaster into a win!',
    'you turned the garage into a gym, so cool',
    'you turned my little idea into a whole festival, thank you',
    'did you turn the spare room into an office?',
    'I turned the meeting into a mess, sorry',
    "you never turned anything into a fight, you're the calm one",
    'you turned my kitchen into a disaster zone with that cake lol',
    'she turned the kids into little chefs',
  ],
);

kind(
  'whoever the reader turned against the writer ("you turned my own sister against me")',
  'blame',
  [
    'you turned my own sister against me',
    "you've set half the office against us",
    'You turned our neighbours against me with your lies.',
    'you turned both kids against me',
  ],
  [
    'she turned the kids against me',
    'you turned my sister against me? no way, she loves you',
    'you turned the sofa around against the wall, nice',
    'we turned the tide against them, thanks to you',
  ],
);

describe('the rewording keeps what the occasion became and drops who did it', () => {
  it('says the writer is upset that it went that way', () => {
    expect(rewrite('You turned a simple dinner into a fight.').text).toBe(
      "I'm really upset that a simple dinner turned into a fight.",
    );
    expect(rewrite('you made christmas into a competition again').text).toBe(
      "i'm really upset that christmas turned into a competition again",
    );
  });
});
