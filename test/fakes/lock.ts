import type { LockLike } from '../../src/gas/services';

/**
 * LockService's document lock (Apps Script reference, class Lock): tryLock answers false while
 * another execution holds it (`heldElsewhere`), and false too when this execution already holds
 * it, which is stricter than the real lock (re-entrant there) so that code never nests locks.
 */
export class FakeLock implements LockLike {
  held = false;
  acquired = 0;
  released = 0;
  /** How long each tryLock was told to wait, in milliseconds. */
  readonly waits: number[] = [];

  /** @param heldElsewhere another run holds the lock, so every tryLock fails. */
  constructor(public heldElsewhere = false) {}

  tryLock(timeoutInMillis: number): boolean {
    this.waits.push(timeoutInMillis);
    if (this.heldElsewhere || this.held) return false;
    this.held = true;
    this.acquired++;
    return true;
  }

  releaseLock(): void {
    this.held = false;
    this.released++;
  }
}
