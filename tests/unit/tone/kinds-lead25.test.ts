/**
 * The twenty-fifth session's lead: a habit told to stop by what comes if it goes on ("keep texting
 * me and I'm calling the police", "if you keep doing this, I'm telling mum"). recall30's threats
 * read the lead "or", "if you don't" and "unless you"; "keep <doing> and …" was missed. Our own
 * sentences in three registers; warm twins share the words and must pass.
 */
import { describe, expect, it } from 'vitest';
import { rewrite } from '../../../lib/tone/index';
import { kind } from './kinds';

const HOSTILE = [
  "keep texting me and I'm calling the police",
  "Keep sending me these messages and I'll report you.",
  "if you keep doing this, I'm telling mum",
  'If you keep missing standup I am escalating this to your manager.',
  'keep spamming the lobby and im reporting you',
];
const WARM = [
  "keep going and I'll come over to help",
  "keep walking and I'll come round to meet you halfway",
  "keep practicing and you'll get there",
  "keep asking and I'll tell you everything lol",
  "Keep sending the photos and I'll make an album for Grandma!",
];

kind(
  'a habit told to stop by the threat if it goes on ("keep texting me and I\'m calling…")',
  'withdrawal',
  HOSTILE,
  WARM,
);

describe('the rewording asks for the habit to stop and drops the threat', () => {
  it('keeps the habit', () => {
    expect(rewrite("Keep sending me these messages and I'll report you.").text).toBe(
      'Please stop sending me these messages. This really matters to me.',
    );
  });
});
