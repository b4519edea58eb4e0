// Retrying Jira calls: honour Retry-After, back off with jitter, and always stop.
import { retryAfterMs, withRetry, type RetryPolicy } from './retry';

const res = (status: number, retryAfter?: string) => ({
  status,
  headers: { get: (n: string) => (n.toLowerCase() === 'retry-after' ? (retryAfter ?? null) : null) },
});

const policy = (over: Partial<RetryPolicy> = {}): RetryPolicy & { slept: number[] } => {
  const slept: number[] = [];
  return {
    maxAttempts: 4,
    baseDelayMs: 100,
    maxDelayMs: 2_000,
    sleep: async (ms) => void slept.push(ms),
    random: () => 0.5,
    remainingMs: () => 60_000,
    slept,
    ...over,
  };
};

describe('calling Jira with retries', () => {
  it('waits as long as Retry-After says, then succeeds', async () => {
    const answers = [res(429, '2'), res(200)];
    const p = policy();
    const out = await withRetry(async () => answers.shift()!, p);
    expect(out.status).toBe(200);
    expect(p.slept).toEqual([2_000]);
  });

  it('backs off exponentially with jitter when no Retry-After is given', async () => {
    const answers = [res(503), res(503), res(503), res(200)];
    const p = policy();
    await withRetry(async () => answers.shift()!, p);
    expect(p.slept).toEqual([50, 100, 200]);
  });

  it('gives up after maxAttempts and returns the last answer', async () => {
    let calls = 0;
    const p = policy();
    const out = await withRetry(async () => (calls++, res(429, '0')), p);
    expect(out.status).toBe(429);
    expect(calls).toBe(4);
  });

  it('does not retry what retrying cannot fix', async () => {
    let calls = 0;
    await withRetry(async () => (calls++, res(404)), policy());
    expect(calls).toBe(1);
  });

  it('returns at once when the wait would not fit in the invocation', async () => {
    let calls = 0;
    const p = policy({ remainingMs: () => 1_500 });
    const out = await withRetry(async () => (calls++, res(429, '5')), p);
    expect(out.status).toBe(429);
    expect(calls).toBe(1);
    expect(p.slept).toEqual([]);
  });

  it.each([
    ['3', 3_000],
    ['0', 0],
    [null, undefined],
    ['soon', undefined],
  ])('reads Retry-After %p as %p ms', (header, ms) => {
    expect(retryAfterMs(header)).toBe(ms);
  });

  it('reads an HTTP-date Retry-After relative to now', () => {
    const now = Date.parse('2026-11-28T10:00:00Z');
    expect(retryAfterMs('Sat, 28 Nov 2026 10:00:07 GMT', now)).toBe(7_000);
  });
});
