// The delivery signal of the scorecards: how far each goal's work has come (the goal's own epics and those of
// every goal below it), from the app's roll-ups cut down to the projects the viewer may browse, under the
// progress rule the admin chose. Goals without visible work get no figure.
import { subtreeTotals } from '../../domain/alignment/tree-model';
import { loadModel, type AlignmentReadDeps } from '../alignment/alignment-tree';

export const deliveryProgressOf = async (deps: AlignmentReadDeps, goalIds: readonly string[]): Promise<Map<string, number>> => {
  const model = await loadModel(deps);
  const out = new Map<string, number>();
  for (const id of goalIds) {
    const ratio = model.progress(model.rule, subtreeTotals(model, id));
    if (ratio !== null && Number.isFinite(ratio)) out.set(id, ratio);
  }
  return out;
};
