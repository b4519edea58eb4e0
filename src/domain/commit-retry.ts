// The one read–decide–commit loop. A versioned save reads what it depends on, decides, and commits in ONE
// conditional write; when another writer committed first the condition fails and the step runs again from the
// read, a bounded number of times. Losing a race is not an error; losing every race is the caller's CONFLICT.

/** What one try of a step ended with: committed (with its result) or beaten by another writer. */
export type Attempt<T> = { committed: true; value: T } | { committed: false };

export const committed = <T>(value: T): Attempt<T> => ({ committed: true, value });
export const beaten: Attempt<never> = { committed: false };

export const DEFAULT_ATTEMPTS = 3;

/** Runs `step` until it commits; after `maxAttempts` lost races, throws what `exhausted` makes. */
export const commitOnVersion = async <T>(
  step: (attempt: number) => Promise<Attempt<T>>,
  exhausted: () => Error,
  maxAttempts = DEFAULT_ATTEMPTS,
): Promise<T> => {
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    const outcome = await step(attempt);
    if (outcome.committed) return outcome.value;
  }
  throw exhausted();
};
