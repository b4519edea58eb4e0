// Injected trouble: latency on every call, 429s (every Nth call or until a time), 5xx every Nth call, and Jira
// down from the Nth call on (for sweeping a write's steps), with the headers Jira sends (Retry-After,
// X-RateLimit-Reset, RateLimit-Reason).
import { errorBody, type Reply } from './http';
import type { JiraFaults } from './types';

export class FaultInjector {
  private faults: JiraFaults = {};
  private calls = 0;

  /** Replaces the faults and restarts the "every Nth call" count. */
  set(faults: JiraFaults): void {
    this.faults = { ...faults };
    this.calls = 0;
  }

  get current(): JiraFaults {
    return { ...this.faults };
  }

  get latencyMs(): number {
    return Math.max(0, this.faults.latencyMs ?? 0);
  }

  /** Counts one call and answers the fault it meets, if any. */
  next(now: number): Reply | undefined {
    this.calls += 1;
    const f = this.faults;
    const every = (n: number | undefined): boolean => n !== undefined && n > 0 && this.calls % n === 0;
    if (f.rateLimitUntil !== undefined && now < f.rateLimitUntil) {
      const seconds = f.retryAfterSeconds ?? Math.max(1, Math.ceil((f.rateLimitUntil - now) / 1000));
      return rateLimited(seconds, now);
    }
    if (f.downFrom !== undefined && f.downFrom > 0 && this.calls >= f.downFrom) {
      const status = f.downStatus ?? 500;
      return status === 429 ? rateLimited(f.retryAfterSeconds ?? 1, now) : serverError(status, f.retryAfterSeconds);
    }
    if (every(f.rateLimitEvery)) return rateLimited(f.retryAfterSeconds ?? 1, now);
    if (every(f.serverErrorEvery)) return serverError(f.serverErrorStatus ?? 503, f.retryAfterSeconds);
    return undefined;
  }
}

const serverError = (status: number, retryAfterSeconds: number | undefined): Reply => {
  const headers: Record<string, string> = status === 503 ? { 'Retry-After': String(retryAfterSeconds ?? 1) } : {};
  const message = status === 503 ? 'Service Unavailable' : 'Internal server error';
  return { status, body: errorBody([message]), headers };
};

const rateLimited = (seconds: number, now: number): Reply => ({
  status: 429,
  body: errorBody(['Rate limit exceeded.']),
  headers: {
    'Retry-After': String(seconds),
    'X-RateLimit-Reset': new Date(now + seconds * 1000).toISOString(),
    'RateLimit-Reason': 'jira-burst-based',
  },
});
