// Test data of the agreement views (a "mother" per view), for the UI's unit tests: each valid against the
// contract's schema, overridable field by field. Imported only by tests.
import type { AgreementGoal, AgreementWebView, CommitmentView, GoalAgreementsView, RoundView, SupportView } from '../../../../src/shared/api/agreements';

export const ASKER: AgreementGoal = {
  id: 'g-product-differentiation',
  title: 'Ship the analytics features that set us apart',
  level: 'functional',
  status: 'active',
};
export const PROVIDER: AgreementGoal = { id: 'g-engineering-excellence', title: 'Reliable, fast engineering delivery', level: 'functional', status: 'active' };

export const LEAD = { accountId: 'acc-lead', displayName: 'Daniel Okafor' };
export const EXEC = { accountId: 'acc-exec', displayName: 'Helen Marsh' };

export const aRound = (over: Partial<RoundView> = {}): RoundView => ({
  action: 'propose',
  by: LEAD,
  asEditor: false,
  at: '2026-12-01T09:30:00.000Z',
  text: 'The ingestion API, load-tested',
  neededBy: '2027-03-15',
  ...over,
});

export const aSupport = (over: Partial<SupportView> = {}): SupportView => ({
  id: 'ag-1',
  kind: 'support',
  from: ASKER,
  to: PROVIDER,
  ask: 'The ingestion API, load-tested',
  neededBy: '2027-03-15',
  state: 'proposed',
  turn: 'provider',
  waitingDays: 2,
  risks: [],
  summary: 'Proposed, waiting 2 days for an answer',
  proposedBy: LEAD,
  answeredBy: null,
  rounds: [aRound()],
  can: [],
  version: 1,
  ...over,
});

export const aCommitment = (over: Partial<CommitmentView> = {}): CommitmentView => ({
  goal: ASKER,
  parent: { id: 'g-grow-arr', title: 'Grow annual recurring revenue to $48M', level: 'strategy', status: 'active' },
  status: 'not-committed',
  state: null,
  text: null,
  by: null,
  asEditor: false,
  at: null,
  summary: 'Not committed',
  rounds: [],
  canCommit: false,
  version: null,
  ...over,
});

export const aGoalAgreements = (over: Partial<GoalAgreementsView> = {}): GoalAgreementsView => ({
  goalId: ASKER.id,
  reliesOn: [],
  reliedOnBy: [],
  commitment: aCommitment(),
  childCommitments: [],
  canAsk: false,
  ...over,
});

const node = (id: string, title: string, parentId: string | null, depth: number, level: AgreementGoal['level'] = 'functional') => ({
  id,
  title,
  level,
  status: 'active' as const,
  parentId,
  depth,
});

/** A strategy goal with two branches; the product side relies on engineering twice. */
export const aWeb = (over: Partial<AgreementWebView> = {}): AgreementWebView => ({
  root: { id: 's', title: 'Run a reliable platform', level: 'strategy', status: 'active' },
  nodes: [
    node('s', 'Run a reliable platform', null, 0, 'strategy'),
    node('p', 'Ship the analytics features', 's', 1),
    node('d', 'Dashboards 3.0', 'p', 2, 'project'),
    node('e', 'Reliable delivery', 's', 1),
    node('i', 'Resolve incidents', 'e', 2, 'process'),
    node('r', 'Ship every two weeks', 'e', 2, 'process'),
  ],
  edges: [
    {
      id: 'a1',
      fromGoalId: 'p',
      toGoalId: 'e',
      state: 'accepted',
      neededBy: '2027-03-15',
      atRisk: true,
      risks: ['The platform’s KPI is off track.'],
      summary: 'Agreed, needed by 15 Mar 2027; at risk',
    },
    { id: 'a2', fromGoalId: 'd', toGoalId: 'r', state: 'proposed', neededBy: '2027-02-01', atRisk: false, risks: [], summary: 'Proposed' },
    { id: 'a3', fromGoalId: 'i', toGoalId: 'r', state: 'countered', neededBy: '2027-02-10', atRisk: false, risks: [], summary: 'Countered' },
  ],
  truncated: false,
  ...over,
});
