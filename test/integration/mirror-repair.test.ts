// A tagging that stopped between Jira and storage is repaired by the hourly reconcile: it checks every epic's
// mirror against Jira's property. It never copies into the mirror a property naming a restricted goal that the
// mirror does not already name, nor one naming a goal that does not exist.
import { demoForge, accountOf, hasTag, isEpic, type DemoForge } from '../support/local-forge';

const RECONCILE = 'throughline-reconcile-rollups';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const put = async (epicId: string, body: unknown) => {
  const res = await t.forge.jira.fetch({ kind: 'user', accountId: accountOf('lead') }, `/rest/api/3/issue/${epicId}/properties/throughline-alignment`, {
    method: body === undefined ? 'DELETE' : 'PUT',
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
};
const mirror = (epicId: string) => (t.forge.kvs.snapshot().entities['epic-tag']?.[epicId]?.value as { record: { tag: unknown } } | undefined)?.record;
const reconcile = () => t.forge.runScheduledTrigger(RECONCILE);

describe('the hourly reconcile and the epic-tag mirrors', () => {
  it('writes the mirror of a tag whose mirror write never happened', async () => {
    const epic = t.issue((i) => isEpic(i) && !hasTag(i) && i.key.startsWith('INS-'));
    await put(epic.id, { goalId: 'g-dashboards-v3', level: 'project' });
    expect(mirror(epic.id)).toBeUndefined();
    await reconcile();
    expect(mirror(epic.id)).toMatchObject({ issueId: epic.id, projectId: epic.projectId, tag: { goalId: 'g-dashboards-v3', level: 'project' } });
    const story = t.issue((i) => i.parentId === epic.id);
    const panel = await t.as('member', {
      moduleKey: 'throughline-goal-panel',
      functionKey: 'panel/context',
      payload: { issue: story.key },
      extension: { issue: { key: story.key } },
    });
    expect(JSON.stringify(panel)).toContain('g-dashboards-v3');
  });

  it('drops the mirror of an epic whose property is gone', async () => {
    const epic = t.issue((i) => isEpic(i) && hasTag(i) && i.key.startsWith('INS-'));
    expect(mirror(epic.id)).toBeDefined();
    await put(epic.id, undefined);
    await reconcile();
    expect(mirror(epic.id)).toBeUndefined();
  });

  it('never mirrors a property naming the restricted goal that the app did not write', async () => {
    const epic = t.issue((i) => isEpic(i) && !hasTag(i) && i.key.startsWith('INS-'));
    await put(epic.id, { goalId: 'g-atlas-integration', level: 'project' });
    await reconcile();
    expect(mirror(epic.id)).toBeUndefined();
  });

  it('never mirrors a property naming a goal that does not exist, so the panel answers for it as for a hidden goal', async () => {
    const panel = async (key: string) =>
      t.as('member', { moduleKey: 'throughline-goal-panel', functionKey: 'panel/context', payload: { issue: key }, extension: { issue: { key } } });
    const ghost = t.issue((i) => isEpic(i) && !hasTag(i) && i.key.startsWith('INS-'));
    const hidden = t.issue((i) => isEpic(i) && !hasTag(i) && i.key.startsWith('INS-') && i.id !== ghost.id);
    await put(ghost.id, { goalId: 'g-nobody-000000', level: 'project' });
    await put(hidden.id, { goalId: 'g-atlas-integration', level: 'project' });
    await reconcile();
    expect([mirror(ghost.id), mirror(hidden.id)]).toEqual([undefined, undefined]);
    const answer = async (key: string) => {
      const out = (await panel(key)) as { ok: true; data: { source: string; epicTag: unknown } };
      return [out.data.source, out.data.epicTag];
    };
    expect(await answer(ghost.key)).toEqual(await answer(hidden.key));
  });

  it('drops a mirror that names a goal the catalog does not hold', async () => {
    const epic = t.issue((i) => isEpic(i) && hasTag(i) && i.key.startsWith('INS-'));
    const stored = t.forge.kvs.snapshot().entities['epic-tag']![epic.id]!.value as { goalId: string; record: { tag: { goalId: string } } };
    await put(epic.id, { goalId: 'g-nobody-000000', level: 'project' });
    const { kvs } = await import('@forge/kvs');
    await kvs
      .entity('epic-tag')
      .set(epic.id, { ...stored, goalId: 'g-nobody-000000', record: { ...stored.record, tag: { ...stored.record.tag, goalId: 'g-nobody-000000' } } });
    await reconcile();
    expect(mirror(epic.id)).toBeUndefined();
  });
});
