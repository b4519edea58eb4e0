// Injected storage trouble through the real @forge/kvs: errors and timeouts on chosen operations, every Nth call,
// answered before the operation runs, so a failed write stores nothing.
import { ForgeKvsAPIError, kvs, useEmulator } from './harness';

describe('injected storage faults', () => {
  it('fails every Nth call of the chosen operations with the status asked for, and stores nothing', async () => {
    const emu = useEmulator();
    await kvs.set('a', 1);
    emu.setFaults({ errorEvery: 2, errorStatus: 503, ops: ['set'] });
    await kvs.set('b', 2); // the 1st set since the switch: passes
    await expect(kvs.set('c', 3)).rejects.toBeInstanceOf(ForgeKvsAPIError); // the 2nd: fails
    expect(await kvs.get('a')).toBe(1); // reads are not among the chosen operations
    expect(await kvs.get('c')).toBeUndefined();
    expect(emu.log.entries().map((e) => `${e.op} ${e.status}`)).toEqual(['set 204', 'set 204', 'set 503', 'get 200', 'get 404']);
  });

  it('times a call out after the delay asked for, with nothing stored, and switches off with {}', async () => {
    const emu = useEmulator();
    emu.setFaults({ timeoutEvery: 1, timeoutMs: 30, ops: ['set'] });
    expect(emu.faults).toEqual({ timeoutEvery: 1, timeoutMs: 30, ops: ['set'] });
    await expect(kvs.set('slow', 1)).rejects.toMatchObject({ code: 'GATEWAY_TIMEOUT' });
    emu.setFaults({});
    expect(await kvs.get('slow')).toBeUndefined();
    await kvs.set('slow', 2);
    expect(await kvs.get('slow')).toBe(2);
  });

  it('fails only the chosen step when asked for errorAt', async () => {
    const emu = useEmulator();
    emu.setFaults({ errorAt: 2 });
    await kvs.set('one', 1);
    await expect(kvs.set('two', 2)).rejects.toBeInstanceOf(ForgeKvsAPIError);
    await kvs.set('three', 3);
    expect([await kvs.get('one'), await kvs.get('two'), await kvs.get('three')]).toEqual([1, undefined, 3]);
  });
});
