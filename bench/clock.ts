// The bench's hold on time. The local runtime tells an invocation how long it has left from Date.now(), so a
// scenario that simulates time (the reconcile's summed latency, the slowed clock of a scaled latency run) swaps
// Date.now() for its own clock while it runs. The emulators took their clocks when they were created and keep
// real time.
export const withDateNow = async <T>(now: () => number, f: () => Promise<T>): Promise<T> => {
  const real = Date.now;
  Date.now = now;
  try {
    return await f();
  } finally {
    Date.now = real;
  }
};
