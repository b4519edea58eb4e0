// "As of" moves after a change, on every surface that shows it: the Alignment tab, a goal's page (its work, the
// subtree read), the Gaps tab and the project page say when the latest change they show was counted, so a change
// counted after the hourly reconcile moves the time they show (the oldest roll-up would not move until every epic
// was counted again).
import { ISSUE_TYPES } from '../../dev/demo';
import { alignmentCalls } from '../../src/shared/api/alignment';
import { subtreeCall } from '../../src/shared/api/macros';
import { projectPageCalls } from '../../src/shared/api/project-page';
import type { CallSpec } from '../../src/shared/contract';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { accountOf, demoForge, type DemoForge } from '../support/local-forge';
import { DEMO_TODAY } from '../support/demo-day';

let t: DemoForge;
beforeAll(async () => {
  t = await demoForge();
});

const asOf = async (module: string, spec: CallSpec<never, never> | { key: string }, payload: unknown): Promise<string | null> => {
  const out = (await t.as('lead', { moduleKey: module, functionKey: spec.key, payload })) as { ok: boolean; data: { asOf: string | null } };
  expect(out.ok).toBe(true);
  return out.data.asOf;
};

const GOAL = 'g-dashboards-v3';
const reads = () =>
  Promise.all([
    asOf('throughline-strategy', alignmentCalls.tree, {}),
    asOf('throughline-strategy', subtreeCall, { parent: { kind: 'goal', goalId: GOAL }, depth: 3 }),
    asOf('throughline-strategy', alignmentCalls.gaps, {}),
    asOf('throughline-project-page', projectPageCalls.view, { project: 'INS' }),
  ]);

describe('as of, after a change', () => {
  it('moves to when the change was counted on the Alignment tab, a goal’s page, the Gaps tab and the project page', async () => {
    const before = await reads();
    expect(before.every((a) => a !== null && a.startsWith(DEMO_TODAY))).toBe(true);
    // A day later (so the minute shown moves too), the lead finishes a story of an epic serving the goal.
    const next = new Date(Date.parse(`${DEMO_TODAY}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    t.clock.setDay(next);
    const story = t.issue((i) => {
      const epic = t.forge.jira.state.issues.find((e) => e.id === i.parentId);
      const tag = epic?.properties[EPIC_TAG_PROPERTY] as { goalId?: string } | undefined;
      return i.key.startsWith('INS-') && i.statusId === '10010' && i.issueTypeId !== ISSUE_TYPES.subtask.id && tag?.goalId === GOAL;
    });
    const actor = { kind: 'user', accountId: accountOf('lead') } as const;
    const list = (await (await t.forge.jira.fetch(actor, `/rest/api/3/issue/${story.key}/transitions`)).json()) as {
      transitions: { id: string; name: string }[];
    };
    const done = list.transitions.find((x) => x.name === 'Done')!.id;
    const res = await t.forge.jira.fetch(actor, `/rest/api/3/issue/${story.key}/transitions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ transition: { id: done } }),
    });
    expect(res.status).toBe(204);
    await t.forge.eventsDelivered();
    const after = await reads();
    expect(after.map((a) => a?.slice(0, 10))).toEqual([next, next, next, next]);
  });
});
