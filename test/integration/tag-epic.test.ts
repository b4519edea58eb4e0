// Tagging an epic through the real panel resolver: written as the user, so Jira's edit permission decides.
import { demoForge, hasTag, isEpic, type DemoForge, type PersonaId } from '../support/local-forge';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import type { GoalContext } from '../../src/shared/api/panel';
import type { JiraIssue } from '@throughline/local-forge/jira';

const MODULE = 'throughline-goal-panel';
let t: DemoForge;

const call = (persona: PersonaId, functionKey: string, key: string, payload: Record<string, unknown> = {}) =>
  t.as(persona, { moduleKey: MODULE, functionKey, payload: { issue: key, ...payload }, extension: { issue: { key } } });

const live = (key: string): JiraIssue => t.forge.jira.state.issues.find((i) => i.key === key)!;
const mirrorOf = async (issueId: string) => {
  const snap = t.forge.kvs.snapshot();
  return snap.entities['epic-tag']?.[issueId]?.value;
};

beforeEach(async () => {
  t = await demoForge();
});

describe('tagging an epic', () => {
  it('lets the lead tag an epic of their project, stores the property and the mirror, and a story then shows it', async () => {
    const epic = t.issue((i) => isEpic(i) && !hasTag(i) && i.key.startsWith('INS-'));
    const out = await call('lead', 'panel/tag-epic', epic.key, { goalId: 'g-dashboards-v3', level: 'project' });
    expect(out).toMatchObject({ ok: true, data: { source: 'epic', epicTag: { goalId: 'g-dashboards-v3', level: 'project' } } });
    expect(live(epic.key).properties[EPIC_TAG_PROPERTY]).toEqual({ goalId: 'g-dashboards-v3', level: 'project' });
    expect(await mirrorOf(epic.id)).toMatchObject({ goalId: 'g-dashboards-v3' });
    const story = t.issue((i) => i.parentId === epic.id);
    const c = (await call('member', 'panel/context', story.key)).data as GoalContext;
    expect(c.chain[0]).toMatchObject({ id: 'g-dashboards-v3' });
  });

  it('keeps the epic’s own leader and manager, shown by name on its stories', async () => {
    const epic = t.issue((i) => isEpic(i) && !hasTag(i) && i.key.startsWith('INS-'));
    const [leader, manager] = [t.demo.jira.users[6]!, t.demo.jira.users[7]!];
    const out = await call('lead', 'panel/tag-epic', epic.key, {
      goalId: 'g-dashboards-v3',
      level: 'project',
      leaderId: leader.accountId,
      managerId: manager.accountId,
    });
    expect(out.ok).toBe(true);
    expect(live(epic.key).properties[EPIC_TAG_PROPERTY]).toEqual({
      goalId: 'g-dashboards-v3',
      level: 'project',
      leaderId: leader.accountId,
      managerId: manager.accountId,
    });
    const story = t.issue((i) => i.parentId === epic.id);
    const c = (await call('member', 'panel/context', story.key)).data as GoalContext;
    expect(c.epic).toMatchObject({ leader: { displayName: leader.displayName }, manager: { displayName: manager.displayName } });
  });

  it('makes the tagged epic findable by JQL through the manifest’s search aliases', async () => {
    const epic = t.issue((i) => isEpic(i) && !hasTag(i) && i.key.startsWith('INS-'));
    await call('lead', 'panel/tag-epic', epic.key, { goalId: 'g-dashboards-v3', level: 'project' });
    const search = async (jql: string) => {
      const res = await t.forge.jira.fetch({ kind: 'user', accountId: t.demo.personas[2]!.accountId }, '/rest/api/3/search/jql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ jql, fields: ['summary'], maxResults: 100 }),
      });
      return ((await res.json()) as { issues: { key: string }[] }).issues.map((i) => i.key);
    };
    expect(await search('throughlineGoal = "g-dashboards-v3"')).toContain(epic.key);
    expect(await search('throughlineLevel = "project" AND project = INS')).toContain(epic.key);
    expect(await search('throughlineGoal = "g-grow-arr"')).not.toContain(epic.key);
  });

  it('offers the lead tagging on their epic but not on a Sales epic they can only read', async () => {
    const insEpic = t.issue((i) => isEpic(i) && i.key.startsWith('INS-'));
    const salesEpic = t.issue((i) => isEpic(i) && i.key.startsWith('SALES-'));
    expect(((await call('lead', 'panel/context', insEpic.key)).data as GoalContext).canTagEpic).toBe(true);
    expect(((await call('lead', 'panel/context', salesEpic.key)).data as GoalContext).canTagEpic).toBe(false);
  });

  it('refuses the lead tagging another project’s epic with FORBIDDEN, and changes nothing', async () => {
    const epic = t.issue((i) => isEpic(i) && hasTag(i) && i.key.startsWith('SALES-'));
    const before = structuredClone(live(epic.key).properties);
    const mirrorBefore = await mirrorOf(epic.id);
    const out = await call('lead', 'panel/tag-epic', epic.key, { goalId: 'g-dashboards-v3', level: 'project' });
    expect(out).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(live(epic.key).properties).toEqual(before);
    expect(await mirrorOf(epic.id)).toEqual(mirrorBefore);
  });

  it('answers NOT_FOUND to the outsider on an epic they cannot browse, and changes nothing', async () => {
    const epic = t.issue((i) => isEpic(i) && i.key.startsWith('INS-'));
    const before = structuredClone(live(epic.key).properties);
    const out = await call('outsider', 'panel/tag-epic', epic.key, { goalId: 'g-dashboards-v3', level: 'project' });
    expect(out).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(live(epic.key).properties).toEqual(before);
  });

  it.each([
    ['an archived-or-unknown goal', { goalId: 'g-does-not-exist', level: 'project' }],
    ['a level above the goal', { goalId: 'g-dashboards-v3', level: 'functional' }],
    ['a strategy level that is not a level of work', { goalId: 'g-dashboards-v3', level: 'nonsense' }],
    ['a 65-character goal id', { goalId: 'g'.repeat(65), level: 'project' }],
  ])('refuses %s with VALIDATION and changes nothing', async (_name, payload) => {
    const epic = t.issue((i) => isEpic(i) && hasTag(i) && i.key.startsWith('INS-'));
    const before = structuredClone(live(epic.key).properties);
    const out = await call('lead', 'panel/tag-epic', epic.key, payload);
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(live(epic.key).properties).toEqual(before);
  });

  it('refuses to tag a story: only epics carry the tag', async () => {
    const story = t.issue((i) => !isEpic(i) && i.key.startsWith('INS-') && i.parentId !== undefined);
    const out = await call('lead', 'panel/tag-epic', story.key, { goalId: 'g-dashboards-v3', level: 'project' });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(live(story.key).properties[EPIC_TAG_PROPERTY]).toBeUndefined();
  });

  it('clears a tag, after which the project goal shows instead', async () => {
    const epic = t.issue((i) => isEpic(i) && hasTag(i) && i.key.startsWith('INS-'));
    const out = await call('lead', 'panel/clear-epic-tag', epic.key);
    expect(out).toMatchObject({ ok: true, data: { source: 'project', epicTag: null } });
    expect(live(epic.key).properties[EPIC_TAG_PROPERTY]).toBeUndefined();
    expect(await mirrorOf(epic.id)).toBeUndefined();
  });
});

describe('tagging an epic when Jira stops answering after the write', () => {
  it('answers with the tag written, shown as written, when reading the epic again fails', async () => {
    const epic = t.issue((i) => isEpic(i) && !hasTag(i) && i.key.startsWith('INS-'));
    const jira = t.forge.jira;
    const real = jira.fetch.bind(jira);
    let written = false;
    jira.fetch = async (actor, path, init) => {
      if (written && (init?.method ?? 'GET') === 'GET' && path.startsWith(`/rest/api/3/issue/${epic.key}`))
        return new Response('{"errorMessages":["busy"]}', { status: 503 });
      const res = await real(actor, path, init);
      if (init?.method === 'PUT' && path.includes('/properties/') && res.status < 300) written = true;
      return res;
    };
    try {
      const out = await call('lead', 'panel/tag-epic', epic.key, { goalId: 'g-dashboards-v3', level: 'project' });
      expect(out.ok).toBe(true);
      expect((out.data as GoalContext).chain[0]).toMatchObject({ id: 'g-dashboards-v3' });
    } finally {
      jira.fetch = real;
    }
    expect(live(epic.key).properties[EPIC_TAG_PROPERTY]).toEqual({ goalId: 'g-dashboards-v3', level: 'project' });
  });
});
