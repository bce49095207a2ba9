/** Raised when the browser refuses to store more: the reader must free space. */
export class StoreFullError extends Error {
  override name = 'StoreFullError';
  constructor(cause?: unknown) {
    super(
      "Tallymark's storage is full: the browser refused to store more. Nothing was changed. " +
        'Free space by deleting outlets or the bundled corpus in the options page.',
      { cause },
    );
  }
}

/** True when `e` (or an error it wraps, as Dexie does) is IndexedDB's quota error. */
export function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const err = cur as { name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
    if (err.name === 'QuotaExceededError' || err.name === 'StoreFullError') return true;
    if (Array.isArray(err.failures) && err.failures.some(isQuotaError)) return true;
    cur = err.inner ?? err.cause;
  }
  return false;
}

/** Runs a store write, turning a quota error into `StoreFullError`. */
export async function guardQuota<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (isQuotaError(e)) throw e instanceof StoreFullError ? e : new StoreFullError(e);
    throw e;
  }
}
