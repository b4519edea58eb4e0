// Versioned saves are one conditional write: concurrent saves of the admin settings from the same version, with
// storage slow enough that every read happens before any write, leave exactly one acknowledged and the rest CONFLICT.
import { GROUP_CONTRACTORS, GROUP_DEAL_TEAM, GROUP_GO_TO_MARKET, GROUP_LEADERSHIP, GROUP_STAFF } from '../../dev/demo/people';
import { demoForge, type DemoForge } from '../support/local-forge';

const GROUPS = [GROUP_STAFF, GROUP_LEADERSHIP, GROUP_DEAL_TEAM, GROUP_CONTRACTORS, GROUP_GO_TO_MARKET];

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const save = (payload: unknown) => t.as('exec', { moduleKey: 'throughline-admin', functionKey: 'admin/save-settings', payload });
const read = async () =>
  (
    (await t.as('exec', { moduleKey: 'throughline-admin', functionKey: 'admin/settings', payload: {} })).data as {
      settings: { version: number; strategyEditorGroups: string[] };
    }
  ).settings;

describe('saving the admin settings concurrently', () => {
  it('acknowledges one of ten saves from the same version, answers the others CONFLICT, and stores the one acknowledged', async () => {
    const { version } = await read();
    t.forge.kvs.setFaults({ latencyMs: 30 });
    // Ten different lists of groups that exist in the demo's Jira (a group Jira does not have is refused).
    const lists = Array.from({ length: 10 }, (_, i) => [GROUPS[i % GROUPS.length]!, GROUPS[(i + 1 + Math.floor(i / GROUPS.length)) % GROUPS.length]!]);
    const outs = await Promise.all(lists.map((strategyEditorGroups) => save({ strategyEditorGroups, expectedVersion: version })));
    t.forge.kvs.setFaults({});
    const won = outs.flatMap((o, i) => (o.ok ? [i] : []));
    expect(won).toHaveLength(1);
    for (const o of outs.filter((x) => !x.ok)) expect(o).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await read()).toMatchObject({ version: version + 1, strategyEditorGroups: lists[won[0]!] });
  });

  it('still saves one change after another', async () => {
    const { version } = await read();
    expect(await save({ progressRule: 'status-weighted', expectedVersion: version })).toMatchObject({ ok: true });
    expect(await save({ progressRule: 'issues-done', expectedVersion: version + 1 })).toMatchObject({ ok: true });
    expect(await save({ progressRule: 'issues-done', expectedVersion: version })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await read()).version).toBe(version + 2);
  });
});
