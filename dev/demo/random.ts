// A tiny seeded PRNG (mulberry32) and calendar helpers, so the demo organisation is the same on every run.

/** mulberry32: a 32-bit seeded generator returning floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  /** A float in [0, 1). */
  float(): number {
    return this.next();
  }
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('Rng.pick: empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  /** Symmetric noise in [-amplitude, amplitude]. */
  noise(amplitude: number): number {
    return (this.next() * 2 - 1) * amplitude;
  }
}

/** Derives an independent stream from a base seed and a label, so adding data in one place does not reshuffle another. */
export function seedFor(base: number, label: string): number {
  let h = base >>> 0;
  for (let i = 0; i < label.length; i++) {
    h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  }
  return h;
}

// ---- calendar days, always in UTC ----

const DAY_MS = 86_400_000;

export function parseDay(day: string): Date {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`not a day (YYYY-MM-DD): ${day}`);
  const d = new Date(`${day}T00:00:00.000Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day) throw new Error(`not a calendar day: ${day}`);
  return d;
}

export function formatDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return formatDay(new Date(parseDay(day).getTime() + days * DAY_MS));
}

/** Adds calendar months, clamping the day to the end of a shorter month (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const d = parseDay(day);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return formatDay(new Date(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay))));
}

export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS);
}

/** An ISO timestamp on the given day at the given minute of the (UTC) working day, starting 08:00. */
export function timestamp(day: string, minuteOfWorkday = 60): string {
  const minutes = 8 * 60 + Math.max(0, Math.min(10 * 60 - 1, Math.round(minuteOfWorkday)));
  return new Date(parseDay(day).getTime() + minutes * 60_000).toISOString();
}

export function yearOf(day: string): number {
  return parseDay(day).getUTCFullYear();
}
