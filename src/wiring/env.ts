// What the composition root takes from outside the app: the clock. Production builds the handlers with the
// system clock (src/index.ts); the local host and the tests build the same handlers with a clock of their own
// (a demo day), so nothing in the app reads the wall clock behind their back.
import type { Clock } from '../shared/clock';

export interface Env {
  readonly clock: Clock;
}
