// The reads whose size or cost grows with the site beyond the main scenarios: "Show more" after a first page, the rest
// of a goal page, and the viewer's own lists (issue 10 §4: every resolver's answer ≤ 1 MB at both scales).
import type { LocalForge } from '@throughline/local-forge';
import type { Scenario } from './harness';
import { describeRows, invoke, type Rows } from './invoke';
import type { BenchSubjects } from './scenarios';
import { userFacing } from './targets';

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

export const nextPages = (s: BenchSubjects): Scenario[] => [
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

/**
 * The rest of what a goal page reads (its work section and gaps are in ./scenarios.ts), for the strategy goal that holds
 * the whole enterprise; and the viewer's own lists, which grow with the goals they lead (the bench's viewer leads and
 * manages every goal). Each is one invocation, held to the 1 MB answer and the function's memory.
 */
export const goalPageAndOwnLists = (s: BenchSubjects): Scenario[] =>
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
