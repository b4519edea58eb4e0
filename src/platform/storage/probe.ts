// A storage health probe: writes, reads back and deletes one key, to prove app storage works end to end.
import { kvs } from '@forge/kvs';

export interface StoragePort {
  roundTrip(): Promise<void>;
}

const PROBE_KEY = 'health:probe';

export const forgeStorageProbe: StoragePort = {
  async roundTrip() {
    const token = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    await kvs.set(PROBE_KEY, { token });
    const back = await kvs.get<{ token: string }>(PROBE_KEY);
    await kvs.delete(PROBE_KEY);
    if (back?.token !== token) throw new Error('storage returned a different value than was written');
  },
};
