// Calls Jira with bounded retries: honours Retry-After on 429 and 503, otherwise backs off exponentially with
// full jitter. Never loops unbounded and never sleeps past the invocation's remaining time.
export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
  /** Time left in this invocation; retries stop when a wait would not fit. */
  remainingMs: () => number;
}

export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 5_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
  remainingMs: () => Number.POSITIVE_INFINITY,
};

const RETRYABLE = new Set([429, 502, 503, 504]);

/** Seconds in Retry-After (or an HTTP date) as milliseconds; undefined when absent or unreadable. */
export const retryAfterMs = (header: string | null, now = Date.now()): number | undefined => {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
};

interface StatusResponse {
  status: number;
  headers: { get(name: string): string | null };
}

export const withRetry = async <R extends StatusResponse>(call: () => Promise<R>, policy: RetryPolicy = defaultRetryPolicy): Promise<R> => {
  let response = await call();
  for (let attempt = 1; attempt < policy.maxAttempts && RETRYABLE.has(response.status); attempt++) {
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1)) * policy.random();
    const wait = retryAfterMs(response.headers.get('retry-after')) ?? backoff;
    // A wait we cannot afford is worse than reporting the limit now.
    if (wait > policy.maxDelayMs * 4 || wait + 1_000 > policy.remainingMs()) return response;
    await policy.sleep(wait);
    response = await call();
  }
  return response;
};
