// Commitments up: a goal's leader or manager commits it to its parent, or raises a concern instead. A commitment
// is made to one parent and one target: re-parenting the goal, or changing the parent's target (its KPIs' targets
// and target dates, its timeframe's end), asks for it again. Pure.
import { AGREEMENT_TEXT_MAX, type AgreementRound, type Commitment, type CommitmentState, type CommitmentStatus } from '../../shared/model/agreement';
import type { GoalSummary } from '../../shared/model/goal';
import type { Kpi, KpiTarget } from '../../shared/model/kpi';
import { MAX_ROUNDS } from '../../shared/model/agreement';
import { refuse, refuseField, success, type Result } from '../result';
import { GOAL_NOT_FOUND, type Stamp } from './decide-support';

const targetWords = (t: KpiTarget): string => (t.direction === 'range' ? `range:${t.min}..${t.max}` : `${t.direction}:${t.value}`);

/** 32-bit FNV-1a, hex: short, stable, and enough to notice that a target changed. */
const fnv1a = (s: string): string => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
};

/** The fingerprint of a goal's target: its timeframe's end and each KPI's target and target date, in id order. */
export const targetFingerprint = (goal: Pick<GoalSummary, 'timeframe'>, kpis: readonly Pick<Kpi, 'id' | 'target' | 'targetDate'>[]): string => {
  const parts = [...kpis].sort((a, b) => a.id.localeCompare(b.id)).map((k) => `${k.id}=${targetWords(k.target)}@${k.targetDate}`);
  return `t-${fnv1a([`end=${goal.timeframe.end ?? '-'}`, ...parts].join('|'))}`;
};

/** What the commitment status is decided from: the stored record (or its summary) as it was made. */
export type CommitmentFacts = Pick<Commitment, 'parentId' | 'state' | 'parentTarget'>;

export interface Standing {
  status: CommitmentStatus;
  /** Why a commitment is asked for again. */
  why?: 'reparented' | 'target-changed';
}

/** Where a goal stands with its parent. `parentTarget` is the parent's fingerprint now. */
export const commitmentStanding = (
  goal: Pick<GoalSummary, 'parentId'>,
  parent: Pick<GoalSummary, 'id'> | undefined,
  record: CommitmentFacts | undefined,
  parentTarget: string,
): Standing => {
  if (!goal.parentId || !parent) return { status: 'no-parent' };
  if (!record) return { status: 'not-committed' };
  if (record.parentId !== parent.id) return { status: 'ask-again', why: 'reparented' };
  if (record.parentTarget !== parentTarget) return { status: 'ask-again', why: 'target-changed' };
  return { status: record.state };
};

/** Whether following the parents up from the goal comes back to it: bad data that a commitment must not build on. */
export const parentChainLoops = (byId: ReadonlyMap<string, Pick<GoalSummary, 'id' | 'parentId'>>, goalId: string): boolean => {
  const seen = new Set<string>();
  let at = byId.get(goalId)?.parentId ?? null;
  while (at) {
    if (at === goalId) return true;
    if (seen.has(at)) return false;
    seen.add(at);
    at = byId.get(at)?.parentId ?? null;
  }
  return false;
};

export interface CommitFacts {
  /** The goal as the viewer may see it; undefined when missing or hidden. */
  goal: GoalSummary | undefined;
  /** Its parent; undefined when it has none (or the parent is gone). */
  parent: GoalSummary | undefined;
  /** The goals the viewer may see, for the loop check. */
  byId: ReadonlyMap<string, Pick<GoalSummary, 'id' | 'parentId'>>;
  current: Commitment | undefined;
  /** Whether the actor leads or manages the goal, and whether they are a strategy editor. */
  holdsRole: boolean;
  isEditor: boolean;
  /** The parent's target fingerprint now. */
  parentTarget: string;
  /** The id of a first commitment (a later one keeps the record's). */
  id: string;
}

export interface CommitRequest {
  goalId: string;
  state: CommitmentState;
  text: string;
  expectedVersion: number | null;
}

export const decideCommit = (req: CommitRequest, f: CommitFacts, stamp: Stamp): Result<Commitment> => {
  const { goal, parent, current } = f;
  if (!goal) return refuse('NOT_FOUND', GOAL_NOT_FOUND);
  if (!f.holdsRole && !f.isEditor) return refuse('FORBIDDEN', 'Only the goal’s leader or manager, or a strategy editor, may commit it to its parent');
  const currentVersion = current?.version ?? null;
  if (currentVersion !== req.expectedVersion) {
    return refuse(
      'CONFLICT',
      `Someone changed this goal’s commitment since you opened it (version ${currentVersion ?? 'none'}, you had ${req.expectedVersion ?? 'none'})`,
      {
        expectedVersion: req.expectedVersion,
        currentVersion,
        current: current ?? null,
      },
    );
  }
  if (goal.status === 'archived') return refuseField('input.goalId', 'An archived goal makes no commitments; restore it first');
  if (!goal.parentId || !parent) return refuseField('input.goalId', 'This goal has no parent goal to commit to');
  if (parentChainLoops(f.byId, goal.id))
    return refuseField('input.goalId', 'Its parent goals lead back to itself: committing would close a cycle of commitments');
  if (parent.status === 'archived') return refuseField('input.goalId', 'Its parent goal is archived; a commitment to it would count for nothing');
  const text = req.text.trim();
  if (text.length === 0 || text.length > AGREEMENT_TEXT_MAX)
    return refuseField('input.text', `Say what is committed, in 1 to ${AGREEMENT_TEXT_MAX} characters`);
  const asEditor = !f.holdsRole;
  const round: AgreementRound = { action: req.state, by: stamp.by, asEditor, at: stamp.at, text, neededBy: null };
  return success({
    id: current?.id ?? f.id,
    kind: 'commitment',
    goalId: goal.id,
    parentId: parent.id,
    state: req.state,
    text,
    parentTarget: f.parentTarget,
    by: stamp.by,
    asEditor,
    at: stamp.at,
    // The thread keeps its latest rounds: a commitment may be renewed every time its parent's target moves.
    rounds: [...(current?.rounds ?? []), round].slice(-MAX_ROUNDS),
    version: (current?.version ?? 0) + 1,
    names: current?.names ?? {},
  });
};
