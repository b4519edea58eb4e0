// Use case: "Due from you", what one person owes now as the leader or manager of goals. Reads every goal's latest
// check-in, the KPIs, the agreement boards, open input and each KPI's latest measurement day as the goal health
// evaluation last found it (a handful of storage operations whatever the person holds); only a manual KPI of the
// person's own active goals that those days do not name (new since the evaluation) is read from its measurements
// (one read each, remembered across people within one run). The domain decides what is due (src/domain/due/due-items.ts). The strategy
// workspace's tab reads it for the caller, the weekly digest for each leader and manager.
import { agreementSignals } from '../../domain/agreements/signals';
import { dueFrom, editorOwes, type PendingProposal } from '../../domain/due/due-items';
import { holdsRoleOn } from '../../domain/kpi/access';
import { untaggedThings, type DueCount, type DueView, type UntaggedInProject } from '../../shared/api/due';
import type { GoalSummary } from '../../shared/model/goal';
import type { Input } from '../../shared/model/input';
import type { Kpi } from '../../shared/model/kpi';
import type { AgreementBoards, AgreementStore } from '../ports/agreements';
import type { CatalogStore } from '../ports/catalog';
import type { InputStore } from '../ports/input';
import type { UntaggedEpic, UntaggedToAdminister } from '../ports/due';
import type { ProposalStore } from '../ports/proposals';
import type { Proposal } from '../../shared/model/proposal';
import type { CheckInStore, GoalHealthStore, KpiStore, LatestCheckIns, MeasurementStore } from '../ports/kpis';
import { readVisibleCatalog, type GoalVisibilityDeps } from '../goals/goal-visibility';

export interface DueSourceDeps {
  checkIns: Pick<CheckInStore, 'latest'>;
  kpis: Pick<KpiStore, 'all'>;
  measurements: Pick<MeasurementStore, 'recent'>;
  /** Each KPI's latest measurement day, kept with the goal health board. */
  health: Pick<GoalHealthStore, 'lastDays'>;
  agreements: Pick<AgreementStore, 'boards'>;
  inputs: Pick<InputStore, 'openSince'>;
  proposals: Pick<ProposalStore, 'pending'>;
  now(): Date;
}

export interface DueDeps extends DueSourceDeps {
  catalog: Pick<CatalogStore, 'read'>;
  viewer: GoalVisibilityDeps;
  /** Epics without a goal in the projects the caller administers, asked of Jira as the caller (one page). */
  untaggedToAdminister: UntaggedToAdminister;
}

/** What everyone's items are decided from, read once. */
export interface DueSources {
  today: string;
  latest: LatestCheckIns;
  kpis: Kpi[];
  boards: AgreementBoards;
  open: Input[];
  pending: Proposal[];
  /** The latest measurement day of a KPI (null: none), each read at most once. */
  lastOf(kpiId: string): Promise<string | null>;
}

export const readDueSources = async (deps: DueSourceDeps): Promise<DueSources> => {
  const now = deps.now();
  const [latest, kpis, boards, open, pending, days] = await Promise.all([
    deps.checkIns.latest(),
    deps.kpis.all(),
    deps.agreements.boards(),
    deps.inputs.openSince(now.toISOString()),
    deps.proposals.pending(),
    deps.health.lastDays(),
  ]);
  const lasts = new Map<string, Promise<string | null>>();
  const lastOf = (kpiId: string) => {
    if (Object.hasOwn(days, kpiId)) return Promise.resolve(days[kpiId]!);
    if (!lasts.has(kpiId))
      lasts.set(
        kpiId,
        deps.measurements.recent(kpiId, 1).then((m) => m[0]?.date ?? null),
      );
    return lasts.get(kpiId)!;
  };
  return { today: now.toISOString().slice(0, 10), latest, kpis, boards, open, pending, lastOf };
};

const pendingOf = (p: Proposal): PendingProposal => ({
  id: p.id,
  parentId: p.parentId,
  title: p.title,
  proposerId: p.proposerId,
  proposerName: p.names[p.proposerId] ?? null,
  createdAt: p.createdAt,
});

/** One person's items, among the goals they may be told of; `isEditor` (Jira calls) is asked only when some proposal
 *  would be a strategy editor's to decide (editorOwes), and not at all where it is absent (the weekly digest). */
export const dueOf = async (
  s: DueSources,
  accountId: string,
  goals: readonly GoalSummary[],
  isEditor?: () => Promise<boolean>,
): Promise<Pick<DueView, 'today' | 'items' | 'leadsNothing'>> => {
  const mine = new Set(goals.filter((g) => g.status === 'active' && holdsRoleOn(g, accountId)).map((g) => g.id));
  const manual = s.kpis.filter((k) => mine.has(k.goalId) && k.source.kind === 'manual');
  const lasts = await Promise.all(manual.map(async (kpi) => ({ kpi, last: await s.lastOf(kpi.id) })));
  const kpiTargets = new Map<string, Kpi[]>();
  for (const k of s.kpis) kpiTargets.set(k.goalId, [...(kpiTargets.get(k.goalId) ?? []), k]);
  const signals = agreementSignals(
    { support: s.boards.support.agreements, commitments: s.boards.commitments.commitments, health: s.boards.health.goals, kpiTargets },
    new Map(goals.map((g) => [g.id, g])),
    s.today,
  );
  const owed = isEditor ? editorOwes(accountId, goals, s.pending.map(pendingOf), s.today) : [];
  const asEditor = owed.length > 0 && isEditor && (await isEditor()) ? owed : [];
  const { items, leadsNothing } = dueFrom({
    viewer: accountId,
    today: s.today,
    goals,
    lastCheckIn: Object.fromEntries(Object.entries(s.latest.latest).map(([goalId, c]) => [goalId, c.date])),
    kpis: lasts,
    agreements: signals,
    openInput: s.open.filter((i) => mine.has(i.goalId)),
    pendingProposals: s.pending.filter((p) => mine.has(p.parentId)).map(pendingOf),
    asEditor,
  });
  return { today: s.today, items, leadsNothing };
};

/** Untagged epics grouped by project (projects by key, epics by key, at most UNTAGGED_SHOWN named per project). */
const byProject = (epics: readonly UntaggedEpic[]): UntaggedInProject[] => {
  const groups = new Map<string, UntaggedInProject>();
  for (const e of epics) {
    const g = groups.get(e.project.id) ?? { project: e.project, epics: [], count: 0 };
    g.count++;
    if (g.epics.length < UNTAGGED_SHOWN) g.epics.push({ key: e.key, title: e.title });
    groups.set(e.project.id, g);
  }
  return [...groups.values()].sort((a, b) => a.project.key.localeCompare(b.project.key));
};
const UNTAGGED_SHOWN = 5;

/** The count the issue panel shows: the same list, counted (the panel links to it). */
export const countDueFromYou = async (deps: DueDeps, accountId: string): Promise<DueCount> => {
  const view = await readDueFromYou(deps, accountId);
  return { count: view.items.length + untaggedThings(view.untagged.length), overdue: view.items.filter((i) => i.overdue).length };
};

export const readDueFromYou = async (deps: DueDeps, accountId: string): Promise<DueView> => {
  const [catalog, sources, untagged] = await Promise.all([readVisibleCatalog(deps), readDueSources(deps), deps.untaggedToAdminister()]);
  const view = await dueOf(sources, accountId, catalog.goals, deps.viewer.isEditor);
  return { ...view, untagged: byProject(untagged.epics), untaggedMore: untagged.truncated };
};
