// The benchmark scenarios: what a user does, through the real resolvers, and a naive baseline beside it.
import type { LocalForge } from '@throughline/local-forge';
import type { Scenario } from './harness';
import { describeRows, invoke, type Rows } from './invoke';
import { goalPageAndOwnLists, nextPages } from './more-reads';
import { reconcileScenarios } from './reconcile';
import { dataTransferScenarios } from './data-transfer';
import { atMost, userFacing, within } from './targets';

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
const expandByClicks = async (forge: LocalForge, viewer: string, goalId: string): Promise<number> => {
  let shown = 0;
  const queue: object[] = [{ kind: 'goal', goalId }];
  while (queue.length > 0) {
    const parent = queue.shift()!;
    const out = (await invoke(forge, viewer, 'throughline-strategy', 'alignment/children', { parent })) as { nodes: Node[] };
    for (const n of out.nodes) {
      shown++;
      if (n.kind === 'goal') queue.push({ kind: 'goal', goalId: n.goalId });
      if (n.kind === 'project') queue.push({ kind: 'project', goalId: n.goalId, projectId: n.projectId });
    }
  }
  return shown;
};

export interface BenchSubjects {
  viewer: string;
  /** A story in a tagged epic, for the issue panel; and its epic, for the panel's tagging options. */
  storyKey: string;
  epicKey: string;
  /** The most epics the naive baseline counts (at 10× its 45,000 calls take over an hour here); unset: all. */
  naiveLimit?: number;
  /** The strategy goal expanded, and it with every goal below it (the naive baseline's epics serve these). */
  strategyGoalId: string;
  goalsUnder: string[];
  /** Include the click-by-click expansion (thousands of invocations; off unless asked for). */
  clicks: boolean;
  /** A project with tagged epics, for the project page. */
  projectKey: string;
}

const tree = (s: BenchSubjects): Scenario[] => [
  {
    name: 'alignment tree, first screen',
    target: atMost(5, 10),
    atLatency: true,
    run: async (forge) => {
      await invoke(forge, s.viewer, 'throughline-strategy', 'alignment/tree', {});
    },
  },
  {
    name: 'alignment tree, one strategy goal fully expanded (alignment/subtree)',
    target: within(3),
    atLatency: true,
    run: async (forge) => ({
      note: describeRows(
        (await invoke(forge, s.viewer, 'throughline-strategy', 'alignment/subtree', { parent: { kind: 'goal', goalId: s.strategyGoalId } })) as Rows,
      ),
    }),
  },
  ...(s.clicks
    ? [
        {
          name: 'alignment tree, the same goal expanded node by node (alignment/children)',
          run: async (forge: LocalForge) => ({ note: `${await expandByClicks(forge, s.viewer, s.strategyGoalId)} nodes` }),
        },
      ]
    : []),
];

const macro = (s: BenchSubjects): Scenario[] =>
  [
    { label: 'all strategy goals, depth 3', config: { depth: 3, showGaps: true, showProgress: true } },
    { label: 'one strategy goal, full depth (8)', config: { rootGoalId: s.strategyGoalId, depth: 8, showGaps: true, showProgress: true } },
  ].map(({ label, config }) => ({
    name: `alignment tree macro, ${label}`,
    target: userFacing,
    atLatency: true,
    run: async (forge) => ({
      note: describeRows((await invoke(forge, s.viewer, 'throughline-alignment-tree', 'macro/alignment-tree', { config }, { config })) as Rows),
    }),
  }));

/**
 * What an app without roll-ups does to show one strategy goal: find the epics of every goal under it, then ask
 * Jira for each epic's issues, one call per epic.
 */
const naive = (s: BenchSubjects): Scenario => ({
  name: 'naive baseline: one Jira call per epic of the same strategy goal',
  run: async (forge) => {
    const epics: { id: string }[] = [];
    let token: string | undefined;
    do {
      const page = await jql(forge, s.viewer, {
        jql: `issuetype = Epic AND throughlineGoal in (${s.goalsUnder.join(', ')})`,
        maxResults: 5000,
        ...(token ? { nextPageToken: token } : {}),
      });
      epics.push(...page.issues);
      token = page.isLast ? undefined : page.nextPageToken;
    } while (token);
    let issues = 0;
    const counted = epics.slice(0, s.naiveLimit ?? epics.length);
    for (const e of counted) issues += (await jql(forge, s.viewer, { jql: `parent = ${e.id}`, maxResults: 100, fields: ['status'] })).issues.length;
    return {
      note:
        counted.length === epics.length
          ? `${epics.length} epics, ${issues} issues`
          : `${epics.length} epics; only the first ${counted.length} counted (${issues} issues): the whole baseline makes ${epics.length + 1} Jira calls`,
    };
  },
});

/** Every other read whose answer grows with the site: each is held to the 1 MB answer limit. */
const reads = (s: BenchSubjects): Scenario[] =>
  [
    { name: 'alignment tree, every project-level goal (level filter)', module: 'throughline-strategy', fn: 'alignment/tree', payload: { level: 'project' } },
    {
      name: 'alignment tree, the strategy goal opened one level (alignment/children)',
      module: 'throughline-strategy',
      fn: 'alignment/children',
      payload: { parent: { kind: 'goal', goalId: s.strategyGoalId } },
    },
    { name: 'gaps radar (gaps/list)', module: 'throughline-strategy', fn: 'gaps/list', payload: {} },
    { name: 'scorecards overview, first page (scorecards/overview)', module: 'throughline-strategy', fn: 'scorecards/overview', payload: {} },
    { name: 'scorecards overview, the next page (Show more)', module: 'throughline-strategy', fn: 'scorecards/overview', payload: { cursor: 'g50' } },
    {
      name: 'goal page work section (alignment/subtree, depth 2)',
      module: 'throughline-strategy',
      fn: 'alignment/subtree',
      payload: { parent: { kind: 'goal', goalId: s.strategyGoalId }, depth: 2 },
    },
    { name: 'alignment tree macro goal picker (macro/goal-options)', module: 'throughline-alignment-tree', fn: 'macro/goal-options', payload: {} },
    {
      name: 'scorecard macro, every project-level goal (first page)',
      module: 'throughline-scorecard',
      fn: 'macro/scorecard',
      payload: { config: { level: 'project' } },
    },
    {
      name: 'scorecard macro, every project-level goal (the next page)',
      module: 'throughline-scorecard',
      fn: 'macro/scorecard',
      payload: { config: { level: 'project' }, cursor: 'g50' },
    },
    { name: 'scorecard macro goal picker (macro/scorecard-options)', module: 'throughline-scorecard', fn: 'macro/scorecard-options', payload: {} },
    {
      name: 'project page (project-page/view)',
      module: 'throughline-project-page',
      fn: 'project-page/view',
      payload: { project: s.projectKey },
      extension: { project: { key: s.projectKey } },
    },
  ].map(({ name, module, fn, payload, extension }) => ({
    name,
    target: userFacing,
    run: async (forge: LocalForge) => {
      await invoke(forge, s.viewer, module, fn, payload, extension ?? {});
    },
  }));

export const scenarios = (s: BenchSubjects): Scenario[] => [
  ...tree(s),
  naive(s),
  {
    name: 'issue panel (a story in a tagged epic)',
    // One Jira call; the catalog, the records batch and the viewer's own input (README: the issue panel's budget).
    target: atMost(1, 3),
    atLatency: true,
    run: async (forge) => {
      await invoke(forge, s.viewer, 'throughline-goal-panel', 'panel/context', { issue: s.storyKey }, { issue: { key: s.storyKey } });
    },
  },
  {
    name: 'goal catalog (strategy workspace first screen)',
    target: atMost(1, 1),
    atLatency: true,
    run: async (forge) => {
      await invoke(forge, s.viewer, 'throughline-strategy', 'catalog/list', {});
    },
  },
  ...macro(s),
  ...reads(s),
  ...nextPages(s),
  ...goalPageAndOwnLists(s),
  ...reconcileScenarios,
  // Last: they empty storage and write it back.
  ...dataTransferScenarios(s.viewer),
];
