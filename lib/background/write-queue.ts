// The pages' writes the background answered before they settled (a page's
// verdicts do not wait for its write: see `judgeThenStore`). Every other
// question to the store waits for them first, so the popup, the options page,
// a backup or a delete never see the store without a page already answered;
// a write that fails is reported to whoever `track` was given.
export interface WriteQueue {
  /** Keep `written` until it settles; on failure, `onFailed` is told (it must not throw; if it does, that is ignored). */
  track(written: Promise<void>, onFailed: (error: unknown) => void): void;
  /** Settles when every write tracked so far has settled (failed ones too); writes tracked later are not waited for (no starving). */
  idle(): Promise<void>;
  /** Writes not settled yet. */
  readonly size: number;
}

export function createWriteQueue(): WriteQueue {
  const pending = new Set<Promise<void>>();
  return {
    track(written, onFailed) {
      const settled: Promise<void> = written.then(
        () => undefined,
        (e: unknown) => {
          try {
            onFailed(e);
          } catch {
            // the report is best effort; the store is as the failed write left it (unchanged)
          }
        },
      );
      pending.add(settled);
      void settled.then(() => pending.delete(settled));
    },
    async idle() {
      await Promise.all([...pending]);
    },
    get size() {
      return pending.size;
    },
  };
}
