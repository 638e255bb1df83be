import { describe, expect, it } from 'vitest';
import { CoachEngine, type RewordModule } from '../../../lib/coach/engine';
import { analyze, detect } from '../../../lib/tone';

describe('CoachEngine', () => {
  it('detects until the whole engine is loaded, then analyses with it', async () => {
    let calls = 0;
    let released = 0;
    const engine = new CoachEngine(
      detect,
      async () => {
        calls++;
        return { analyze };
      },
      () => released++,
    );
    expect(engine.full).toBe(false);
    expect(engine.analyze).toBe(detect);
    const seen: boolean[] = [];
    engine.onFull(() => seen.push(engine.full));
    await Promise.all([engine.load(), engine.load()]);
    await engine.load();
    expect(calls).toBe(1);
    expect(engine.full).toBe(true);
    expect(engine.analyze).toBe(analyze);
    // The detection bundle is let go once, so the frame does not keep two engines.
    expect(released).toBe(1);
    // Listeners run once, before load() resolves, with the whole engine in place.
    expect(seen).toEqual([true]);
  });

  it('may be asked again after a failed load, and keeps detecting meanwhile', async () => {
    let fail = true;
    let released = 0;
    const engine = new CoachEngine(
      detect,
      async (): Promise<RewordModule> => {
        if (fail) throw new Error('not injected');
        return { analyze };
      },
      () => released++,
    );
    await expect(engine.load()).rejects.toThrow('not injected');
    expect(engine.full).toBe(false);
    expect(engine.analyze).toBe(detect);
    expect(released).toBe(0);
    fail = false;
    await engine.load();
    expect(engine.full).toBe(true);
  });

  it('keeps going when a listener throws', async () => {
    const engine = new CoachEngine(
      detect,
      async () => ({ analyze }),
      () => undefined,
    );
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

  it('whole: an engine with rewordings from the start (extension pages)', async () => {
    const engine = CoachEngine.whole(analyze);
    expect(engine.full).toBe(true);
    expect(engine.analyze).toBe(analyze);
    await engine.load();
    expect(engine.analyze('You make me sick', {}).findings[0]?.suggestions.length).toBeGreaterThan(0);
  });
});
