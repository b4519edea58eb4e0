// Use cases: a subtree in one call a page, for the explorer's "expand all", the goal page's work and the Confluence
// alignment tree macro. One model load (the viewer's browsable projects asked of Jira once), one walk of it in the
// domain, then, for the projects this page reaches only, epic roll-ups read once per goal and ONE ids-only search
// AS THE VIEWER (`throughlineGoal in (…)`, 5,000 ids a page) saying which of those epics the viewer may see: an
// epic Jira does not return is not shown. The epics' key, title, status and tag come from their roll-ups (kept by
// the recount, as the app); only records written before the app kept them are asked of Jira, by id. A page ends at
// SUBTREE_PAGE_ROWS rows or SUBTREE_PAGE_BYTES bytes of rows and says where the next one starts; each page costs
// the model and the goals it shows, whatever page it is.
//
// Where an epic sits: where its roll-up says (goal and project), and only if the search returned it. The search
// names the goals of the roll-ups read, so an epic whose tag Jira's index has under another goal of the same read
// still shows, under its roll-up's goal; one whose index entry lags outside the read is left out until the index
// catches up (seconds). Either way nothing is shown that Jira did not just return to the viewer.
import {
  assemblePage,
  decodePosition,
  encodePosition,
  FIRST_PAGE,
  planSubtree,
  slotKey,
  slotsToRead,
  storedEpicInfo,
  strategyRoots,
  tallyGaps,
  withoutAgreements,
  withoutGaps,
  type EpicSlot,
  type PageBudget,
  type PagePosition,
  type SubtreePlan,
  type SubtreeRoot,
} from '../../domain/alignment/subtree';
import { epicNodes, type EpicInfo } from '../../domain/alignment/tree';
import type { AlignmentModel } from '../../domain/alignment/tree-model';
import type { EpicNode } from '../../shared/api/alignment';
import {
  SUBTREE_PAGE_BYTES,
  SUBTREE_PAGE_ROWS,
  type SubtreeQuery,
  type SubtreeRow,
  type SubtreeView,
  type TreeMacroConfig,
  type TreeMacroView,
} from '../../shared/api/macros';
import { AppFailure } from '../../shared/errors';
import type { EpicRollup } from '../../shared/model/rollup';
import { loadModel, visibleEpicsOfGoal, type AlignmentTreeDeps } from './alignment-tree';

export interface SubtreeDeps extends AlignmentTreeDeps {
  /** Ids of the epics tagged with these goals (as Jira's index has the tag) that the viewer may see, asked as the viewer. */
  visibleEpicIds(goalIds: string[]): Promise<Set<string>>;
}

/** Goals whose epic roll-ups are read at the same time (storage allows far more; this keeps bursts small). */
const GOALS_AT_ONCE = 4;
/** Pages of 100 epic roll-ups read for one goal: the pages of the answer show every one of them, up to 10,000 a goal. */
const EPIC_PAGES_PER_GOAL = 100;
const NAMES_PER_CALL = 100;

/** Runs `f` over `xs`, at most `limit` at a time, answers in the order of `xs`. */
const inParallel = async <T, R>(xs: readonly T[], limit: number, f: (x: T) => Promise<R>): Promise<R[]> => {
  const out = new Array<R>(xs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < xs.length) {
      const i = next++;
      out[i] = await f(xs[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, xs.length) }, worker));
  return out;
};

/** The later of two roll-up times ("as of" is the latest change counted, see latestAsOf). */
const later = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a >= b ? a : b);

/** Names of the people on these epics' tags that the app has not stored, asked of Jira once per 100 people. */
const namesFor = async (deps: AlignmentTreeDeps, ids: ReadonlySet<string>): Promise<Record<string, string>> => {
  const all = [...ids];
  const parts = Array.from({ length: Math.ceil(all.length / NAMES_PER_CALL) }, (_, i) => all.slice(i * NAMES_PER_CALL, (i + 1) * NAMES_PER_CALL));
  return Object.assign({}, ...(await Promise.all(parts.map((p) => deps.namesOf(p)))));
};

/** The epics the viewer may see among those of some goals, asking Jira only about goals not asked before in this read. */
const visibility = (deps: SubtreeDeps) => {
  const asked = new Set<string>();
  const seen = new Set<string>();
  return async (goalIds: readonly string[]): Promise<ReadonlySet<string>> => {
    const fresh = [...new Set(goalIds)].filter((g) => !asked.has(g));
    for (const g of fresh) asked.add(g);
    if (fresh.length > 0) for (const id of await deps.visibleEpicIds(fresh)) seen.add(id);
    return seen;
  };
};
type Visible = ReturnType<typeof visibility>;

/** One round: the epics of these slots that Jira says the viewer may see, built like `alignment/children`. */
const readSlots = async (deps: SubtreeDeps, m: AlignmentModel, slots: readonly EpicSlot[], rollupsOf: ReadonlyMap<string, EpicRollup[]>, visible: Visible) => {
  const seen = await visible(slots.map((s) => s.goalId));
  const shown = slots.flatMap((s) => rollupsOf.get(s.key) ?? []).filter((e) => seen.has(e.epicId));
  const byId = new Map<string, EpicInfo>();
  const lacking: string[] = [];
  for (const e of shown) {
    const stored = storedEpicInfo(e);
    if (stored) byId.set(e.epicId, stored);
    else lacking.push(e.epicId);
  }
  // Records from before the app kept the facts: those epics alone are read from Jira, as the viewer, as before.
  for (const i of lacking.length === 0 ? [] : await deps.epicsByIds(lacking)) byId.set(i.id, i);
  const knownOf = (projectId: string) => ({ ...m.people, ...(m.alignmentOf.get(projectId)?.names ?? {}) });
  const perSlot = slots.map((s) => {
    const info = new Map<string, EpicInfo>();
    for (const e of rollupsOf.get(s.key) ?? []) {
      const i = byId.get(e.epicId);
      if (i && i.projectId === s.projectId) info.set(i.id, i);
    }
    return { slot: s, info, known: knownOf(s.projectId) };
  });
  const unknown = new Set<string>();
  for (const { info, known } of perSlot) {
    for (const i of info.values()) for (const id of [i.tag?.leaderId, i.tag?.managerId]) if (id !== undefined && known[id] === undefined) unknown.add(id);
  }
  const fetched = unknown.size > 0 ? await namesFor(deps, unknown) : {};
  // A name the app stored for this project wins, exactly as when the project alone is expanded.
  return perSlot.map(({ slot, info, known }) => ({ slot, ...epicNodes(m, rollupsOf.get(slot.key) ?? [], info, { ...fetched, ...known }) }));
};

/** The epics of every slot this page reaches, in rounds (one, unless Jira hid many): each round reads the epic
 *  roll-ups of goals no round read before (once per goal) and asks Jira only about those goals. */
const readEpics = async (deps: SubtreeDeps, m: AlignmentModel, plan: SubtreePlan, from: PagePosition, maxRows: number) => {
  const wanted = new Set(plan.slots.map((s) => s.key));
  const bound = new Map(plan.slots.map((s) => [s.key, s.epics]));
  const rollupsOf = new Map<string, EpicRollup[]>();
  const goalsRead = new Set<string>();
  const readGoals = async (goalIds: readonly string[]) => {
    const fresh = [...new Set(goalIds)].filter((g) => !goalsRead.has(g));
    for (const g of fresh) goalsRead.add(g);
    const perGoal = await inParallel(fresh, GOALS_AT_ONCE, (goalId) => visibleEpicsOfGoal(m, deps.rollups, goalId, undefined, EPIC_PAGES_PER_GOAL));
    fresh.forEach((goalId, i) => {
      for (const e of perGoal[i]!) {
        const key = slotKey(goalId, e.projectId);
        if (!wanted.has(key)) continue;
        const list = rollupsOf.get(key);
        if (list) list.push(e);
        else rollupsOf.set(key, [e]);
      }
    });
  };
  const epics = new Map<string, EpicNode[]>();
  const shown = new Map<string, number>();
  let asOf: string | null = null;
  const visible = visibility(deps);
  // Ends: every round reads at least one slot not read before, and there are finitely many.
  for (let next = slotsToRead(plan, shown, bound, maxRows, from); next.length > 0; next = slotsToRead(plan, shown, bound, maxRows, from)) {
    await readGoals(next.map((s) => s.goalId));
    for (const r of await readSlots(deps, m, next, rollupsOf, visible)) {
      epics.set(r.slot.key, r.nodes);
      shown.set(r.slot.key, r.nodes.length);
      asOf = later(asOf, r.asOf);
    }
  }
  return { epics, asOf };
};

const notVisible = () => new AppFailure('NOT_FOUND', 'This part of the tree does not exist, or you may not see it');

/** The page's project rows with Jira's names: asked as the viewer for the projects this page shows, and no others. */
const namedRows = async (deps: SubtreeDeps, rows: SubtreeRow[]): Promise<SubtreeRow[]> => {
  const ids = [...new Set(rows.flatMap((r) => (r.node.kind === 'project' ? [r.node.projectId] : [])))];
  if (ids.length === 0 || !deps.projectNames) return rows;
  const names = await deps.projectNames(ids);
  return rows.map((r) =>
    r.node.kind === 'project' && names[r.node.projectId] !== undefined ? { ...r, node: { ...r.node, name: names[r.node.projectId]! } } : r,
  );
};

export interface PageRequest {
  cursor?: string | undefined;
  limit?: number | undefined;
}

const readPlanned = async (deps: SubtreeDeps, m: AlignmentModel, plan: SubtreePlan, page: PageRequest): Promise<SubtreeView> => {
  // A cursor that is not one of ours, or points past the end, reads from its position: nothing, or the start.
  const from = decodePosition(page.cursor) ?? FIRST_PAGE;
  const budget: PageBudget = { maxRows: Math.min(page.limit ?? SUBTREE_PAGE_ROWS, SUBTREE_PAGE_ROWS), maxBytes: SUBTREE_PAGE_BYTES };
  const { epics, asOf } = await readEpics(deps, m, plan, from, budget.maxRows);
  const page1 = assemblePage(plan, epics, budget, from);
  const rows = await namedRows(deps, page1.rows);
  const next = page1.next;
  return { rows, truncated: next !== null, cursor: next === null ? null : encodePosition(next), asOf: later(plan.asOf, asOf), rule: m.rule };
};

/** The explorer's "expand all": the node itself (depth 0) and everything below it, `depth` levels down or all. */
export const readSubtree = async (deps: SubtreeDeps, { parent, depth, cursor, limit }: SubtreeQuery): Promise<SubtreeView> => {
  const m = await loadModel(deps);
  const plan = planSubtree(m, [parent], depth ?? Infinity);
  if (!plan) throw notVisible();
  return readPlanned(deps, m, plan, { cursor, limit });
};

/** The alignment tree macro: one goal and what lies below it, or every live strategy goal and what lies below them. */
export const readTreeMacro = async (deps: SubtreeDeps, config: TreeMacroConfig, page: PageRequest = {}): Promise<TreeMacroView> => {
  // Agreements off: not even read.
  const m = await loadModel(config.showAgreements === false ? { ...deps, agreements: undefined } : deps);
  const goal = config.rootGoalId === undefined ? undefined : m.graph.byId.get(config.rootGoalId);
  if (config.rootGoalId !== undefined && !goal) throw new AppFailure('NOT_FOUND', 'The goal this macro shows does not exist any more, or you may not see it');
  const roots: SubtreeRoot[] = goal ? [{ kind: 'goal', goalId: goal.id }] : strategyRoots(m);
  const plan = planSubtree(m, roots, config.depth);
  if (!plan) throw notVisible();
  const view = await readPlanned(deps, m, plan, page);
  // A config saved before agreements existed (or by a config view that does not offer them yet) shows them.
  const showAgreements = config.showAgreements ?? true;
  const shown = showAgreements ? view.rows : withoutAgreements(view.rows);
  const rows = config.showGaps ? shown : withoutGaps(shown);
  return {
    ...view,
    rows,
    root: goal ? { kind: 'goal', goalId: goal.id, title: goal.title } : { kind: 'strategy' },
    config: { ...config, showAgreements },
    gaps: config.showGaps ? tallyGaps(rows) : { total: 0, byKind: {} },
  };
};
