// Use case of the Confluence alignment tree macro set "As of" a closed period: the tree below the chosen goal (or
// every strategy goal) as the period's snapshots froze it, cut to the reader as a live tree is (a goal they may not
// see, now or at the close, is left out; totals count only the projects they may browse now), labelled with the
// period. An unknown period is NOT_FOUND, an open one VALIDATION; a root goal not in the snapshot answers as a
// missing one.
import {
  assemblePage,
  decodePosition,
  encodePosition,
  FIRST_PAGE,
  strategyRoots,
  tallyGaps,
  withoutGaps,
  type SubtreeRoot,
} from '../../domain/alignment/subtree';
import { planSnapshotTree, snapshotModel } from '../../domain/periods/snapshot-tree';
import { SUBTREE_PAGE_BYTES, SUBTREE_PAGE_ROWS, type TreeMacroConfig, type TreeMacroView } from '../../shared/api/macros';
import { AppFailure } from '../../shared/errors';
import { closedPeriodOf, visibleSnapshotIds, type PeriodDeps } from './period-deps';

type Deps = Pick<PeriodDeps, 'store' | 'catalog' | 'viewer'>;

export interface SnapshotPage {
  cursor?: string | undefined;
  limit?: number | undefined;
}

const ROOT_GONE = 'The goal this macro shows does not exist any more, or you may not see it';

export const readSnapshotTreeMacro = async (deps: Deps, config: TreeMacroConfig & { asOf: string }, page: SnapshotPage = {}): Promise<TreeMacroView> => {
  const period = closedPeriodOf(await deps.store.calendar(), config.asOf);
  const [snapshots, projects] = await Promise.all([deps.store.snapshots(period.id), deps.viewer.browsableProjects()]);
  const visible = await visibleSnapshotIds(deps, snapshots);
  const m = snapshotModel(snapshots, { projects, visible });
  const goal = config.rootGoalId === undefined ? undefined : m.graph.byId.get(config.rootGoalId);
  if (config.rootGoalId !== undefined && !goal) throw new AppFailure('NOT_FOUND', ROOT_GONE);
  const roots: SubtreeRoot[] = goal ? [{ kind: 'goal', goalId: goal.id }] : strategyRoots(m);
  const plan = planSnapshotTree(m, roots, config.depth);
  if (!plan) throw new AppFailure('NOT_FOUND', ROOT_GONE);
  const from = decodePosition(page.cursor) ?? FIRST_PAGE;
  const { rows: all, next } = assemblePage(
    plan,
    new Map(),
    { maxRows: Math.min(page.limit ?? SUBTREE_PAGE_ROWS, SUBTREE_PAGE_ROWS), maxBytes: SUBTREE_PAGE_BYTES },
    from,
  );
  const rows = config.showGaps ? all : withoutGaps(all);
  return {
    rows,
    truncated: next !== null,
    cursor: next === null ? null : encodePosition(next),
    asOf: period.closed.at,
    rule: m.rule,
    root: goal ? { kind: 'goal', goalId: goal.id, title: goal.title } : { kind: 'strategy' },
    config: { ...config, showAgreements: config.showAgreements ?? true },
    gaps: config.showGaps ? tallyGaps(rows) : { total: 0, byKind: {} },
    snapshot: { periodId: period.id, name: period.name, closedAt: period.closed.at, closedDay: period.closed.day },
  };
};
