// The admin page's health check: who you are, and whether Jira and the app's storage answer. The storage check
// writes (a key set, read and deleted), so only a Jira admin makes the app do it; anyone else calling the admin
// page's resolver (the product shows that page to Jira admins alone) is told so, and nothing is written.
import type { AdminStatus } from '../../src/shared/api/admin';
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

/** The status as the persona, and the storage writes the call made. */
const status = async (persona: PersonaId) => {
  const from = t.forge.kvs.log.count();
  const out = await t.as(persona, { moduleKey: 'throughline-admin', functionKey: 'admin/status', payload: {} });
  const writes = t.forge.kvs.log.entries(from).filter((e) => !/get|query|batch-get/.test(e.op));
  return { data: out.data as AdminStatus | undefined, ok: out.ok, writes };
};

describe('the admin page’s status', () => {
  it('checks storage for the exec, a Jira admin, by writing, reading and deleting a key', async () => {
    const { ok, data, writes } = await status('exec');
    expect(ok).toBe(true);
    expect(data?.you).toMatchObject({ isJiraAdmin: true });
    expect(data?.storage).toMatchObject({ reachable: true, detail: 'Write, read and delete succeeded' });
    expect(data?.jira.reachable).toBe(true);
    expect(writes.length).toBeGreaterThan(0);
  });

  it.each<PersonaId>(['lead', 'member', 'outsider'])('makes no storage write for %s, who is no Jira admin, and checks Jira as them', async (persona) => {
    const before = t.forge.kvs.snapshotJson();
    const { ok, data, writes } = await status(persona);
    expect(ok).toBe(true);
    expect(data?.you).toMatchObject({ isJiraAdmin: false });
    expect(data?.storage).toBeNull();
    expect(data?.jira.reachable).toBe(true);
    expect(writes).toEqual([]);
    expect(t.forge.kvs.snapshotJson()).toBe(before);
  });
});
