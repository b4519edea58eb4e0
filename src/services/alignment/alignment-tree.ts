// Use case: the alignment tree explorer, loaded lazily level by level. Every read starts from the projects the
// viewer may browse (one Jira call as the user) and cuts the app's roll-ups down to them before anything is
// computed. First screen: one Jira call and a handful of storage reads (the catalog, the alignment board in one batch,
// the agreement and health boards with the settings in one batch, the input waiting 14 days or more in one query,
// every goal roll-up at 100 a read).
import {
  browsesAlignedProject,
  buildModel,
  projectsUnder,
  withAgreements,
  withProjectNames,
  type AlignmentModel,
  type ProjectRef,
} from '../../domain/alignment/tree-model';
import { takesPart } from '../../domain/agreements/readers';
import type { AgreementFacts } from '../../domain/agreements/signals';
import { coverageByLevel } from '../../domain/alignment/coverage';
import { epicNodes, goalChildren, rootNodes, type EpicInfo } from '../../domain/alignment/tree';
import type { ProgressFn } from '../../domain/alignment/tree-progress';
import type { ChildrenView, NodeRef, TreeQuery, TreeView } from '../../shared/api/alignment';
import { AppFailure } from '../../shared/errors';
import type { GoalHealth } from '../../shared/model/goal-health';
import type { ProjectAlignment } from '../../shared/model/project-alignment';
import type { EpicRollup, ProgressRule } from '../../shared/model/rollup';
import type { CatalogSnapshot } from '../ports/catalog';
import type { RollupReader } from '../ports/rollups';
import { goalsVisibleWith } from '../goals/goal-visibility';
import { unansweredByGoal, unansweredSince } from '../../domain/input/gaps';
import type { Input } from '../../shared/model/input';

export interface AlignmentReadDeps {
  /** The viewer: restricted goals are cut to what they may see before anything is built. */
  accountId: string;
  /** Whether the viewer is a strategy editor (costs Jira calls: asked only when a goal is restricted). */
  isEditor(): Promise<boolean>;
  catalog(): Promise<CatalogSnapshot>;
  /** The projects the viewer may browse, as Jira says to the viewer (ids and keys: one call at any size). */
  browsableProjects(): Promise<ProjectRef[]>;
  /** Jira's names of these projects, asked as the viewer only for the projects a view shows; absent: keys are shown. */
  projectNames?(ids: string[]): Promise<Record<string, string>>;
  alignments(): Promise<ProjectAlignment[]>;
  rollups: RollupReader;
  progressRule(): Promise<ProgressRule>;
  progress: ProgressFn;
  /** 'YYYY-MM-DD' in UTC. */
  today(): string;
  /** What agreements are judged by (src/services/agreements/agreement-facts.ts); absent on surfaces that show none. */
  agreements?(): Promise<AgreementFacts>;
  /** Every goal's KPI health, for surfaces that show it but read no agreements (whose facts carry it already). */
  health?(): Promise<Readonly<Record<string, GoalHealth>>>;
  /** Open input from the work left at or before this instant (one storage query, paged: only what has waited 14 days
   *  or more, usually little), for the gap "input unanswered"; absent on surfaces that show no gaps. */
  openInputSince?(at: string): Promise<Pick<Input, 'goalId' | 'createdAt' | 'triage'>[]>;
}

export interface AlignmentTreeDeps extends AlignmentReadDeps {
  /** Epics by id, read as the viewer: the ones Jira does not return are not shown. */
  epicsByIds(ids: string[]): Promise<EpicInfo[]>;
  namesOf(accountIds: string[]): Promise<Record<string, string>>;
}

const EPIC_PAGE = 100;
const MAX_EPIC_PAGES = 10;

export const loadModel = async (deps: AlignmentReadDeps): Promise<AlignmentModel> => {
  const today = deps.today();
  const [catalog, projects, alignments, rule, facts, board, every, open] = await Promise.all([
    deps.catalog(),
    deps.browsableProjects(),
    deps.alignments(),
    deps.progressRule(),
    deps.agreements?.(),
    deps.agreements ? undefined : deps.health?.(),
    // Every goal's roll-up is needed (totals and coverage run over the whole catalog): read them all by query.
    deps.rollups.allGoals(),
    deps.openInputSince?.(`${unansweredSince(today)}T23:59:59.999Z`),
  ]);
  const health = facts?.health ?? board;
  const inCatalog = new Set(catalog.goals.map((g) => g.id));
  // Roll-ups left by goals since deleted count nowhere, as when they were read by the catalog's keys.
  const rollups = new Map([...every].filter(([id]) => inCatalog.has(id)));
  // Every view built on the model (tree, subtree, gaps, macros, delivery) shows only goals the viewer may see.
  const goals = await goalsVisibleWith(deps, catalog.goals, { projects, alignments, rollups });
  const built = buildModel({ goals, people: catalog.people, projects, alignments, rollups, rule, progress: deps.progress, today });
  // Counts per goal only (a gap never says who wrote what); only the goals the viewer may see carry them.
  const counted = open ? { ...built, waitingInput: unansweredByGoal(open, today) } : built;
  // The health board comes with the agreements' read (or alone where a surface reads no agreements): each goal's
  // health for its row, and its KPI count for coverage.
  const model = health ? { ...counted, health, kpiCounts: health } : counted;
  if (!facts) return model;
  // Agreements reach only those who take part in the strategy (by role or team; else the editor check).
  const reads = takesPart({ accountId: deps.accountId, goals, browsesAlignedProject: browsesAlignedProject(model) }) || (await deps.isEditor());
  return reads ? withAgreements(model, facts) : model;
};

/** The model with Jira's names of these projects (only those a view shows are asked). */
export const namingProjects = async (deps: AlignmentReadDeps, m: AlignmentModel, ids: Iterable<string>): Promise<AlignmentModel> => {
  const wanted = [...new Set(ids)].filter((id) => m.projects.has(id) && m.projects.get(id)!.name === undefined);
  if (wanted.length === 0 || !deps.projectNames) return m;
  return withProjectNames(m, await deps.projectNames(wanted));
};

export const readTree = async (deps: AlignmentReadDeps, query: TreeQuery): Promise<TreeView> => {
  const loaded = await loadModel(deps);
  // A search may find aligned projects by name: only then are names asked (the first screen shows goals only).
  const model = query.search ? await namingProjects(deps, loaded, loaded.alignmentOf.keys()) : loaded;
  return { ...rootNodes(model, query), rule: model.rule, coverage: coverageByLevel(model) };
};

/** Epics tagged to a goal, in bounded pages, kept only where the viewer may browse their project. */
export const visibleEpicsOfGoal = async (
  m: AlignmentModel,
  reader: RollupReader,
  goalId: string,
  projectId?: string,
  maxPages = MAX_EPIC_PAGES,
): Promise<EpicRollup[]> => {
  const out: EpicRollup[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const res = await reader.epicsOfGoal(goalId, EPIC_PAGE, cursor);
    out.push(...res.epics.filter((e) => m.projects.has(e.projectId) && (projectId === undefined || e.projectId === projectId)));
    cursor = res.cursor;
    if (!cursor) break;
  }
  return out;
};

const notVisible = () => new AppFailure('NOT_FOUND', 'This part of the tree does not exist, or you may not see it');

export const readChildren = async (deps: AlignmentTreeDeps, parent: NodeRef): Promise<ChildrenView> => {
  const loaded = await loadModel(deps);
  if (parent.kind === 'goal') {
    const model = await namingProjects(
      deps,
      loaded,
      projectsUnder(loaded, parent.goalId).map((p) => p.id),
    );
    const out = goalChildren(model, parent.goalId);
    if (!out) throw notVisible();
    return { ...out, rule: model.rule };
  }
  const model = loaded;
  // A project the viewer may not browse answers exactly like one that does not exist.
  if (!model.projects.has(parent.projectId) || !model.graph.byId.has(parent.goalId)) throw notVisible();
  const epics = await visibleEpicsOfGoal(model, deps.rollups, parent.goalId, parent.projectId);
  const infos = epics.length === 0 ? [] : await deps.epicsByIds(epics.map((e) => e.epicId));
  const info = new Map(infos.filter((i) => i.projectId === parent.projectId).map((i) => [i.id, i]));
  const people = infos.flatMap((i) => [i.tag?.leaderId, i.tag?.managerId]).filter((id): id is string => id !== undefined);
  const known = { ...model.people, ...(model.alignmentOf.get(parent.projectId)?.names ?? {}) };
  const unknown = [...new Set(people.filter((id) => known[id] === undefined))];
  const names = unknown.length > 0 ? { ...known, ...(await deps.namesOf(unknown)) } : known;
  return { ...epicNodes(model, epics, info, names), rule: model.rule };
};
