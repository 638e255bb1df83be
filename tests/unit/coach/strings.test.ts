import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COACH_MESSAGES } from '../../../lib/coach/card-strings';

const messages = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

describe('coach strings', () => {
  it('has every in-page string in messages.json, with the same English text', () => {
    for (const [key, text] of Object.entries(COACH_MESSAGES)) {
      expect(messages[`coach_${key}`]?.message, key).toBe(text);
    }
  });

  it('declares a placeholder for every $NAME$ in a message', () => {
    for (const [key, entry] of Object.entries(messages)) {
      for (const [, name] of entry.message.matchAll(/\$(\w+)\$/g)) {
        expect(entry.placeholders?.[String(name).toLowerCase()], `${key} $${name}$`).toBeDefined();
      }
    }
  });
});
