// What other surfaces show of agreements: badges, standings, the issue panel's lines and the web, always cut to the
// goals the viewer may see.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import { aCommitment, anAgreement, accepted, counteredByProvider, flagged } from '../../../test/builders/agreements';
import type { SupportSummary } from '../../shared/model/agreement';
import type { GoalSummary } from '../../shared/model/goal';
import type { GoalHealth } from '../../shared/model/goal-health';
import { buildGraph } from '../goals/graph';
import { targetFingerprint } from './commitment';
import { reliedOnLines, relianceLines } from './panel-lines';
import { agreementSignals, type AgreementFacts } from './signals';
import { summarizeSupport } from './summary';
import { agreementWeb } from './web';

const TODAY = '2026-11-28';
const g = (id: string, over: Partial<GoalSummary> = {}): GoalSummary =>
  summaryOf(aGoal({ id, title: `Goal ${id}`, level: 'functional', parentId: 'S', ...over }));
const S = g('S', { level: 'strategy', parentId: null });
const A = g('A', { leaderId: 'acc-a' });
const B = g('B', { leaderId: 'acc-b' });
const H = g('H', { restricted: true, leaderId: 'acc-h' });
const goals = [S, A, B, H];
const offTrack: GoalHealth = {
  state: 'off-track',
  kpis: 1,
  onTrack: 0,
  atRisk: 0,
  offTrack: 1,
  stale: 0,
  noData: 0,
  asOf: TODAY,
  computedAt: `${TODAY}T00:00:00.000Z`,
};

const sum = (a: ReturnType<typeof anAgreement>, over: Partial<SupportSummary> = {}): SupportSummary => ({ ...summarizeSupport(a), ...over });
const old = '2026-11-10T09:00:00.000Z';
const support: SupportSummary[] = [
  sum(accepted({ id: 'ag-risky' })), // A relies on B, B off track
  sum(anAgreement({ id: 'ag-old', fromGoalId: 'B', toGoalId: 'A' }), { lastRoundAt: old }), // waits for A's answer, 18 days
  sum(accepted({ id: 'ag-hidden', fromGoalId: 'A', toGoalId: 'H' })), // with a goal the viewer may not see
  sum(counteredByProvider({ id: 'ag-countered', fromGoalId: 'A', toGoalId: 'S' }), { lastRoundAt: old }), // waits for A
];
const facts = (over: Partial<AgreementFacts> = {}): AgreementFacts => ({
  support,
  commitments: {},
  health: { B: offTrack, H: offTrack },
  kpiTargets: new Map(),
  ...over,
});
const visible = (...gs: GoalSummary[]) => new Map(gs.map((x) => [x.id, x]));

describe('agreement signals for one viewer', () => {
  const s = agreementSignals(facts(), visible(S, A, B), TODAY);

  it('leaves out every agreement whose other goal the viewer cannot see', () => {
    expect(s.live.map((a) => a.summary.id).sort()).toEqual(['ag-countered', 'ag-old', 'ag-risky']);
  });

  it('counts on each goal what is at risk (as the asker) and what waited a week or more (either side)', () => {
    expect(s.badgeOf('A')).toEqual({ atRisk: 1, unanswered: 2, firstReason: '“Goal B” has 1 KPI off track.' });
    expect(s.badgeOf('B')).toEqual({ atRisk: 0, unanswered: 1, firstReason: null });
    expect(s.badgeOf('H')).toEqual({ atRisk: 0, unanswered: 0, firstReason: null });
  });

  it('counts an agreement its provider flagged as at risk, saying when but never the flag’s words', () => {
    const flaggedByB = sum({ ...flagged('Our vendor went bust'), id: 'ag-flagged' });
    expect(flaggedByB.flag).toEqual({ at: '2026-11-20T09:00:00.000Z', by: 'acc-provider', notedAt: null });
    expect(JSON.stringify(flaggedByB)).not.toContain('vendor');
    const badge = agreementSignals(facts({ support: [flaggedByB], health: {} }), visible(S, A, B), TODAY).badgeOf('A');
    expect(badge).toEqual({ atRisk: 1, unanswered: 0, firstReason: '“Goal B” flagged a risk to delivering it on 20 Nov 2026.' });
  });

  it('says whose answer a long-waiting agreement waits for', () => {
    expect(
      s
        .awaitingOf('A')
        .map((a) => a.summary.id)
        .sort(),
    ).toEqual(['ag-countered', 'ag-old']);
    expect(s.awaitingOf('B')).toEqual([]);
  });

  it('tells where each goal stands with its parent, against the parent’s target now', () => {
    const fp = targetFingerprint(S, []);
    const withCommitments = agreementSignals(
      facts({ commitments: { A: aCommitment({ goalId: 'A', parentTarget: fp }), B: aCommitment({ goalId: 'B', parentTarget: 't-old' }) } }),
      visible(S, A, B),
      TODAY,
    );
    expect(['S', 'A', 'B'].map((id) => withCommitments.standingOf(id)?.standing.status)).toEqual(['no-parent', 'committed', 'ask-again']);
    expect(withCommitments.standingOf('H')).toBeUndefined();
  });
});

describe('the issue panel’s lines', () => {
  const lines = (accountId: string, chain: string[], gs = goals) =>
    relianceLines({ chain, goals: gs, support, health: { B: offTrack }, accountId, today: TODAY });

  it('lists what the chain’s goals rely on, with the risks that need no work figures', () => {
    expect(lines('acc-x', ['A', 'S']).map((l) => [l.goalId, l.provider.id, l.sentence])).toEqual([
      ['A', 'B', 'Relies on “Goal B”, agreed for 15 Mar 2027, at risk: a KPI is off track'],
      ['A', 'S', 'Asked “Goal S” for support; they countered for 1 Apr 2027, and the answer is this goal’s to give'],
    ]);
  });

  it('names a restricted provider only to its people or when the issue’s own goal sits below it', () => {
    expect(lines('acc-h', ['A']).map((l) => l.provider.id)).toContain('H');
    const under = g('U', { parentId: 'H' });
    const withUnder = [...goals, under];
    const fromUnder = [...support, sum(accepted({ id: 'ag-u', fromGoalId: 'U', toGoalId: 'H' }))];
    expect(
      relianceLines({ chain: ['U', 'H', 'S'], goals: withUnder, support: fromUnder, health: {}, accountId: 'acc-x', today: TODAY }).map((l) => l.provider.id),
    ).toContain('H');
  });
});

describe('the issue panel’s lines the other way round', () => {
  it('lists who relies on the chain’s goals, in chain order', () => {
    const lines = reliedOnLines({ chain: ['A', 'S'], goals, support, health: {}, accountId: 'acc-x', today: TODAY });
    expect(lines.map((l) => [l.goalId, l.asker.id, l.sentence])).toEqual([
      ['A', 'B', expect.stringMatching(/^“Goal B” asked it for support by .+, waiting for its answer$/)],
      ['S', 'A', '“Goal A” asked it for support; the terms are still being agreed (latest: needed by 1 Apr 2027)'],
    ]);
  });

  it('says an agreed support is at risk as the asker sees it, and names a restricted asker only to whom it admits', () => {
    const fromHidden = [sum(accepted({ id: 'ag-h', fromGoalId: 'H', toGoalId: 'B' }))];
    const facts = (accountId: string) => ({ chain: ['B', 'S'], goals, support: fromHidden, health: { B: offTrack }, accountId, today: TODAY });
    expect(reliedOnLines(facts('acc-x'))).toEqual([]);
    expect(reliedOnLines(facts('acc-h'))).toEqual([
      expect.objectContaining({ goalId: 'B', asker: expect.objectContaining({ id: 'H' }), risk: '“Goal B” has 1 KPI off track.' }),
    ]);
  });
});

describe('the web of agreements below a goal', () => {
  const graph = buildGraph([S, A, B, g('C', { parentId: 'A' }), g('X', { parentId: null, level: 'strategy' }), g('Y', { parentId: 'X' })]);
  const live = agreementSignals(facts({ support: [...support, sum(accepted({ id: 'ag-out', fromGoalId: 'C', toGoalId: 'Y' }))] }), graph.byId, TODAY).live;

  it('draws the branch’s goals with their depth, the arrows between them and the outside goals they reach', () => {
    const web = agreementWeb(graph.byId.get('A')!, graph, live, TODAY);
    expect(web.nodes.map((n) => [n.id, n.depth, n.outside ?? false])).toEqual([
      ['A', 0, false],
      ['C', 1, false],
      ['B', 1, true],
      ['Y', 1, true],
      ['S', 0, true],
    ]);
    expect(web.edges.map((e) => [e.id, e.atRisk])).toEqual(
      expect.arrayContaining([
        ['ag-risky', true],
        ['ag-out', false],
      ]),
    );
    expect(web.truncated).toBe(false);
  });

  it('stops at its bound and says so', () => {
    const web = agreementWeb(S, graph, live, TODAY, 2);
    expect(web.nodes).toHaveLength(2);
    expect(web.truncated).toBe(true);
  });
});
