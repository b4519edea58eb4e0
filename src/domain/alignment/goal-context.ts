// What the issue panel shows: the goal behind a piece of work and the chain up to the strategy, taken from the
// epic's tag, or from the project's tag when the epic has none, and saying which.
import type { EpicTag } from '../../shared/epic-tag';
import type { ChainLinkView, GoalContext, Person } from '../../shared/api/panel';
import type { GoalSummary } from '../../shared/model/goal';
import type { GoalHealth } from '../../shared/model/goal-health';
import type { ProjectAlignment } from '../../shared/model/project-alignment';
import { goalChain } from '../goals/chain';
import { buildGraph } from '../goals/graph';

export interface GoalContextFacts {
  issue: GoalContext['issue'];
  epic: { id: string; key: string; summary: string } | null;
  /** Display names of the epic tag's leader and manager, as captured when it was tagged. */
  epicNames?: Readonly<Record<string, string>>;
  epicTag: EpicTag | null;
  projectAlignment: ProjectAlignment | null;
  goals: readonly GoalSummary[];
  people: Readonly<Record<string, string>>;
  /** Each goal's materialized KPI health; a goal absent here has not been evaluated yet. */
  health?: Readonly<Record<string, GoalHealth>>;
  canTagEpic: boolean;
}

const personOf = (id: string | null | undefined, names: Readonly<Record<string, string>>): Person =>
  id ? { accountId: id, displayName: names[id] ?? 'Unknown user' } : null;

export const composeGoalContext = (f: GoalContextFacts): GoalContext => {
  const goalId = f.epicTag?.goalId ?? f.projectAlignment?.goalId ?? null;
  const source = f.epicTag ? 'epic' : f.projectAlignment ? 'project' : 'none';
  let chain: ChainLinkView[] = [];
  let reachesStrategy = false;
  if (goalId) {
    const computed = goalChain(buildGraph(f.goals), goalId);
    reachesStrategy = computed.reachesStrategy;
    chain = computed.links.map((l) =>
      l.kind === 'missing'
        ? { kind: 'missing', id: l.goalId }
        : {
            kind: 'goal',
            id: l.goal.id,
            title: l.goal.title,
            level: l.goal.level,
            status: l.goal.status,
            stage: l.goal.stage,
            leader: personOf(l.goal.leaderId, f.people),
            manager: personOf(l.goal.managerId, f.people),
            health: f.health?.[l.goal.id] ?? null,
          },
    );
  }
  const pa = f.projectAlignment;
  return {
    issue: f.issue,
    epic: f.epic ? { ...f.epic, leader: personOf(f.epicTag?.leaderId, f.epicNames ?? {}), manager: personOf(f.epicTag?.managerId, f.epicNames ?? {}) } : null,
    source,
    epicTag: f.epicTag,
    projectAlignment: pa ? { level: pa.level, goalId: pa.goalId, leader: personOf(pa.leaderId, pa.names), manager: personOf(pa.managerId, pa.names) } : null,
    chain,
    reachesStrategy,
    canTagEpic: f.issue.isEpic && f.canTagEpic,
  };
};
