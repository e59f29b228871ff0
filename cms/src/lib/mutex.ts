/**
 * In-process mutual exclusion per key: a promise chain, so waiting costs nothing and order is arrival order. One
 * map per process, not per bundle: the admin (App Router) and the intake's Pages routes load this module apart.
 */
const tails: Map<string, Promise<unknown>> = ((globalThis as { [key: symbol]: Map<string, Promise<unknown>> })[Symbol.for('lawpoint.mutex')] ??= new Map())

export async function withLock<T>(key: string, fn: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve()
  let release!: () => void
  const mine = new Promise<void>((r) => (release = r))
  const tail = previous.then(() => mine)
  tails.set(key, tail)
  await previous
  try {
    return await fn()
  } finally {
    release()
    if (tails.get(key) === tail) tails.delete(key)
  }
}
