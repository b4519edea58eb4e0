// The environment of the app on a real site: the platform's clock.
import { systemClock } from '../platform/clock';
import type { Env } from './env';

export const productionEnv: Env = { clock: systemClock };
