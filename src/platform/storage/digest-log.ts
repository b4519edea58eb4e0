// The week each person was last mailed the digest: one 'digest-sent' item per person, claimed with ONE conditional
// write (the stored week must still be the one read), so two runs of the job in one week mail nobody twice.
import { kvs, Filter, FilterConditions } from '@forge/kvs';
import { z } from 'zod';
import type { DigestLog } from '../../services/ports/digest';
import { isConditionFailure } from './kvs-errors';

const ENTITY = 'digest-sent';
const Item = z.object({ accountId: z.string(), week: z.string() });
type Item = z.infer<typeof Item>;

const read = async (accountId: string): Promise<Item | undefined> => {
  const raw = await kvs.entity<Item>(ENTITY).get(accountId);
  return raw === undefined ? undefined : Item.parse(raw);
};

export const forgeDigestLog: DigestLog = {
  async claim(accountId, week) {
    const current = await read(accountId);
    if (current?.week === week) return 'already';
    const condition = current
      ? new Filter<Item>().and('week', FilterConditions.equalTo(current.week))
      : new Filter<Item>().and('week', FilterConditions.notExists());
    try {
      await kvs.transact().set<Item>(accountId, { accountId, week }, { entityName: ENTITY, conditions: condition }).execute();
      return 'claimed';
    } catch (e) {
      // Another run claimed it between the read and the write.
      if (isConditionFailure(e)) return 'already';
      throw e;
    }
  },
  async release(accountId, week) {
    const current = await read(accountId);
    if (current?.week !== week) return;
    await kvs.entity<Item>(ENTITY).delete(accountId);
  },
};
