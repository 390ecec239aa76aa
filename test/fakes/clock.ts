import type { Clock } from '../../src/gas/services';

/** Time that moves only when told: sleeping, or a fake service taking its time. */
export class FakeClock implements Clock {
  readonly sleeps: number[] = [];

  /** 08:00 on 15/01/2026 in the tests' time zone (Asia/Ho_Chi_Minh). */
  constructor(public time = new Date(2026, 0, 15, 8, 0).getTime()) {}

  now(): number {
    return this.time;
  }

  sleep(milliseconds: number): void {
    this.sleeps.push(milliseconds);
    this.time += milliseconds;
  }

  advance(milliseconds: number): void {
    this.time += milliseconds;
  }
}
