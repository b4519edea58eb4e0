// The platform's clock: the one place production code reads the wall clock. The composition root hands it to
// the use cases (src/wiring); the local host and the tests hand in a clock of their own instead.
import type { Clock } from '../shared/clock';

export type { Clock };
export const systemClock: Clock = { now: () => new Date() };
