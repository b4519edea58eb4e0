// Commitments up: the parent's target fingerprint, where a goal stands with its parent, and committing.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import { aCommitment } from '../../../test/builders/agreements';
import { aKpi } from '../../../test/builders/kpis';
import type { GoalSummary } from '../../shared/model/goal';
import { commitmentStanding, decideCommit, parentChainLoops, targetFingerprint, type CommitFacts } from './commitment';

const S = summaryOf(aGoal({ id: 'S', title: 'Strategy', level: 'strategy' }));
const F = summaryOf(aGoal({ id: 'F', title: 'Functional', level: 'functional', parentId: 'S', leaderId: 'acc-leader', managerId: 'acc-manager' }));
const kpis = [aKpi({ id: 'k-1', goalId: 'S' }), aKpi({ id: 'k-2', goalId: 'S' })];
const FP = targetFingerprint(S, kpis);

describe('the parent’s target fingerprint', () => {
  it('does not depend on the order of the KPIs', () => {
    expect(targetFingerprint(S, [...kpis].reverse())).toBe(FP);
  });

  it.each([
    ['a KPI’s target', [{ ...kpis[0]!, target: { direction: 'increase' as const, value: 999 } }, kpis[1]!], S],
    ['a KPI’s target date', [{ ...kpis[0]!, targetDate: '2030-01-01' }, kpis[1]!], S],
    ['a KPI added', [...kpis, aKpi({ id: 'k-3' })], S],
    ['the timeframe’s end', kpis, { ...S, timeframe: { start: S.timeframe.start, end: '2027-06-30' } }],
  ])('changes with %s', (_what, ks, goal) => {
    expect(targetFingerprint(goal, ks)).not.toBe(FP);
  });
});

describe('where a goal stands with its parent', () => {
  it.each([
    ['a strategy goal', S, undefined, undefined, 'no-parent', undefined],
    ['no commitment yet', F, S, undefined, 'not-committed', undefined],
    ['committed to this parent and target', F, S, aCommitment({ parentTarget: FP }), 'committed', undefined],
    ['a concern raised', F, S, aCommitment({ parentTarget: FP, state: 'concern' }), 'concern', undefined],
    ['committed to another parent', F, S, aCommitment({ parentId: 'S2', parentTarget: FP }), 'ask-again', 'reparented'],
    ['committed before the parent’s target changed', F, S, aCommitment({ parentTarget: 't-old' }), 'ask-again', 'target-changed'],
  ] as const)('%s → %s', (_name, goal, parent, record, status, why) => {
    expect(commitmentStanding(goal, parent, record, FP)).toEqual({ status, ...(why ? { why } : {}) });
  });
});

describe('committing', () => {
  const stamp = { by: 'acc-leader', at: '2026-11-28T12:00:00.000Z', today: '2026-11-28' };
  const facts = (over: Partial<CommitFacts> = {}): CommitFacts => ({
    goal: F,
    parent: S,
    byId: new Map([S, F].map((g) => [g.id, g])),
    current: undefined,
    holdsRole: true,
    isEditor: false,
    parentTarget: FP,
    id: 'cm-new',
    ...over,
  });
  const req = { goalId: 'F', state: 'committed' as const, text: '30% by Q2', expectedVersion: null };
  const loop = (): Map<string, GoalSummary> =>
    new Map([
      ['F', { ...F, parentId: 'P' }],
      ['P', { ...F, id: 'P', parentId: 'F' }],
    ]);

  it.each([
    ['a first commitment by the goal’s leader', req, facts(), 'ok'],
    ['the same by a strategy editor', req, facts({ holdsRole: false, isEditor: true }), 'ok'],
    ['a goal the viewer may not see', req, facts({ goal: undefined }), 'NOT_FOUND'],
    ['someone who neither leads nor manages it nor edits strategy', req, facts({ holdsRole: false }), 'FORBIDDEN'],
    ['a first commitment when one was made meanwhile', req, facts({ current: aCommitment() }), 'CONFLICT'],
    ['a change at a stale version', { ...req, expectedVersion: 1 }, facts({ current: aCommitment({ version: 2 }) }), 'CONFLICT'],
    ['a change at the current version', { ...req, expectedVersion: 2 }, facts({ current: aCommitment({ version: 2 }) }), 'ok'],
    ['a goal without a parent', { ...req, goalId: 'S' }, facts({ goal: S, parent: undefined }), 'VALIDATION'],
    ['an archived goal', req, facts({ goal: { ...F, status: 'archived' } }), 'VALIDATION'],
    ['an archived parent', req, facts({ parent: { ...S, status: 'archived' } }), 'VALIDATION'],
    [
      'a goal whose parents lead back to itself (a cycle of commitments)',
      req,
      facts({ byId: loop(), goal: loop().get('F'), parent: loop().get('P') }),
      'VALIDATION',
    ],
    ['words of 1,001 characters', { ...req, text: 'x'.repeat(1001) }, facts(), 'VALIDATION'],
  ] as const)('%s → %s', (_name, r, f, outcome) => {
    const out = decideCommit(r, f, stamp);
    expect(out.ok ? 'ok' : out.failure.code).toBe(outcome);
  });

  it('records the parent, its target and who committed, as editor when they hold no role', () => {
    const out = decideCommit(req, facts({ holdsRole: false, isEditor: true }), { ...stamp, by: 'acc-exec' });
    expect(out.ok && out.value).toMatchObject({ id: 'cm-new', goalId: 'F', parentId: 'S', parentTarget: FP, by: 'acc-exec', asEditor: true, version: 1 });
  });

  it('keeps the record’s id and thread when the commitment is renewed', () => {
    const out = decideCommit({ ...req, state: 'concern', text: 'Only 20%', expectedVersion: 1 }, facts({ current: aCommitment() }), stamp);
    expect(out.ok && out.value).toMatchObject({ id: 'cm-1', state: 'concern', version: 2 });
    expect(out.ok && out.value.rounds.map((r) => r.action)).toEqual(['committed', 'concern']);
  });

  it('finds loops in the parent chain and nothing else', () => {
    expect(parentChainLoops(loop(), 'F')).toBe(true);
    expect(parentChainLoops(new Map([S, F].map((g) => [g.id, g])), 'F')).toBe(false);
  });
});
