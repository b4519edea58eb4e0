// Strategy editor groups on the admin page: a group added must exist in Jira (asked of Jira as the admin), or the
// save is refused with VALIDATION and nothing is stored; a group kept from before is not asked again.
import { GROUP_LEADERSHIP, GROUP_STRATEGY_EDITORS } from '../../dev/demo/people';
import { demoForge, type DemoForge } from '../support/local-forge';

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

describe('strategy editor groups', () => {
  it('refuses a group Jira does not have, naming it, and stores nothing', async () => {
    const { version, strategyEditorGroups } = await read();
    const before = t.forge.kvs.snapshotJson();
    const out = await save({ strategyEditorGroups: [...strategyEditorGroups, 'strategy-ofice'], expectedVersion: version });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('“strategy-ofice”') } });
    expect(t.forge.kvs.snapshotJson()).toEqual(before);
  });

  it('saves a group Jira has, asking Jira about the new one only', async () => {
    const { version } = await read();
    t.forge.jira.log.reset();
    expect(await save({ strategyEditorGroups: [GROUP_STRATEGY_EDITORS, GROUP_LEADERSHIP], expectedVersion: version })).toMatchObject({ ok: true });
    expect(await read()).toMatchObject({ strategyEditorGroups: [GROUP_STRATEGY_EDITORS, GROUP_LEADERSHIP], version: version + 1 });
    const asked = t.forge.jira.log.entries().filter((e) => e.path === '/rest/api/3/group/bulk');
    expect(asked.map((e) => new URLSearchParams(e.query).getAll('groupName'))).toEqual([[GROUP_LEADERSHIP]]);
    expect(asked[0]!.actor.kind).toBe('user');
  });

  it('does not ask again about a group kept from before, so one deleted in Jira does not block other changes', async () => {
    const { version } = await read();
    const groupAsks = () => t.forge.jira.log.count({ pathPrefix: '/rest/api/3/group/bulk' });
    const asked = groupAsks();
    expect(await save({ strategyEditorGroups: [], expectedVersion: version })).toMatchObject({ ok: true });
    expect(groupAsks()).toBe(asked);
  });
});
