// The invocation context (who acts, for which module) follows each invocation through everything it awaits, stays
// apart between invocations under way at once, and is gone once the last one has ended (the store is then off).
import { currentInvocation, runInvocation } from '../../src/runtime/forge-globals';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

describe('runInvocation', () => {
  it('keeps each of two concurrent invocations’ context through its awaits', async () => {
    const seen: string[] = [];
    const one = (accountId: string) =>
      runInvocation({ moduleKey: 'm', accountId }, async () => {
        for (let i = 0; i < 3; i++) {
          await tick();
          seen.push(`${accountId}:${currentInvocation()?.accountId}`);
        }
        return currentInvocation()?.accountId;
      });
    await expect(Promise.all([one('a'), one('b')])).resolves.toEqual(['a', 'b']);
    expect(seen.filter((s) => s.split(':')[0] !== s.split(':')[1])).toEqual([]);
    expect(seen).toHaveLength(6);
  });

  it('is seen by no code once the invocations have ended, and comes back with the next', async () => {
    await runInvocation({ moduleKey: 'm', accountId: 'a' }, async () => {
      await tick();
      expect(currentInvocation()?.accountId).toBe('a');
    });
    expect(currentInvocation()).toBeUndefined();
    await tick();
    expect(currentInvocation()).toBeUndefined();
    await expect(runInvocation({ moduleKey: 'n' }, async () => currentInvocation()?.moduleKey)).resolves.toBe('n');
  });

  it('keeps a longer invocation’s context when a shorter one ends first', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const long = runInvocation({ moduleKey: 'long', accountId: 'l' }, async () => {
      await gate;
      await tick();
      return currentInvocation()?.accountId;
    });
    await runInvocation({ moduleKey: 'short', accountId: 's' }, async () => tick());
    release();
    await expect(long).resolves.toBe('l');
  });

  it('ends an invocation that throws like one that returns', async () => {
    await expect(runInvocation({ moduleKey: 'm' }, async () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(currentInvocation()).toBeUndefined();
  });
});
