// Use case: the issue panel's reliance lines judged with the work, as the goal page judges them. The panel's first
// answer reads no work (its budget: one Jira call), so it cannot tell that a providing goal's work is behind; the
// panel asks this after it has drawn. One alignment model as the viewer: only goals they may see, agreements only for
// those who take part in the strategy, risk from the work of the projects they may browse.
import { relianceLineOf } from '../../domain/agreements/signals';
import { RELIANCE_LINES_MAX, type RelianceLine } from '../../shared/api/agreements';
import { loadModel, type AlignmentReadDeps } from '../alignment/alignment-tree';

export const panelRelianceWithWork = async (deps: AlignmentReadDeps, goalIds: readonly string[]): Promise<{ reliesOn: RelianceLine[] }> => {
  const m = await loadModel(deps);
  const signals = m.agreements;
  if (!signals) return { reliesOn: [] };
  const lines = [...new Set(goalIds)].flatMap((id) => signals.live.filter((a) => a.from.id === id).map(relianceLineOf));
  return { reliesOn: lines.slice(0, RELIANCE_LINES_MAX) };
};
