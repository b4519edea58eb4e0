// What the surfaces that show agreements beside other things (tree, subtree, tree macro, gaps, scorecards) read of
// them: the two site-wide summaries and the goal health board in one storage operation, and, only when some goal has
// committed, every KPI's target (one paged read) for the fingerprints commitments are judged against.
import type { AgreementFacts } from '../../domain/agreements/signals';
import type { Kpi } from '../../shared/model/kpi';
import type { AgreementStore } from '../ports/agreements';
import type { KpiStore } from '../ports/kpis';

export const readAgreementFacts = async (store: Pick<AgreementStore, 'boards'>, kpis: Pick<KpiStore, 'all'>): Promise<AgreementFacts> => {
  const boards = await store.boards();
  const committed = Object.keys(boards.commitments.commitments).length > 0;
  const kpiTargets = new Map<string, Kpi[]>();
  for (const k of committed ? await kpis.all() : []) kpiTargets.set(k.goalId, [...(kpiTargets.get(k.goalId) ?? []), k]);
  return { support: boards.support.agreements, commitments: boards.commitments.commitments, health: boards.health.goals, kpiTargets };
};
