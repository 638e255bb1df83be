/**
 * One hidden class made first, on purpose (see `claimInteropShape`).
 *
 * V8 shares hidden classes, and the descriptor arrays behind them, between every bundle of one
 * isolated world. The bundler's CommonJS interop (`__toESM`) makes each CommonJS package's namespace
 * object the same way: `Object.create(Object.prototype)`, a `default` data property, then one getter
 * a property. The detection bundle has one (obscenity's). Made first, it owns the descriptor array of
 * that shape's first step, which later namespace objects (the card's React) keep, getters and all; a
 * getter's scope is its bundle's, so the whole detection engine stayed reachable after the coach let
 * it go (`npm run bench:page -- --heap`: 6.9 MB added instead of 4.6; tests/e2e/memory.spec.ts).
 * The coach bundle, injected before the detection and kept for the frame's life, makes that first
 * step first: the detection's namespace object then branches off with descriptors of its own, which
 * go when it goes.
 */
export function claimInteropShape(): object {
  const o = Object.create(Object.prototype) as object;
  Object.defineProperty(o, 'default', { value: null, enumerable: true });
  Object.defineProperty(o, 'softStartShape', { get: () => 0, enumerable: true });
  return o;
}
