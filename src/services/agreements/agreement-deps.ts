// The ports the agreement use cases read and write through, and the steps they share: the catalog as the viewer may
// see it, the people's names captured when saving, the day, and the risk signals of the providing goals (their KPI
// health from the board, their work as the viewer may see it). Production adapters are wired in src/wiring/deps.ts.
import type { GoalSummary } from '../../shared/model/goal';
import type { Kpi } from '../../shared/model/kpi';
import type { ProviderSignals } from '../../domain/agreements/risk';
import { takesPart } from '../../domain/agreements/readers';
import { holdsRoleOn } from '../../domain/kpi/access';
import type { AgreementStore } from '../ports/agreements';
import type { CatalogSnapshot, CatalogStore } from '../ports/catalog';
import type { HealthBoard, KpiStore } from '../ports/kpis';
import { readVisibleCatalog, type GoalVisibilityDeps } from '../goals/goal-visibility';

export interface AgreementDeps {
  /** The whole catalog; the use cases see it through `viewer` (restricted goals cut). */
  catalog: Pick<CatalogStore, 'read'>;
  viewer: GoalVisibilityDeps;
  store: AgreementStore;
  /** A goal's KPIs: their targets make the fingerprint a commitment is made against. */
  kpis: Pick<KpiStore, 'ofGoal'>;
  /** Whether the caller is a strategy editor (asked of Jira as the caller, at most once per call). */
  isEditor(): Promise<boolean>;
  /** Share of each goal's work done (0…1) as the caller may see it; goals without a figure are absent. */
  deliveryProgress(goalIds: readonly string[]): Promise<ReadonlyMap<string, number>>;
  /** Display names of these people, read as the caller; unknown ids are left out. */
  namesOf(accountIds: string[]): Promise<Record<string, string>>;
  now(): Date;
  newId(prefix: string): string;
  auditId(): string;
}

export const todayOf = (now: Date): string => now.toISOString().slice(0, 10);

export interface Visible {
  snapshot: CatalogSnapshot;
  byId: Map<string, GoalSummary>;
}

export const visibleCatalog = async (deps: Pick<AgreementDeps, 'catalog' | 'viewer'>): Promise<Visible> => {
  const snapshot = await readVisibleCatalog(deps);
  return { snapshot, byId: new Map(snapshot.goals.map((g) => [g.id, g])) };
};

/** The name to keep for the one acting: the catalog's when it has it, else Jira's (read as the caller). */
export const nameToKeep = async (
  deps: Pick<AgreementDeps, 'namesOf'>,
  people: Readonly<Record<string, string>>,
  accountId: string,
): Promise<Record<string, string>> => {
  if (Object.hasOwn(people, accountId)) return { [accountId]: people[accountId]! };
  return deps.namesOf([accountId]);
};

export type KpiTargetsOf = (goalId: string) => Promise<Pick<Kpi, 'id' | 'target' | 'targetDate'>[]>;

/**
 * The signals that make agreed support risky, for the providing goals given: their KPI health from the board and, when
 * `withWork`, their work as the viewer may see it. A failure to read the work (after a committed write, say) leaves the
 * work-based reasons out rather than failing the answer.
 */
export const providerSignals = async (
  deps: Pick<AgreementDeps, 'deliveryProgress'>,
  providers: readonly GoalSummary[],
  health: HealthBoard,
  withWork = true,
): Promise<Map<string, ProviderSignals>> => {
  let progress: ReadonlyMap<string, number> | undefined;
  if (withWork && providers.length > 0) {
    try {
      progress = await deps.deliveryProgress(providers.map((g) => g.id));
    } catch (e) {
      console.warn('[throughline] reading the work of providing goals failed; their risk leaves the work out', e);
    }
  }
  return new Map(
    providers.map((g) => [
      g.id,
      { goal: g, health: health.goals[g.id], ...(progress ? { progress: progress.get(g.id) ?? null } : {}) } satisfies ProviderSignals,
    ]),
  );
};

/**
 * Whether the caller may read agreements at all (src/domain/agreements/readers.ts): their roles in the catalog first (no
 * further read), then whether a project they may browse is aligned to a goal (one Jira call, as them, and the project
 * alignments), then the editor check.
 */
export const readsAgreements = async (deps: Pick<AgreementDeps, 'viewer' | 'isEditor'>, visible: Visible): Promise<boolean> => {
  const accountId = deps.viewer.accountId;
  if (visible.snapshot.goals.some((g) => holdsRoleOn(g, accountId))) return true;
  const [projects, alignments] = await Promise.all([deps.viewer.browsableProjects(), deps.viewer.alignments()]);
  const browsable = new Set(projects.map((p) => p.id));
  return takesPart({ accountId, goals: [], browsesAlignedProject: alignments.some((a) => browsable.has(a.projectId)) }) || deps.isEditor();
};
