// The panel's reliance lines before and after their work is judged: which lines could be at risk from their providing
// goal's work (agreed, with no risk the panel could tell without the work), and the lines with the workspace's
// judgement put in. A line the judged answer does not name keeps what the panel said. Pure.
import type { RelianceLine } from '../../../src/shared/api/agreements';

const keyOf = (l: Pick<RelianceLine, 'goalId' | 'provider' | 'neededBy'>): string => `${l.goalId}|${l.provider.id}|${l.neededBy}`;

/** Whether a line's risk waits on its work: agreed support the panel found no other risk in. */
export const awaitsWork = (l: Pick<RelianceLine, 'state' | 'risk'>): boolean => l.state === 'accepted' && l.risk === null;

/** The goals whose lines need the work judged; empty when none does (then nothing is asked). */
export const goalsToCheck = (lines: readonly RelianceLine[]): string[] => [...new Set(lines.filter(awaitsWork).map((l) => l.goalId))];

export const withWorkJudged = (lines: readonly RelianceLine[], judged: readonly RelianceLine[]): RelianceLine[] => {
  const byKey = new Map(judged.map((l) => [keyOf(l), l]));
  return lines.map((l) => {
    const j = byKey.get(keyOf(l));
    return j && j.state === l.state ? { ...l, risk: j.risk, sentence: j.sentence } : l;
  });
};
