// Input from the work: who reads what (the anonymous rule), leaving it within the daily limit, triaging it, taking it
// into a check-in, and the gap of input left unanswered for 14 days.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import { anInput } from '../../../test/builders/input';
import type { AuditEvent } from '../../shared/model/audit';
import { INPUT_PER_DAY, type Input } from '../../shared/model/input';
import { inputAccess, mayNameAuthor, mayRead, mayTriage } from './access';
import { decideNewInput, decideTake, decideTriage, noQuota } from './decide';
import { inputGap, unansweredByGoal } from './gaps';
import { countsOf, historyOf, viewOf } from './view';

const goal = summaryOf(aGoal({ id: 'g-1', title: 'Dashboards', leaderId: 'acc-leader', managerId: 'acc-manager' }));
const names = { 'acc-leader': 'Lee Leader', 'acc-manager': 'Max Manager' };

describe('who reads input on a goal', () => {
  it.each([
    ['the leader', 'acc-leader', false, 'triage'],
    ['the manager', 'acc-manager', false, 'triage'],
    ['the leader who is also an editor', 'acc-leader', true, 'triage'],
    ['a strategy editor', 'acc-editor', true, 'read'],
    ['anyone else', 'acc-someone', false, 'counts'],
    ['the author', 'acc-author', false, 'counts'],
  ] as const)('%s gets %s', (_who, id, editor, access) => {
    expect(inputAccess(goal, id, editor)).toBe(access);
  });

  it('lets only the leader and manager triage', () => {
    expect(['acc-leader', 'acc-manager', 'acc-editor', 'acc-author'].map((id) => mayTriage(goal, id))).toEqual([true, true, false, false]);
  });

  // reader, access, named input?, anonymous input? → reads it, sees the author
  it.each([
    ['leader', 'triage', false, true, true],
    ['leader', 'triage', true, true, true],
    ['editor', 'read', false, true, true],
    ['editor', 'read', true, true, false],
    ['someone', 'counts', false, false, false],
    ['someone', 'counts', true, false, false],
    ['author', 'counts', true, true, true],
  ] as const)('%s (%s) on %s anonymous input: reads %s, names the author %s', (who, access, anonymous, reads, names_) => {
    const input = anInput({ anonymous });
    const id = `acc-${who}`;
    expect([mayRead(input, access, id), mayRead(input, access, id) && mayNameAuthor(input, access, id)]).toEqual([reads, names_]);
  });
});

describe('what a reader sees of one piece of input', () => {
  const answered = anInput({ anonymous: true, triage: { state: 'answered', answer: 'Good point', by: 'acc-manager', at: '2026-07-02T10:00:00.000Z' } });

  it('shows the leader the author of anonymous input, and says it was sent anonymously', () => {
    expect(viewOf(answered, { accountId: 'acc-leader', access: 'triage', names, browsable: new Set(['10001']) })).toMatchObject({
      author: { accountId: 'acc-author', displayName: 'Ann Author' },
      anonymous: true,
      mine: false,
      issue: { key: 'INS-1' },
      triage: { state: 'answered', answer: 'Good point', by: { displayName: 'Max Manager' } },
    });
  });

  it('shows an editor anonymous input without its author', () => {
    const v = viewOf(answered, { accountId: 'acc-editor', access: 'read', names, browsable: new Set(['10001']) });
    expect(v?.author).toBeNull();
    expect(JSON.stringify(v)).not.toContain('acc-author');
    expect(JSON.stringify(v)).not.toContain('Ann Author');
  });

  it('shows no issue to a reader who may not browse it', () => {
    expect(viewOf(answered, { accountId: 'acc-leader', access: 'triage', names, browsable: new Set() })?.issue).toBeNull();
  });

  it('shows others nothing but their own input', () => {
    expect(viewOf(answered, { accountId: 'acc-someone', access: 'counts', names })).toBeNull();
    expect(viewOf(answered, { accountId: 'acc-author', access: 'counts', names })).toMatchObject({ mine: true, author: { displayName: 'Ann Author' } });
  });

  it('counts by kind and state', () => {
    const inputs: Input[] = [
      anInput(),
      anInput({ kind: 'working' }),
      answered,
      anInput({ triage: { state: 'taken', checkInId: null, by: 'acc-leader', at: 'x' } }),
      anInput({ triage: { state: 'not-now', reason: 'Later', by: 'acc-leader', at: 'x' } }),
    ];
    expect(countsOf(inputs)).toEqual({ total: 5, working: 1, change: 4, open: 2, answered: 1, taken: 1, notNow: 1 });
  });
});

describe('the history of anonymous input', () => {
  const input = anInput({ anonymous: true });
  const event = (by: string, after: Input, at: string): AuditEvent => ({
    id: at,
    entity: 'input',
    entityId: input.id,
    action: 'create',
    at,
    by,
    before: null,
    after,
  });
  const events = [
    event('acc-manager', { ...input, version: 2, triage: { state: 'answered', answer: 'Yes', by: 'acc-manager', at: '2' } }, '2026-07-02T00:00:00.000Z'),
    event('acc-author', input, '2026-07-01T00:00:00.000Z'),
  ];

  it('names the author to the leader and manager', () => {
    expect(historyOf(events, input, { accountId: 'acc-leader', access: 'triage', names })).toEqual([
      { at: '2026-07-01T00:00:00.000Z', action: 'left', by: { accountId: 'acc-author', displayName: 'Ann Author' } },
      { at: '2026-07-02T00:00:00.000Z', action: 'answered', by: { accountId: 'acc-manager', displayName: 'Max Manager' } },
    ]);
  });

  it('says Anonymous to a strategy editor', () => {
    const seen = historyOf(events, input, { accountId: 'acc-editor', access: 'read', names });
    expect(seen.map((e) => e.by?.displayName ?? 'Anonymous')).toEqual(['Anonymous', 'Max Manager']);
    expect(JSON.stringify(seen)).not.toContain('acc-author');
  });
});

describe('leaving input', () => {
  const req = { kind: 'change' as const, text: 'Fewer meetings', anonymous: false };
  const stamp = { id: 'in-new', authorId: 'acc-author', authorName: 'Ann Author', at: '2026-07-01T09:00:00.000Z' };
  const facts = (over: Partial<Parameters<typeof decideNewInput>[1]> = {}) => ({
    goal,
    issue: { id: '10001', key: 'INS-1' },
    quota: noQuota('acc-author', 'g-1'),
    today: '2026-07-01',
    ...over,
  });

  it.each([
    ['a first input today', noQuota('acc-author', 'g-1'), 'ok', 1],
    ['the last one allowed today', { ...noQuota('acc-author', 'g-1'), day: '2026-07-01', count: INPUT_PER_DAY - 1, revision: 4 }, 'ok', INPUT_PER_DAY],
    ['one more than the limit', { ...noQuota('acc-author', 'g-1'), day: '2026-07-01', count: INPUT_PER_DAY, revision: 5 }, 'VALIDATION', null],
    ['the limit reached yesterday', { ...noQuota('acc-author', 'g-1'), day: '2026-06-30', count: INPUT_PER_DAY, revision: 5 }, 'ok', 1],
  ] as const)('%s → %s', (_name, quota, expected, count) => {
    const out = decideNewInput(req, facts({ quota }), stamp);
    expect(out.ok ? 'ok' : out.failure.code).toBe(expected);
    if (out.ok) expect(out.value.quota).toEqual({ ...quota, day: '2026-07-01', count, revision: quota.revision + 1 });
  });

  it('says when the limit frees up', () => {
    const out = decideNewInput(req, facts({ quota: { ...noQuota('acc-author', 'g-1'), day: '2026-07-01', count: INPUT_PER_DAY, revision: 5 } }), stamp);
    expect(!out.ok && out.failure.message).toMatch(/today.*tomorrow/);
  });

  it('refuses an archived goal', () => {
    const out = decideNewInput(req, facts({ goal: { ...goal, status: 'archived' } }), stamp);
    expect(!out.ok && out.failure.code).toBe('VALIDATION');
  });

  it('stores it open, at version 1, with its author even when anonymous', () => {
    const out = decideNewInput({ ...req, anonymous: true }, facts(), stamp);
    expect(out.ok && out.value.input).toEqual({
      id: 'in-new',
      goalId: 'g-1',
      kind: 'change',
      text: 'Fewer meetings',
      anonymous: true,
      authorId: 'acc-author',
      authorName: 'Ann Author',
      issue: { id: '10001', key: 'INS-1' },
      createdAt: stamp.at,
      version: 1,
      triage: { state: 'open' },
    });
  });
});

describe('triaging input', () => {
  const stamp = { by: 'acc-manager', at: '2026-07-03T09:00:00.000Z' };
  const taken = anInput({ version: 2, triage: { state: 'taken', checkInId: 'ci-1', by: 'acc-leader', at: 'x' } });

  it.each([
    ['answer open input', anInput(), 1, { kind: 'answer', text: 'Agreed' }, 'answered'],
    ['take it into the next check-in', anInput(), 1, { kind: 'take' }, 'taken'],
    ['say not now', anInput(), 1, { kind: 'not-now', reason: 'After the launch' }, 'not-now'],
    [
      'change one’s mind after not now',
      anInput({ version: 2, triage: { state: 'not-now', reason: 'x', by: 'acc-leader', at: 'x' } }),
      2,
      { kind: 'answer', text: 'Now' },
      'answered',
    ],
    ['triage a stale version', anInput({ version: 2 }), 1, { kind: 'take' }, 'CONFLICT'],
    ['re-triage input a check-in took', taken, 2, { kind: 'answer', text: 'x' }, 'VALIDATION'],
  ] as const)('%s → %s', (_name, input, version, decision, expected) => {
    const out = decideTriage(input, version, decision, stamp);
    expect(out.ok ? out.value.triage.state : out.failure.code).toBe(expected);
    if (out.ok) expect(out.value.version).toBe(input.version + 1);
  });

  it('records who triaged and when', () => {
    const out = decideTriage(anInput(), 1, { kind: 'not-now', reason: 'After the launch' }, stamp);
    expect(out.ok && out.value.triage).toEqual({ state: 'not-now', reason: 'After the launch', by: 'acc-manager', at: stamp.at });
  });
});

describe('taking input into a check-in', () => {
  const stamp = { checkInId: 'ci-9', by: 'acc-leader', at: '2026-07-03T09:00:00.000Z' };
  const open = anInput({ id: 'in-open' });
  const waiting = anInput({ id: 'in-waiting', version: 2, triage: { state: 'taken', checkInId: null, by: 'acc-leader', at: 'x' } });
  const answered = anInput({ id: 'in-answered', version: 2, triage: { state: 'answered', answer: 'x', by: 'acc-leader', at: 'x' } });
  const elsewhere = anInput({ id: 'in-elsewhere', goalId: 'g-2' });
  const found = new Map([open, waiting, answered, elsewhere].map((i) => [i.id, i]));

  it.each([
    ['open input and input waiting for the check-in', ['in-open', 'in-waiting'], 'ok'],
    ['the same input twice (counted once)', ['in-open', 'in-open'], 'ok'],
    ['input answered meanwhile', ['in-open', 'in-answered'], 'CONFLICT'],
    ['input on another goal', ['in-elsewhere'], 'NOT_FOUND'],
    ['input that does not exist', ['in-gone'], 'NOT_FOUND'],
  ] as const)('%s → %s', (_name, ids, expected) => {
    const out = decideTake(ids, found, 'g-1', stamp);
    expect(out.ok ? 'ok' : out.failure.code).toBe(expected);
  });

  it('marks each taken into the check-in, one version on', () => {
    const out = decideTake(['in-open', 'in-waiting', 'in-open'], found, 'g-1', stamp);
    expect(out.ok && out.value.map((i) => [i.id, i.version, i.triage])).toEqual([
      ['in-open', 2, { state: 'taken', checkInId: 'ci-9', by: 'acc-leader', at: stamp.at }],
      ['in-waiting', 3, { state: 'taken', checkInId: 'ci-9', by: 'acc-leader', at: stamp.at }],
    ]);
  });
});

describe('input unanswered for 14 days', () => {
  const today = '2026-07-20';
  const at = (day: string) => `${day}T12:00:00.000Z`;

  it('counts open input left 14 days ago or earlier, per goal, with the oldest day', () => {
    const inputs = [
      anInput({ createdAt: at('2026-07-06') }), // 14 days: counts
      anInput({ createdAt: at('2026-07-01') }),
      anInput({ createdAt: at('2026-07-07') }), // 13 days: not yet
      anInput({ createdAt: at('2026-06-01'), triage: { state: 'answered', answer: 'x', by: 'acc-leader', at: 'x' } }),
      anInput({ goalId: 'g-2', createdAt: at('2026-06-30') }),
    ];
    expect(unansweredByGoal(inputs, today)).toEqual(
      new Map([
        ['g-1', { count: 2, oldest: '2026-07-01' }],
        ['g-2', { count: 1, oldest: '2026-06-30' }],
      ]),
    );
  });

  it('is fixed by the goal’s leader or manager, on the goal', () => {
    const gap = inputGap(goal, { count: 2, oldest: '2026-07-01' }, names);
    expect(gap).toMatchObject({
      id: 'input-unanswered:g-1',
      kind: 'input-unanswered',
      who: 'Lee Leader (its leader) or Max Manager (its manager)',
      link: { target: 'goal', goalId: 'g-1' },
    });
    expect(gap?.why).toMatch(/^2 pieces of input .* \(the oldest since 1 Jul 2026\)/);
  });

  it('is no gap on an archived goal', () => {
    expect(inputGap({ ...goal, status: 'archived' }, { count: 1, oldest: '2026-07-01' }, names)).toBeNull();
  });
});
