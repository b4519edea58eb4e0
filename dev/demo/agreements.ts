// Northwind's agreements between goals, dated relative to `today`: support agreements in every state (one request
// unanswered for twelve days, one agreed support at risk because its provider's pipeline KPI is off track, one with the
// restricted acquisition goal) and commitments of some goals to their parents (one a concern, one asked again because
// the parent's target moved since; the rest not committed yet, Dashboards 3.0 among them). Each round is written by
// someone who may take it: the goal's leader or manager, or a strategy editor.
import type { AgreementRound, Commitment, CommitmentState, SupportAgreement, SupportState } from '../../src/shared/model/agreement';
import type { Goal } from '../../src/shared/model/goal';
import type { Kpi } from '../../src/shared/model/kpi';
import { targetFingerprint } from '../../src/domain/agreements/commitment';
import { ACCOUNTS, type Handle } from './people';
import { addDays, timestamp } from './random';

/** The request waiting longest for an answer: Onboarding asked the release train twelve days ago. */
export const OLD_UNANSWERED_AGREEMENT = 'ag-onboarding-checklist';
/** Agreed support at risk: Enterprise sales relies on the marketing pipeline, whose KPI is off track. */
export const AT_RISK_AGREEMENT = 'ag-enterprise-pipeline';
/** Dashboards 3.0 relies on the cloud cost project's query cache (agreed): what a story under it shows on its panel. */
export const DASHBOARDS_RELIES_ON = 'ag-query-cache';
/** The acquisition goal's request: only those who may see the restricted goal know of it. */
export const RESTRICTED_AGREEMENT = 'ag-lumen-migration';

interface Round {
  action: AgreementRound['action'];
  by: Handle;
  daysAgo: number;
  text?: string;
  /** Days from today of the date this round proposes or agrees to. */
  neededIn?: number;
  side?: 'asker' | 'provider';
  asEditor?: boolean;
}

interface SupportDef {
  id: string;
  from: string;
  to: string;
  state: SupportState;
  rounds: Round[];
}

const SUPPORT: SupportDef[] = [
  {
    id: AT_RISK_AGREEMENT,
    from: 'g-enterprise-sales',
    to: 'g-marketing-pipeline',
    state: 'accepted',
    rounds: [
      {
        action: 'propose',
        by: 'vpSales',
        daysAgo: 40,
        side: 'asker',
        neededIn: 75,
        text: 'Forty qualified enterprise leads a month from campaigns aimed at security buyers',
      },
      { action: 'accept', by: 'headMarketing', daysAgo: 35, side: 'provider', neededIn: 75 },
    ],
  },
  {
    id: OLD_UNANSWERED_AGREEMENT,
    from: 'g-customer-onboarding',
    to: 'g-release-train',
    state: 'proposed',
    rounds: [
      { action: 'propose', by: 'docsLead', daysAgo: 12, side: 'asker', neededIn: 45, text: 'An in-app onboarding checklist shipped in a regular release' },
    ],
  },
  {
    id: 'ag-sso-on-call',
    from: 'g-sso-scim',
    to: 'g-incident-response',
    state: 'countered',
    rounds: [
      { action: 'propose', by: 'lead', daysAgo: 10, side: 'asker', neededIn: 20, text: 'On-call cover from the SRE team during the SSO launch week' },
      {
        action: 'counter',
        by: 'sreManager',
        daysAgo: 3,
        side: 'provider',
        neededIn: 34,
        text: 'On-call cover for the launch week, if the launch moves past the holiday freeze',
      },
    ],
  },
  {
    id: 'ag-homepage-demo',
    from: 'g-website-relaunch',
    to: 'g-dashboards-v3',
    state: 'declined',
    rounds: [
      { action: 'propose', by: 'ruth', daysAgo: 30, side: 'asker', neededIn: 5, text: 'A live, embeddable dashboard demo for the new homepage' },
      { action: 'decline', by: 'lead', daysAgo: 26, side: 'provider', text: 'Embedding needs the new permission model, which ships after the relaunch' },
    ],
  },
  {
    id: 'ag-churn-score',
    from: 'g-customer-retention',
    to: 'g-product-differentiation',
    state: 'withdrawn',
    rounds: [
      { action: 'propose', by: 'nora', daysAgo: 50, side: 'asker', neededIn: 30, text: 'A churn-risk score for every account, inside the product' },
      { action: 'withdraw', by: 'nora', daysAgo: 40, side: 'asker', text: 'The CRM vendor now provides the score' },
    ],
  },
  {
    id: 'ag-status-page',
    from: 'g-support-triage',
    to: 'g-incident-response',
    state: 'fulfilled',
    rounds: [
      { action: 'propose', by: 'nora', daysAgo: 90, side: 'asker', neededIn: -30, text: 'Status page updated within 15 minutes of every P1' },
      { action: 'accept', by: 'ivan', daysAgo: 88, side: 'provider', neededIn: -30 },
      { action: 'fulfil', by: 'ivan', daysAgo: 20, side: 'provider', text: 'Automated from the paging tool since the October review' },
    ],
  },
  {
    id: 'ag-lead-scoring',
    from: 'g-lead-qualification',
    to: 'g-marketing-pipeline',
    state: 'broken',
    rounds: [
      { action: 'propose', by: 'sam', daysAgo: 120, side: 'asker', neededIn: -40, text: 'A lead scoring model in the marketing automation tool' },
      { action: 'accept', by: 'ruth', daysAgo: 115, side: 'provider', neededIn: -40 },
      { action: 'break', by: 'sam', daysAgo: 15, side: 'asker', text: 'Slipped twice; sales scores leads by hand until the first quarter' },
    ],
  },
  {
    id: DASHBOARDS_RELIES_ON,
    from: 'g-dashboards-v3',
    to: 'g-cloud-cost',
    state: 'accepted',
    rounds: [
      { action: 'propose', by: 'lead', daysAgo: 25, side: 'asker', neededIn: 21, text: 'A query cache the new layout engine can use for shared dashboards' },
      { action: 'accept', by: 'sreManager', daysAgo: 22, side: 'provider', neededIn: 21 },
    ],
  },
  {
    id: RESTRICTED_AGREEMENT,
    from: 'g-atlas-integration',
    to: 'g-engineering-excellence',
    state: 'proposed',
    rounds: [
      { action: 'propose', by: 'exec', daysAgo: 9, side: 'asker', neededIn: 60, text: 'Two engineers to migrate Lumen Metrics customers onto our platform' },
    ],
  },
];

interface CommitmentDef {
  goal: string;
  state: CommitmentState;
  by: Handle;
  daysAgo: number;
  text: string;
  /** Made against an earlier target of the parent: asked again. */
  staleTarget?: boolean;
}

const COMMITMENTS: CommitmentDef[] = [
  { goal: 'g-enterprise-sales', state: 'committed', by: 'vpSales', daysAgo: 60, text: 'Enterprise deals bring 60% of the new ARR this year' },
  { goal: 'g-engineering-excellence', state: 'committed', by: 'vpEngineering', daysAgo: 58, text: '99.9% uptime and a release every two weeks, all year' },
  { goal: 'g-release-train', state: 'committed', by: 'lucas', daysAgo: 45, text: 'Median cycle time under five days by the end of the quarter' },
  { goal: 'g-incident-response', state: 'committed', by: 'sreManager', daysAgo: 44, text: 'Every P1 resolved within four hours, with a review' },
  { goal: 'g-support-triage', state: 'concern', by: 'nora', daysAgo: 30, text: 'One business day for every ticket only if the two support hires are approved' },
  { goal: 'g-customer-community', state: 'committed', by: 'ruth', daysAgo: 150, text: 'A user group and a forum before the summer' },
  { goal: 'g-sso-scim', state: 'committed', by: 'lead', daysAgo: 20, text: 'SSO and SCIM in the hands of the three largest prospects this quarter' },
  { goal: 'g-cloud-cost', state: 'committed', by: 'sreManager', daysAgo: 100, text: 'Cost per customer down 20% by year end', staleTarget: true },
];

const roundOf = (r: Round, today: string, minute: number): AgreementRound => ({
  action: r.action,
  by: ACCOUNTS[r.by],
  asEditor: r.asEditor ?? false,
  at: timestamp(addDays(today, -r.daysAgo), minute),
  text: r.text ?? '',
  neededBy: r.neededIn === undefined ? null : addDays(today, r.neededIn),
  ...(r.side ? { side: r.side } : {}),
});

export function buildAgreements(today: string): SupportAgreement[] {
  return SUPPORT.map((d, i) => {
    const rounds = d.rounds.map((r, j) => roundOf(r, today, 90 + i * 7 + j * 3));
    const terms = [...d.rounds].reverse().find((r) => r.action === 'propose' || r.action === 'counter')!;
    const agreed = [...d.rounds].reverse().find((r) => r.neededIn !== undefined)!;
    const lastProvider = [...d.rounds].reverse().find((r) => r.side === 'provider');
    return {
      id: d.id,
      kind: 'support',
      fromGoalId: d.from,
      toGoalId: d.to,
      ask: terms.text!,
      neededBy: addDays(today, agreed.neededIn!),
      state: d.state,
      proposedBy: ACCOUNTS[d.rounds[0]!.by],
      answeredBy: lastProvider ? ACCOUNTS[lastProvider.by] : null,
      rounds,
      version: rounds.length,
      createdAt: rounds[0]!.at,
      updatedAt: rounds[rounds.length - 1]!.at,
      names: {},
    };
  });
}

export function buildCommitments(today: string, goals: readonly Goal[], kpis: readonly Kpi[]): Commitment[] {
  return COMMITMENTS.map((d, i) => {
    const goal = goals.find((g) => g.id === d.goal)!;
    const parent = goals.find((g) => g.id === goal.parentId)!;
    const at = timestamp(addDays(today, -d.daysAgo), 200 + i * 5);
    const round: AgreementRound = { action: d.state, by: ACCOUNTS[d.by], asEditor: false, at, text: d.text, neededBy: null };
    return {
      id: `cm-${d.goal.slice(2)}`.slice(0, 64),
      kind: 'commitment',
      goalId: goal.id,
      parentId: parent.id,
      state: d.state,
      text: d.text,
      parentTarget: d.staleTarget
        ? 't-00000000'
        : targetFingerprint(
            parent,
            kpis.filter((k) => k.goalId === parent.id),
          ),
      by: ACCOUNTS[d.by],
      asEditor: false,
      at,
      rounds: [round],
      version: 1,
      names: {},
    };
  });
}
