// The delivery signal of the scorecards: how far each goal's work has come (the goal's own epics and those of
// every goal below it), from the app's roll-ups cut down to the projects the viewer may browse, under the
// progress rule the admin chose. Goals without visible work get no figure.
import { relianceLineOf } from '../../domain/agreements/signals';
import { hasVisibleWork, hasWorkAnywhere, subtreeTotals, type AlignmentModel } from '../../domain/alignment/tree-model';
import type { RelianceLine } from '../../shared/api/agreements';
import { loadModel, type AlignmentReadDeps } from '../alignment/alignment-tree';

export const deliveryProgressOf = async (deps: AlignmentReadDeps, goalIds: readonly string[]): Promise<Map<string, number>> =>
  progressOfModel(await loadModel(deps), goalIds);

/** The agreed support each goal relies on that is at risk, as the model's viewer may read it (nothing when they read none). */
export const atRiskOfModel = (model: AlignmentModel, goalIds: readonly string[]): Map<string, RelianceLine[]> =>
  new Map(goalIds.map((id) => [id, (model.agreements?.atRiskOf(id) ?? []).map(relianceLineOf)]));

/** Of these goals, those with no work the model's viewer can see under them. */
export const unseenOfModel = (model: AlignmentModel, goalIds: readonly string[]): Set<string> =>
  new Set(goalIds.filter((id) => model.progress(model.rule, subtreeTotals(model, id)) === null && !hasVisibleWork(model, id)));

/** Of these goals, those no work at all serves (nor any goal below them), seen by the viewer or not. */
export const unalignedOfModel = (model: AlignmentModel, goalIds: readonly string[]): Set<string> =>
  new Set(goalIds.filter((id) => !hasWorkAnywhere(model, id)));

export const progressOfModel = (model: AlignmentModel, goalIds: readonly string[]): Map<string, number> => {
  const out = new Map<string, number>();
  for (const id of goalIds) {
    const ratio = model.progress(model.rule, subtreeTotals(model, id));
    if (ratio !== null && Number.isFinite(ratio)) out.set(id, ratio);
  }
  return out;
};
