// Helpers of the alignment integration tests: calls of the tree, gaps and project page as a persona, and the
// totals a viewer should see, computed straight from the Jira emulator's issues (not from the app's roll-ups).
import type { ChildrenView, GapsView, NodeRef, TreeNode, TreeQuery, TreeView } from '../../src/shared/api/alignment';
import type { ProjectPageView } from '../../src/shared/api/project-page';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { isEpic, type DemoForge, type PersonaId } from '../support/local-forge';

export const STRATEGY_MODULE = 'throughline-strategy';
export const PROJECT_MODULE = 'throughline-project-page';

type Envelope<T> = { ok: boolean; data?: T; error?: { code: string; message: string } };

export const tree = async (t: DemoForge, who: PersonaId, query: TreeQuery = {}): Promise<TreeView> => {
  const out = (await t.as(who, { moduleKey: STRATEGY_MODULE, functionKey: 'alignment/tree', payload: query })) as Envelope<TreeView>;
  if (!out.ok) throw new Error(`alignment/tree failed: ${JSON.stringify(out.error)}`);
  return out.data!;
};

export const childrenRaw = (t: DemoForge, who: PersonaId, parent: NodeRef) =>
  t.as(who, { moduleKey: STRATEGY_MODULE, functionKey: 'alignment/children', payload: { parent } }) as Promise<Envelope<ChildrenView>>;

export const children = async (t: DemoForge, who: PersonaId, parent: NodeRef): Promise<ChildrenView> => {
  const out = await childrenRaw(t, who, parent);
  if (!out.ok) throw new Error(`alignment/children failed: ${JSON.stringify(out.error)}`);
  return out.data!;
};

export const gaps = async (t: DemoForge, who: PersonaId): Promise<GapsView> => {
  const out = (await t.as(who, { moduleKey: STRATEGY_MODULE, functionKey: 'gaps/list', payload: {} })) as Envelope<GapsView>;
  if (!out.ok) throw new Error(`gaps/list failed: ${JSON.stringify(out.error)}`);
  return out.data!;
};

export const projectPage = (t: DemoForge, who: PersonaId, key: string, functionKey = 'project-page/view', payload: Record<string, unknown> = {}) =>
  t.as(who, { moduleKey: PROJECT_MODULE, functionKey, payload: { project: key, ...payload }, extension: { project: { key } } }) as Promise<
    Envelope<ProjectPageView>
  >;

/** Every node of the whole tree as the persona sees it, expanding each goal and project (the full walk). */
export const walk = async (t: DemoForge, who: PersonaId): Promise<TreeNode[]> => {
  const out: TreeNode[] = [];
  const queue: TreeNode[] = [...(await tree(t, who)).nodes];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const n = queue.shift()!;
    out.push(n);
    const ref: NodeRef | null =
      n.kind === 'goal' ? { kind: 'goal', goalId: n.goalId } : n.kind === 'project' ? { kind: 'project', goalId: n.goalId, projectId: n.projectId } : null;
    if (!ref || seen.has(JSON.stringify(ref))) continue;
    seen.add(JSON.stringify(ref));
    queue.push(...(await children(t, who, ref)).nodes);
  }
  return out;
};

const CATEGORY: Record<string, 'todo' | 'inProgress' | 'done'> = { new: 'todo', indeterminate: 'inProgress', done: 'done' };

/** Issues under the epics tagged with these goals in these projects (children and their subtasks), by status category. */
export const expectedTotals = (t: DemoForge, goalIds: readonly string[], projectIds: readonly string[]) => {
  const { issues, statuses } = t.forge.jira.state;
  const category = new Map(statuses.map((s) => [s.id, CATEGORY[s.category]!]));
  const epics = issues.filter(
    (i) =>
      isEpic(i) && projectIds.includes(i.projectId) && goalIds.includes((i.properties[EPIC_TAG_PROPERTY] as { goalId?: string } | undefined)?.goalId ?? ''),
  );
  const counts = { todo: 0, inProgress: 0, done: 0 };
  for (const e of epics) {
    const under = issues.filter((i) => i.parentId === e.id);
    const subtasks = issues.filter((i) => under.some((u) => u.id === i.parentId));
    for (const i of [...under, ...subtasks]) counts[category.get(i.statusId)!]++;
  }
  return { epics: epics.length, counts };
};

/** A goal and every goal below it, from the demo catalog. */
export const subtree = (t: DemoForge, goalId: string): string[] => {
  const goals = t.demo.strategy.goals;
  const out = [goalId];
  for (let i = 0; i < out.length; i++) out.push(...goals.filter((g) => g.parentId === out[i]).map((g) => g.id));
  return out;
};

export const projectIdsOf = (t: DemoForge, keys: readonly string[]): string[] => t.demo.jira.projects.filter((p) => keys.includes(p.key)).map((p) => p.id);
