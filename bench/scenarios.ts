// The benchmark scenarios: what a user does, through the real resolvers, and a naive baseline beside it.
import type { LocalForge } from '../dev/runtime/local-forge';
import type { Scenario } from './harness';

const NAIVE_SAMPLE = 100;

const invoke = async (forge: LocalForge, accountId: string, moduleKey: string, functionKey: string, payload: unknown, extension = {}) => {
  const out = (await forge.invoke({ moduleKey, functionKey, payload, extension, accountId })) as { ok: boolean; error?: { code: string } };
  if (!out.ok) throw new Error(`${functionKey} failed: ${out.error?.code ?? 'unknown'}`);
  return out;
};

const jql = async (forge: LocalForge, accountId: string, body: Record<string, unknown>) => {
  const res = await forge.jira.fetch({ kind: 'user', accountId }, '/rest/api/3/search/jql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { issues: { id: string; key: string }[]; nextPageToken?: string; isLast?: boolean };
};

interface Node {
  kind: 'goal' | 'project' | 'epic';
  goalId?: string;
  projectId?: string;
}

/** Expands a strategy goal all the way down, level by level, as a viewer clicking every node would. */
const expandAll = async (forge: LocalForge, viewer: string, goalId: string): Promise<number> => {
  let shown = 0;
  const queue: object[] = [{ kind: 'goal', goalId }];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    const out = (await invoke(forge, viewer, 'throughline-strategy', 'alignment/children', { parent })) as { data?: { nodes: Node[] } };
    for (const n of out.data?.nodes ?? []) {
      shown++;
      if (n.kind === 'goal') queue.push({ kind: 'goal', goalId: n.goalId });
      if (n.kind === 'project') queue.push({ kind: 'project', goalId: n.goalId, projectId: n.projectId });
    }
  }
  return shown;
};

export const scenarios = (viewer: string, storyKey: string): Scenario[] => [
  {
    name: 'alignment tree, first screen',
    run: async (forge) => {
      await invoke(forge, viewer, 'throughline-strategy', 'alignment/tree', {});
    },
  },
  {
    name: 'alignment tree, one strategy goal fully expanded',
    run: async (forge) => ({ note: `${await expandAll(forge, viewer, 's0')} nodes` }),
  },
  {
    name: 'issue panel (a story in a tagged epic)',
    run: async (forge) => {
      await invoke(forge, viewer, 'throughline-goal-panel', 'panel/context', { issue: storyKey }, { issue: { key: storyKey } });
    },
  },
  {
    name: 'goal catalog (strategy workspace first screen)',
    run: async (forge) => {
      await invoke(forge, viewer, 'throughline-strategy', 'catalog/list', {});
    },
  },
  {
    name: 'naive baseline: one Jira call per epic of one strategy goal',
    run: async (forge) => {
      // What an app without roll-ups does to show one strategy goal: find the epics under it, then ask Jira for
      // each epic's issues. The emulator scans every issue per query, so the run counts a sample of
      // NAIVE_SAMPLE epics and the figures are scaled to all of them (said in the note).
      const epics: { id: string; key: string }[] = [];
      let token: string | undefined;
      do {
        const page = await jql(forge, viewer, { jql: 'issuetype = Epic AND throughlineGoal IS NOT EMPTY', maxResults: 5000, ...(token ? { nextPageToken: token } : {}) });
        epics.push(...page.issues);
        token = page.isLast ? undefined : page.nextPageToken;
      } while (token);
      const underOneGoal = epics.filter((_, i) => i % 3 === 0);
      for (const e of underOneGoal.slice(0, NAIVE_SAMPLE)) await jql(forge, viewer, { jql: `parent = ${e.id}`, maxResults: 100, fields: ['status'] });
      return { scale: { calls: underOneGoal.length - NAIVE_SAMPLE }, note: `${underOneGoal.length} epics; ${NAIVE_SAMPLE} counted, the rest extrapolated` };
    },
  },
];
