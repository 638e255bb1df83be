/**
 * A queue of async tasks run one after another (one per stored model in the background, the
 * single writer): each task reads, changes and writes with no other write in between, so two
 * writers at once never lose a write. A failing task rejects its own promise only.
 */
export function serial(): <T>(task: () => Promise<T>) => Promise<T> {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const result = tail.then(task, task);
    tail = result.catch(() => undefined);
    return result;
  };
}
