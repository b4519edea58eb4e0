// Clocks for the local Forge: the app, the emulators and the app's seeding agree on one "now". A DayClock
// starts at noon UTC of a given day and moves on with the monotonic clock (never the wall clock), so a test run
// that takes minutes stays on its day whatever the date is; `setDay` moves it to another day (a test of
// tomorrow's job), `advance` forward by a duration.
import { performance } from 'node:perf_hooks';

/** What the local Forge, its emulators and an app's composition root agree on: "now". */
export interface Clock {
  now(): Date;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class DayClock implements Clock {
  private origin = 0;
  private startedAt = 0;

  constructor(
    day: string,
    private readonly elapsedMs: () => number = () => performance.now(),
  ) {
    this.setDay(day);
  }

  now(): Date {
    return new Date(this.origin + (this.elapsedMs() - this.startedAt));
  }

  /** The day `now()` is on, 'YYYY-MM-DD' in UTC. */
  today(): string {
    return this.now().toISOString().slice(0, 10);
  }

  /** From now on the clock reads noon UTC of `day`, moving on from there. */
  setDay(day: string): void {
    const t = Date.parse(`${day}T12:00:00.000Z`);
    if (!DAY.test(day) || Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== day) throw new Error(`not a day: '${day}'`);
    this.origin = t;
    this.startedAt = this.elapsedMs();
  }

  advance(ms: number): void {
    this.origin += ms;
  }
}
