// What one person owes, as a table of cases: only active goals they lead or manage, each kind with its one action,
// and the order (overdue first, the longest due at the top).
import { aGoal, summaryOf } from '../../../test/builders/goals';
import { aKpi } from '../../../test/builders/kpis';
import { accepted, anAgreement, aRound, counteredByProvider, flagged } from '../../../test/builders/agreements';
import type { GoalSummary, GoalStatus } from '../../shared/model/goal';
import { agreementSignals } from '../agreements/signals';
import { summarizeSupport } from '../agreements/summary';
import { dueFrom, editorOwes, type DueFacts } from './due-items';
import { addDays } from '../kpi/series';

const TODAY = '2026-11-28';
const ME = 'acc-me';
const g = (id: string, over: Partial<GoalSummary> = {}): GoalSummary =>
  summaryOf(aGoal({ id, title: `Goal ${id}`, level: 'functional', parentId: 'S', leaderId: ME, managerId: 'acc-other', ...over }));
const S = g('S', { level: 'strategy', parentId: null, leaderId: 'acc-boss', managerId: 'acc-boss' });
const facts = (goals: GoalSummary[], over: Partial<DueFacts> = {}): DueFacts => ({
  viewer: ME,
  today: TODAY,
  goals: [S, ...goals],
  lastCheckIn: {},
  kpis: [],
  agreements: null,
  openInput: [],
  pendingProposals: [],
  ...over,
});
const ids = (f: DueFacts) => dueFrom(f).items.map((i) => i.id);

describe('whose goals', () => {
  it('asks the leader and the manager alike, and nobody else', () => {
    const led = g('L', { timeframe: { start: '2026-09-01', end: '2027-06-30' } });
    const managed = g('M', { leaderId: 'acc-other', managerId: ME, timeframe: { start: '2026-09-01', end: '2027-06-30' } });
    const theirs = g('T', { leaderId: 'acc-other', managerId: 'acc-else', timeframe: { start: '2026-09-01', end: '2027-06-30' } });
    expect(ids(facts([led, managed, theirs]))).toEqual(['check-in:L', 'check-in:M']);
  });

  it.each<GoalStatus>(['draft', 'achieved', 'archived'])('never asks anything of a %s goal', (status) => {
    const goal = g('X', { status, managerId: null, timeframe: { start: '2026-01-01', end: '2027-06-30' } });
    const f = facts([goal], {
      kpis: [{ kpi: aKpi({ goalId: 'X', cadence: 'weekly' }), last: '2026-09-01' }],
      openInput: [{ goalId: 'X', createdAt: '2026-10-01T10:00:00.000Z' }],
    });
    expect(dueFrom(f)).toEqual({ items: [], leadsNothing: true });
  });
});

describe('each kind of item', () => {
  const goal = g('G', { timeframe: { start: '2026-01-01', end: '2027-06-30' } });

  it('check-in: overdue a week after it was due, with the reason the scorecards give', () => {
    const [item] = dueFrom(facts([goal], { lastCheckIn: { G: '2026-10-25' } })).items;
    expect(item).toMatchObject({ kind: 'check-in', action: 'Check in', focus: 'check-in', overdue: false, since: '2026-11-24' });
    expect(item?.sentence).toBe('A check-in was due on 24 Nov 2026.');
    expect(dueFrom(facts([goal], { lastCheckIn: { G: '2026-11-01' } })).items).toEqual([]);
    expect(dueFrom(facts([goal], { lastCheckIn: { G: '2026-10-01' } })).items[0]).toMatchObject({ overdue: true, since: '2026-10-31' });
  });

  it('measurement: a manual KPI whose cadence has run out; never an automatic one', () => {
    const weekly = aKpi({ id: 'k-w', goalId: 'G', name: 'Uptime', cadence: 'weekly' });
    const f = (last: string | null, kpi = weekly) => facts([goal], { lastCheckIn: { G: TODAY }, kpis: [{ kpi, last }] });
    expect(dueFrom(f('2026-11-25')).items).toEqual([]);
    expect(dueFrom(f('2026-11-21')).items[0]).toMatchObject({
      id: 'measurement:k-w',
      kpiId: 'k-w',
      focus: 'kpis',
      overdue: false,
      since: '2026-11-28',
      sentence: 'A value of Uptime was due on 28 Nov 2026; the last one is from 21 Nov 2026.',
    });
    expect(dueFrom(f('2026-11-10')).items[0]).toMatchObject({ overdue: true });
    expect(dueFrom(f(null)).items[0]?.sentence).toBe('Uptime has no value yet; the first was due on 8 Jan 2026.');
    expect(dueFrom(f('2026-09-01', { ...weekly, source: { kind: 'jql-count', jql: 'project = X' } })).items).toEqual([]);
  });

  it('agreement: only when it is my goal’s turn to answer', () => {
    const other = g('O', { leaderId: 'acc-other', managerId: 'acc-else' });
    const asked = summarizeSupport(anAgreement({ id: 'ag-asked', fromGoalId: 'O', toGoalId: 'G' })); // waits for G (the provider)
    const mineAsked = summarizeSupport(anAgreement({ id: 'ag-mine', fromGoalId: 'G', toGoalId: 'O' })); // waits for O
    const countered = summarizeSupport(counteredByProvider({ id: 'ag-counter', fromGoalId: 'G', toGoalId: 'O' })); // waits for G (the asker)
    const signals = agreementSignals(
      { support: [asked, mineAsked, countered], commitments: {}, health: {}, kpiTargets: new Map() },
      new Map([S, goal, other].map((x) => [x.id, x])),
      TODAY,
    );
    const got = dueFrom(facts([goal, other], { lastCheckIn: { G: TODAY, O: TODAY }, agreements: signals })).items.filter((i) => i.kind === 'agreement');
    expect(got.map((i) => i.id).sort()).toEqual(['agreement:ag-asked', 'agreement:ag-counter']);
    expect(got.every((i) => i.goal.id === 'G' && i.action === 'Answer')).toBe(true);
  });

  it('agreement renegotiated after it was agreed: the sentences say it is never declined and may be marked broken', () => {
    const other = g('O', { leaderId: 'acc-other', managerId: 'acc-else' });
    const base = accepted({ fromGoalId: 'G', toGoalId: 'O' });
    const reopened = (id: string, side: 'asker' | 'provider', fromGoalId: string, toGoalId: string) =>
      summarizeSupport({
        ...base,
        id,
        fromGoalId,
        toGoalId,
        state: 'countered',
        neededBy: '2027-04-01',
        rounds: [
          ...base.rounds,
          aRound({ action: 'counter', by: side === 'provider' ? 'acc-provider' : 'acc-asker', side, neededBy: '2027-04-01', text: 'New terms' }),
        ],
        version: 3,
      });
    const newTerms = reopened('ag-new-terms', 'provider', 'G', 'O'); // the provider proposed new terms: G (the asker) answers
    const counteredBack = reopened('ag-back', 'asker', 'O', 'G'); // O (the asker) countered back: G (the provider) answers
    expect([newTerms.wasAgreed, counteredBack.wasAgreed, summarizeSupport(counteredByProvider()).wasAgreed]).toEqual([true, true, false]);
    const signals = agreementSignals(
      { support: [newTerms, counteredBack], commitments: {}, health: {}, kpiTargets: new Map() },
      new Map([S, goal, other].map((x) => [x.id, x])),
      TODAY,
    );
    const got = dueFrom(facts([goal, other], { lastCheckIn: { G: TODAY, O: TODAY }, agreements: signals })).items.filter((i) => i.kind === 'agreement');
    const sentence = (id: string) => got.find((i) => i.id === `agreement:${id}`)?.sentence;
    expect(sentence('ag-new-terms')).toBe(
      '“Goal O” proposes new terms for the support “Goal G” relies on (“The ingestion API”, needed by 1 Apr 2027): accept them, counter, withdraw or mark it broken.',
    );
    expect(sentence('ag-back')).toBe(
      '“Goal O” answered with new terms for the support it relies on from “Goal G” (“The ingestion API”, needed by 1 Apr 2027): accept them or counter.',
    );
  });

  it('agreement: its ask is quoted on one line, in the order it reads, even from a summary stored before that was so', () => {
    const other = g('O', { leaderId: 'acc-other', managerId: 'acc-else' });
    const raw = '\u202eApprove budget\u202c\nIGNORE the rest';
    const fresh = summarizeSupport(anAgreement({ id: 'ag-new', fromGoalId: 'O', toGoalId: 'G', ask: raw }));
    const stored = { ...fresh, id: 'ag-old', ask: raw };
    const signals = agreementSignals(
      { support: [fresh, stored], commitments: {}, health: {}, kpiTargets: new Map() },
      new Map([S, goal, other].map((x) => [x.id, x])),
      TODAY,
    );
    const sentences = dueFrom(facts([goal, other], { lastCheckIn: { G: TODAY, O: TODAY }, agreements: signals }))
      .items.filter((i) => i.kind === 'agreement')
      .map((i) => i.sentence);
    expect(sentences).toHaveLength(2);
    for (const s of sentences) expect(s).toContain('(“Approve budget IGNORE the rest”, needed by');
  });

  it('agreement at risk: owed by the providing goal until it says where the agreement stands', () => {
    const other = g('O', { leaderId: 'acc-other', managerId: 'acc-else' });
    const late = { neededBy: '2026-11-20' };
    const provided = summarizeSupport(accepted({ id: 'ag-provided', fromGoalId: 'O', toGoalId: 'G', ...late }));
    const reliedOn = summarizeSupport(accepted({ id: 'ag-relied', fromGoalId: 'G', toGoalId: 'O', ...late }));
    const spoken = summarizeSupport({ ...flagged(), id: 'ag-flagged', fromGoalId: 'O', toGoalId: 'G', ...late });
    const f = flagged();
    const cleared = summarizeSupport({
      ...f,
      rounds: [...f.rounds, aRound({ action: 'unflag', by: 'acc-provider', side: 'provider', text: '', neededBy: null, at: '2026-11-21T09:00:00.000Z' })],
      id: 'ag-cleared',
      fromGoalId: 'O',
      toGoalId: 'G',
      ...late,
    });
    expect([spoken.providerSpokeAt, cleared.providerSpokeAt, cleared.flag]).toEqual(['2026-11-20T09:00:00.000Z', '2026-11-21T09:00:00.000Z', null]);
    const onTime = summarizeSupport(accepted({ id: 'ag-fine', fromGoalId: 'O', toGoalId: 'G', neededBy: '2027-03-01' }));
    const signals = agreementSignals(
      { support: [provided, reliedOn, spoken, cleared, onTime], commitments: {}, health: {}, kpiTargets: new Map() },
      new Map([S, goal, other].map((x) => [x.id, x])),
      TODAY,
    );
    const got = dueFrom(facts([goal, other], { lastCheckIn: { G: TODAY, O: TODAY }, agreements: signals })).items.filter((i) => i.kind === 'agreement');
    expect(got).toEqual([
      expect.objectContaining({
        id: 'agreement:ag-provided',
        goal: expect.objectContaining({ id: 'G' }),
        action: 'Tell them',
        overdue: true,
        since: '2026-11-20',
      }),
    ]);
    expect(got[0]!.sentence).toBe(
      '“Goal O” relies on “Goal G” for “The ingestion API”, agreed for 20 Nov 2026, and it is at risk. It was needed by 20 Nov 2026 and is not marked fulfilled. Tell them where it stands: flag the risk, propose new terms or mark it fulfilled.',
    );
  });

  it('agreement flagged at risk: owed by the relying goal until it acknowledges the flag, and again once the flag is updated', () => {
    const other = g('O', { leaderId: 'acc-other', managerId: 'acc-else' });
    const f = flagged();
    const relying = { ...f, id: 'ag-relying', fromGoalId: 'G', toGoalId: 'O' };
    const noted = {
      ...relying,
      id: 'ag-noted',
      rounds: [...relying.rounds, aRound({ action: 'acknowledge', by: 'acc-me', side: 'asker', text: '', neededBy: null, at: '2026-11-21T09:00:00.000Z' })],
    };
    const updated = {
      ...noted,
      id: 'ag-updated',
      rounds: [
        ...noted.rounds,
        aRound({ action: 'flag', by: 'acc-provider', side: 'provider', text: 'Worse', neededBy: null, at: '2026-11-27T09:00:00.000Z' }),
      ],
    };
    const providing = { ...f, id: 'ag-providing', fromGoalId: 'O', toGoalId: 'G' }; // mine to provide: nothing to acknowledge
    const signals = agreementSignals(
      { support: [relying, noted, updated, providing].map(summarizeSupport), commitments: {}, health: {}, kpiTargets: new Map() },
      new Map([S, goal, other].map((x) => [x.id, x])),
      TODAY,
    );
    const got = dueFrom(facts([goal, other], { lastCheckIn: { G: TODAY, O: TODAY }, agreements: signals })).items.filter((i) => i.kind === 'agreement');
    expect(got.map((i) => [i.id, i.action, i.since, i.overdue])).toEqual([
      ['agreement:ag-relying', 'Answer', '2026-11-20', true],
      ['agreement:ag-updated', 'Answer', '2026-11-27', false],
    ]);
    expect(got[0]!.sentence).toBe(
      '“Goal O” flagged a risk on 20 Nov 2026 to the support “Goal G” relies on (“The ingestion API”, agreed for 15 Mar 2027). Answer it: acknowledge it and say what you will do, withdraw, or mark it broken.',
    );
  });

  it('input: one item per goal, overdue once the oldest waited two weeks', () => {
    const open = [
      { goalId: 'G', createdAt: '2026-11-20T10:00:00.000Z' },
      { goalId: 'G', createdAt: '2026-11-10T10:00:00.000Z' },
    ];
    const [item] = dueFrom(facts([goal], { lastCheckIn: { G: TODAY }, openInput: open })).items;
    expect(item).toMatchObject({ id: 'input:G', overdue: true, since: '2026-11-10' });
    expect(item?.sentence).toBe('2 pieces of input from the work on “Goal G” wait for an answer, the oldest since 10 Nov 2026.');
  });

  it('proposal: decided by the parent goal’s leader or manager, never by its proposer; overdue after two weeks', () => {
    const pending = (over: Partial<DueFacts['pendingProposals'][number]> = {}) => ({
      id: 'p-1',
      parentId: 'G',
      title: 'Cut query time',
      proposerId: 'acc-kenji',
      proposerName: 'Kenji Sato',
      createdAt: '2026-11-20T09:00:00.000Z',
      ...over,
    });
    const got = (p: DueFacts['pendingProposals'][number], viewer = ME) =>
      dueFrom(facts([goal], { viewer, lastCheckIn: { G: TODAY }, pendingProposals: [p] })).items.filter((i) => i.kind === 'proposal');
    expect(got(pending())).toEqual([
      {
        id: 'proposal:p-1',
        kind: 'proposal',
        goal: { id: 'G', title: 'Goal G', level: 'functional' },
        sentence: 'Kenji Sato proposes “Cut query time” under “Goal G”: approve it, or decline with a reason.',
        action: 'Decide',
        focus: 'proposals',
        overdue: false,
        since: '2026-11-20',
      },
    ]);
    expect(got(pending({ createdAt: '2026-11-14T09:00:00.000Z' }))[0]?.overdue).toBe(true);
    // Their own proposal, one under someone else's goal, and the manager of the goal alike.
    expect(got(pending({ proposerId: ME }))).toEqual([]);
    expect(got(pending({ parentId: 'S' }))).toEqual([]);
    expect(got(pending(), 'acc-other').map((i) => i.id)).toEqual(['proposal:p-1']);
  });

  it('no manager: asked of the leader, not of a manager', () => {
    const alone = g('A', { managerId: null });
    expect(ids(facts([alone], { lastCheckIn: { A: TODAY } }))).toEqual(['no-manager:A']);
    expect(dueFrom(facts([alone], { viewer: 'acc-other', lastCheckIn: { A: TODAY } })).leadsNothing).toBe(true);
  });
});

it('orders overdue items first, the longest due at the top, then the ones with no date', () => {
  const a = g('A', { managerId: null, timeframe: { start: '2026-01-01', end: '2027-06-30' } });
  const b = g('B', { timeframe: { start: '2026-01-01', end: '2027-06-30' } });
  const f = facts([a, b], { lastCheckIn: { A: '2026-10-25', B: '2026-09-01' } });
  expect(ids(f)).toEqual(['check-in:B', 'check-in:A', 'no-manager:A']);
});

// Strategy editors owe no goal's work, but a proposal nobody else decides is theirs: under a goal with no leader or
// manager, or left undecided for two weeks.
describe('the proposals a strategy editor owes', () => {
  const theirs = g('T', { leaderId: 'acc-other', managerId: 'acc-else' });
  const orphan = g('O', { leaderId: null, managerId: null });
  const proposal = (id: string, parentId: string, daysAgo: number, proposerId = 'acc-sofia') => ({
    id,
    parentId,
    title: `Proposal ${id}`,
    proposerId,
    proposerName: 'Sofia',
    createdAt: `${addDays(TODAY, -daysAgo)}T09:00:00.000Z`,
  });
  const pending = [
    proposal('fresh', 'T', 2),
    proposal('old', 'T', 14),
    proposal('orphaned', 'O', 1),
    proposal('mine', 'O', 30, ME),
    proposal('hidden', 'X', 30),
  ];

  it('is what sits under a goal nobody leads or manages, or what waited 14 days; never their own, never out of sight', () => {
    expect(editorOwes(ME, [S, theirs, orphan], pending, TODAY).map((p) => p.id)).toEqual(['old', 'orphaned']);
  });

  it('leaves out what sits under a goal the editor leads or manages: that is already theirs as its leader', () => {
    const led = g('L', { leaderId: ME, managerId: null });
    expect(editorOwes(ME, [S, led], [proposal('p', 'L', 30)], TODAY)).toEqual([]);
  });

  it('lists each with why it is theirs, overdue once it waited 14 days', () => {
    const owed = editorOwes(ME, [S, theirs, orphan], pending, TODAY);
    const items = dueFrom(facts([theirs, orphan], { asEditor: owed })).items.filter((i) => i.kind === 'proposal');
    expect(items.map((i) => [i.id, i.overdue])).toEqual([
      ['proposal:old', true],
      ['proposal:orphaned', false],
    ]);
    expect(items[0]!.sentence).toBe(
      'Sofia proposes “Proposal old” under “Goal T”; nobody has decided it in 14 days. As a strategy editor, approve it or decline it with a reason.',
    );
    expect(items[1]!.sentence).toBe(
      'Sofia proposes “Proposal orphaned” under “Goal O”, which has no leader or manager to decide it. As a strategy editor, approve it or decline it with a reason.',
    );
    expect(dueFrom(facts([theirs, orphan], { asEditor: owed })).leadsNothing).toBe(false);
  });
});
