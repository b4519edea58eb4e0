// The benchmark scenarios: what a user does, through the real resolvers, and a naive baseline beside it.
import type { LocalForge } from '@throughline/local-forge';
import { responses, type Scenario } from './harness';
import { reconcileScenarios } from './reconcile';
import { dataTransferScenarios } from './data-transfer';
import { atMost, userFacing, within } from './targets';

const invoke = async (forge: LocalForge, accountId: string, moduleKey: string, functionKey: string, payload: unknown, extension = {}) => {
  const out = (await forge.invoke({ moduleKey, functionKey, payload, extension, accountId })) as {
    ok: boolean;
    data?: unknown;
    error?: { code: string; message?: string };
  };
  responses.record(out);
  if (!out.ok) throw new Error(`${functionKey} failed: ${out.error?.code ?? 'unknown'} ${out.error?.message ?? ''}`);
  return out.data;
};

const jql = async (forge: LocalForge, accountId: string, body: Record<string, unknown>) => {
  const res = await forge.jira.fetch({ kind: 'user', accountId }, '/rest/api/3/search/jql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return (await res.json()) as { issues: { id: string; key: string }[]; nextPageToken?: string; isLast?: boolean };
};

interface Rows {
  rows: { node: { kind: string } }[];
  truncated: boolean;
}

/** "412 rows (3 goals, 40 projects, 369 epics)", and whether the row cap cut it. */
const describeRows = ({ rows, truncated }: Rows): string => {
  const by = (k: string) => rows.filter((r) => r.node.kind === k).length;
  return `${rows.length} rows (${by('goal')} goals, ${by('project')} projects, ${by('epic')} epics)${truncated ? ', truncated' : ''}`;
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

/**
 * "Show more" after a first page: the first page is read in the setup (outside the measurement) for its cursor, and
 * the scenario reads the page that follows, as one click does.
 */
const nextPage = (
  viewer: string,
  name: string,
  module: string,
  fn: string,
  payload: Record<string, unknown>,
  extension: Record<string, unknown> = {},
): Scenario => {
  let cursor: string | null = null;
  return {
    name,
    target: userFacing,
    setup: async (forge) => {
      const first = (await forge.invoke({ moduleKey: module, functionKey: fn, payload, extension, accountId: viewer })) as {
        ok: boolean;
        data?: { cursor?: string | null };
      };
      cursor = first.ok ? (first.data?.cursor ?? null) : null;
    },
    run: async (forge) => {
      if (cursor === null) return { note: 'the first page was the last: no next page' };
      const out = (await invoke(forge, viewer, module, fn, { ...payload, cursor }, extension)) as Partial<Rows>;
      return out.rows ? { note: `${describeRows(out as Rows)} (cursor ${cursor})` } : { note: `cursor ${cursor}` };
    },
  };
};

const nextPages = (s: BenchSubjects): Scenario[] => [
  nextPage(s.viewer, 'Expand all, the next page (alignment/subtree, Show more)', 'throughline-strategy', 'alignment/subtree', {
    parent: { kind: 'goal', goalId: s.strategyGoalId },
  }),
  nextPage(
    s.viewer,
    'tree macro, all strategy goals, depth 3, the next page (Show more)',
    'throughline-alignment-tree',
    'macro/alignment-tree',
    { config: { depth: 3, showGaps: true, showProgress: true } },
    { config: { depth: 3, showGaps: true, showProgress: true } },
  ),
];

/**
 * The rest of what a goal page reads (its work section and gaps are above), for the strategy goal that holds the
 * whole enterprise; and the viewer's own lists, which grow with the goals they lead (the bench's viewer leads and
 * manages every goal). Each is one invocation, held to the 1 MB answer and the function's memory.
 */
interface Read {
  name: string;
  module: string;
  fn: string;
  payload: Record<string, unknown>;
  extension?: Record<string, unknown>;
  /** Also timed at latency: the reads whose storage operations grow with the goals (they are made concurrently). */
  atLatency?: boolean;
}

const strategyRead = (name: string, fn: string, payload: Record<string, unknown>, atLatency = false): Read => ({
  name,
  module: 'throughline-strategy',
  fn,
  payload,
  atLatency,
});

const goalPageAndOwnLists = (s: BenchSubjects): Scenario[] =>
  (
    [
      strategyRead('goal page of the strategy goal: header (catalog/get)', 'catalog/get', { id: s.strategyGoalId }),
      strategyRead('goal page of the strategy goal: scorecard (scorecards/goal)', 'scorecards/goal', { goalId: s.strategyGoalId }),
      strategyRead('goal page of the strategy goal: burn-up (alignment/burn-up)', 'alignment/burn-up', { goalId: s.strategyGoalId }, true),
      strategyRead('goal page of the strategy goal: agreements (agreements/for-goal)', 'agreements/for-goal', { goalId: s.strategyGoalId }),
      strategyRead('goal page of the strategy goal: input (input/goal)', 'input/goal', { goalId: s.strategyGoalId }),
      strategyRead('goal page of the strategy goal: proposals (goals/proposals)', 'goals/proposals', { goalId: s.strategyGoalId }),
      strategyRead('goal page of the strategy goal: agreement web (agreements/web)', 'agreements/web', { rootGoalId: s.strategyGoalId }),
      strategyRead('periods (periods/list)', 'periods/list', {}),
      strategyRead('my goals, as the leader of every goal (goals/mine)', 'goals/mine', {}),
      strategyRead('due from you, as the leader of every goal (due/list)', 'due/list', {}, true),
      {
        name: 'issue panel on an epic: tagging options (panel/tag-options)',
        module: 'throughline-goal-panel',
        fn: 'panel/tag-options',
        payload: { issue: s.epicKey },
        extension: { issue: { key: s.epicKey } },
      },
      { name: 'issue panel: due from you count (due/count)', module: 'throughline-goal-panel', fn: 'due/count', payload: {}, atLatency: true },
    ] satisfies Read[]
  ).map(({ name, module, fn, payload, extension, atLatency }: Read) => ({
    name,
    target: userFacing,
    atLatency: atLatency === true,
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
