// Everyone a write names as a leader or manager is a Jira user: an account id Jira does not know (a typo, or a
// forged id named like an object member) is VALIDATION on its field and nothing is written, wherever people are
// named: a goal, a sub-goal, a proposal, an epic's tag, a project's alignment. Someone already named who has since
// left Jira does not block other changes.
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import type { Goal } from '../../src/shared/model/goal';
import { demoForge, hasTag, isEpic, type DemoForge, type PersonaId } from '../support/local-forge';
import { subGoal } from './proposals-fixture';
import { goalInput } from './write-cases';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const strategy = (persona: PersonaId, functionKey: string, payload: unknown) => t.as(persona, { moduleKey: 'throughline-strategy', functionKey, payload });
const refusedOn = (field: string) => ({ ok: false, error: { code: 'VALIDATION', details: [{ path: field, message: 'No Jira user has this account id' }] } });

const newGoal = (over: Record<string, unknown> = {}) => ({ ...goalInput, ...over });

describe('a leader or manager Jira does not know', () => {
  it.each(['constructor', '__proto__', 'toString', '712020:nobody-here'])('is refused on a new goal (%s), and no goal is stored', async (id) => {
    const before = t.forge.kvs.snapshotJson();
    expect(await strategy('exec', 'catalog/create', { input: newGoal({ leaderId: id }) })).toMatchObject(refusedOn('input.leaderId'));
    expect(t.forge.kvs.snapshotJson()).toBe(before);
  });

  it('is refused on a sub-goal added or proposed, and on an epic’s tag; nothing is written', async () => {
    const before = t.forge.kvs.snapshotJson();
    expect(await strategy('lead', 'goals/add-sub-goal', { parentId: 'g-product-differentiation', input: subGoal({ managerId: 'valueOf' }) })).toMatchObject(
      refusedOn('input.managerId'),
    );
    expect(await strategy('member', 'goals/propose', { parentId: 'g-product-differentiation', input: subGoal({ leaderId: 'toString' }) })).toMatchObject(
      refusedOn('input.leaderId'),
    );
    const epic = t.issue((i) => isEpic(i) && !hasTag(i) && i.key.startsWith('INS-'));
    const tag = await t.as('member', {
      moduleKey: 'throughline-goal-panel',
      functionKey: 'panel/tag-epic',
      payload: { issue: epic.key, goalId: 'g-dashboards-v3', level: 'project', leaderId: 'constructor' },
      extension: { issue: { key: epic.key } },
    });
    expect(tag).toMatchObject(refusedOn('leaderId'));
    expect(t.forge.jira.state.issues.find((i) => i.id === epic.id)!.properties[EPIC_TAG_PROPERTY]).toBeUndefined();
    expect(t.forge.kvs.snapshotJson()).toBe(before);
  });

  it('is refused on a project’s alignment, which stays as it was', async () => {
    const before = t.forge.kvs.snapshotJson();
    const out = await t.as('exec', {
      moduleKey: 'throughline-project-settings',
      functionKey: 'project-tag/save',
      payload: { project: 'DOCS', level: 'process', goalId: 'g-customer-onboarding', leaderId: null, managerId: 'hasOwnProperty', expectedVersion: 0 },
      extension: { project: { key: 'DOCS' } },
    });
    expect(out).toMatchObject(refusedOn('managerId'));
    expect(t.forge.kvs.snapshotJson()).toBe(before);
  });

  it('does not block editing a goal whose leader has since left Jira; naming someone unknown instead is refused', async () => {
    const leader = t.demo.jira.users[5]!.accountId;
    const made = (await strategy('exec', 'catalog/create', { input: newGoal({ leaderId: leader }) })).data as Goal;
    t.forge.jira.state.users = t.forge.jira.state.users.filter((u) => u.accountId !== leader);
    const renamed = await strategy('exec', 'catalog/update', {
      id: made.id,
      expectedVersion: made.version,
      input: newGoal({ leaderId: leader, title: 'Win more of the mid-market' }),
    });
    expect(renamed).toMatchObject({ ok: true, data: { title: 'Win more of the mid-market', leaderId: leader } });
    const swapped = await strategy('exec', 'catalog/update', {
      id: made.id,
      expectedVersion: (renamed.data as Goal).version,
      input: newGoal({ leaderId: leader, managerId: '712020:nobody-here' }),
    });
    expect(swapped).toMatchObject(refusedOn('input.managerId'));
  });
});
