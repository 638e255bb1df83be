import { describe, expect, it, vi } from 'vitest';
import { answerThrough } from '../../../lib/messaging/send';

describe('answerThrough', () => {
  it('answers through sendResponse once the promise resolves, and keeps the channel open', async () => {
    const listener = answerThrough((m) => (m === 'status' ? Promise.resolve({ state: 'none' }) : undefined));
    const sendResponse = vi.fn();
    expect(listener('status', {}, sendResponse)).toBe(true);
    expect(sendResponse).not.toHaveBeenCalled();
    await Promise.resolve();
    expect(sendResponse).toHaveBeenCalledExactlyOnceWith({ state: 'none' });
  });

  it('leaves a message it does not answer to other frames', () => {
    const sendResponse = vi.fn();
    expect(answerThrough(() => undefined)('other', {}, sendResponse)).toBeUndefined();
    expect(sendResponse).not.toHaveBeenCalled();
  });

  it('answers later when the answer comes later (the top frame says "none" after a moment)', async () => {
    vi.useFakeTimers();
    try {
      const listener = answerThrough(() => new Promise((r) => setTimeout(() => r('late'), 150)));
      const sendResponse = vi.fn();
      expect(listener('x', {}, sendResponse)).toBe(true);
      await vi.advanceTimersByTimeAsync(149);
      expect(sendResponse).not.toHaveBeenCalled();
      await vi.advanceTimersByTimeAsync(1);
      expect(sendResponse).toHaveBeenCalledExactlyOnceWith('late');
    } finally {
      vi.useRealTimers();
    }
  });
});
