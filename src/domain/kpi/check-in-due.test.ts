// When a goal's check-in is due, and why draft goals are never overdue.
import { aGoal } from '../../../test/builders/goals';
import { checkInDue } from './check-in-due';

const TODAY = '2026-07-02';
const goal = (status: 'draft' | 'active' | 'achieved' | 'archived', start: string | null = '2026-01-01') =>
  aGoal({ status, timeframe: { start, end: '2026-12-31' }, createdAt: '2026-02-01T00:00:00.000Z' });

describe('check-ins due', () => {
  it.each([
    ['an active goal checked in 20 days ago', 'active', '2026-06-12', 'on-time'],
    ['an active goal checked in 36 days ago (within the grace)', 'active', '2026-05-27', 'on-time'],
    ['an active goal checked in 38 days ago', 'active', '2026-05-25', 'overdue'],
    ['an active goal never checked in, started in January', 'active', null, 'overdue'],
    ['a draft goal never checked in', 'draft', null, 'not-expected'],
    ['a draft goal checked in long ago', 'draft', '2026-01-15', 'not-expected'],
    ['an achieved goal', 'achieved', null, 'not-expected'],
    ['an archived goal', 'archived', null, 'not-expected'],
  ] as const)('%s → %s', (_name, status, last, state) => {
    expect(checkInDue(goal(status), last, TODAY).state).toBe(state);
  });

  it('starts the clock at the goal’s start, or when it was written down', () => {
    expect(checkInDue(goal('active', '2026-06-20'), null, TODAY)).toMatchObject({ state: 'on-time', due: '2026-07-20' });
    expect(checkInDue(goal('active', null), null, TODAY)).toMatchObject({ state: 'overdue', due: '2026-03-03' });
  });

  it('says why', () => {
    expect(checkInDue(goal('active'), '2026-05-01', TODAY).reason).toBe('No check-in since 1 May 2026; one was due on 31 May 2026 (one every 30 days).');
    expect(checkInDue(goal('draft'), null, TODAY).reason).toBe('Draft goals are not expected to check in.');
  });
});
