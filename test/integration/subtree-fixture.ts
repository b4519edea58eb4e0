// Helpers of the subtree and alignment tree macro tests: both calls as a persona, and the level-by-level walk
// of `alignment/children` below one node, in display order, to compare the one-call read against.
import type { NodeRef, TreeNode } from '../../src/shared/api/alignment';
import type { SubtreeQuery, SubtreeView, TreeMacroConfigInput, TreeMacroView } from '../../src/shared/api/macros';
import type { DemoForge, PersonaId } from '../support/local-forge';
import { children, STRATEGY_MODULE } from './alignment-fixture';

export const MACRO_MODULE = 'throughline-alignment-tree';

type Envelope<T> = { ok: boolean; data?: T; error?: { code: string; message: string } };

export const subtreeRaw = (t: DemoForge, who: PersonaId, query: unknown) =>
  t.as(who, { moduleKey: STRATEGY_MODULE, functionKey: 'alignment/subtree', payload: query }) as Promise<Envelope<SubtreeView>>;

export const subtree = async (t: DemoForge, who: PersonaId, query: SubtreeQuery): Promise<SubtreeView> => {
  const out = await subtreeRaw(t, who, query);
  if (!out.ok) throw new Error(`alignment/subtree failed: ${JSON.stringify(out.error)}`);
  return out.data!;
};

export const macroRaw = (t: DemoForge, who: PersonaId, config: unknown) =>
  t.as(who, { moduleKey: MACRO_MODULE, functionKey: 'macro/alignment-tree', payload: { config }, extension: { config } }) as Promise<Envelope<TreeMacroView>>;

export const macro = async (t: DemoForge, who: PersonaId, config: TreeMacroConfigInput = {}): Promise<TreeMacroView> => {
  const out = await macroRaw(t, who, config);
  if (!out.ok) throw new Error(`macro/alignment-tree failed: ${JSON.stringify(out.error)}`);
  return out.data!;
};

export const refOf = (n: TreeNode): NodeRef | null =>
  n.kind === 'goal' ? { kind: 'goal', goalId: n.goalId } : n.kind === 'project' ? { kind: 'project', goalId: n.goalId, projectId: n.projectId } : null;

/** The node and everything below it, expanded one `alignment/children` call at a time, in display order. */
export const walkBelow = async (t: DemoForge, who: PersonaId, node: TreeNode, depth = 0): Promise<{ depth: number; node: TreeNode }[]> => {
  const out = [{ depth, node }];
  const ref = refOf(node);
  if (!ref) return out;
  for (const child of (await children(t, who, ref)).nodes) out.push(...(await walkBelow(t, who, child, depth + 1)));
  return out;
};

/** Everything of the restricted project a leak could show (as in alignment-permissions.test.ts): key, name, id, unique titles, issue keys and ids. */
export const secretsOf = (t: DemoForge, projectKey: string): string[] => {
  const project = t.demo.jira.projects.find((p) => p.key === projectKey)!;
  const issues = t.demo.jira.issues.filter((i) => i.projectId === project.id);
  const elsewhere = new Set(t.demo.jira.issues.filter((i) => i.projectId !== project.id).map((i) => i.summary));
  const titles = issues.map((i) => i.summary).filter((s) => !elsewhere.has(s));
  return [project.key, project.name, `"${project.id}"`, ...titles, ...issues.map((i) => `${i.key}"`), ...issues.map((i) => `"${i.id}"`)];
};

/** The first secret found in an answer, or null. */
export const leakIn = (answer: unknown, secrets: readonly string[]): string | null => {
  const text = JSON.stringify(answer);
  return secrets.find((s) => text.includes(s)) ?? null;
};
