/**
 * `fn` as a handler that never throws into the page: an error (a field or DOM that changed under
 * us) is logged at debug level and the coach carries on.
 */
export function guarded<A extends unknown[]>(fn: (...args: A) => void): (...args: A) => void {
  return (...args) => {
    try {
      fn(...args);
    } catch (err) {
      console.debug('[Soft Start]', err);
    }
  };
}
