/**
 * One window at a time per plan. Two windows (or browser tabs) editing the same plan
 * would each save changes the other has not loaded, and compaction in one could drop
 * the other's. A Web Lock held while a plan is open prevents that; the lock is released
 * when the plan is closed or the window goes away.
 */
export type ReleaseLock = () => void;

export async function lockPlan(planId: string): Promise<ReleaseLock | null> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  // Without the Locks API (old browsers, tests) there is no second window to guard against.
  if (!locks) return () => undefined;
  return new Promise<ReleaseLock | null>((resolve) => {
    void locks.request(`rbm-plan:${planId}`, { ifAvailable: true }, (lock) => {
      if (!lock) {
        resolve(null);
        return undefined;
      }
      return new Promise<void>((release) => resolve(() => release()));
    });
  });
}
