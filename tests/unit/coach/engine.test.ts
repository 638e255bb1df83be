import { describe, expect, it } from 'vitest';
import { CoachEngine, type RewordModule } from '../../../lib/coach/engine';
import { analyze, detect } from '../../../lib/tone';

describe('CoachEngine', () => {
  it('detects until the whole engine is loaded, then analyses with it', async () => {
    let calls = 0;
    const engine = new CoachEngine(async () => {
      calls++;
      return { analyze };
    });
    expect(engine.full).toBe(false);
    expect(engine.analyze).toBe(detect);
    const seen: boolean[] = [];
    engine.onFull(() => seen.push(engine.full));
    await Promise.all([engine.load(), engine.load()]);
    await engine.load();
    expect(calls).toBe(1);
    expect(engine.full).toBe(true);
    expect(engine.analyze).toBe(analyze);
    // Listeners run once, before load() resolves, with the whole engine in place.
    expect(seen).toEqual([true]);
  });

  it('may be asked again after a failed load', async () => {
    let fail = true;
    const engine = new CoachEngine(async (): Promise<RewordModule> => {
      if (fail) throw new Error('not injected');
      return { analyze };
    });
    await expect(engine.load()).rejects.toThrow('not injected');
    expect(engine.full).toBe(false);
    fail = false;
    await engine.load();
    expect(engine.full).toBe(true);
  });

  it('keeps going when a listener throws', async () => {
    const engine = new CoachEngine(async () => ({ analyze }));
    let second = false;
    engine.onFull(() => {
      throw new Error('boom');
    });
    engine.onFull(() => {
      second = true;
    });
    await engine.load();
    expect(second).toBe(true);
  });
});
