// Northwind's check-ins: most active goals checked in within the last month (some twice), written by the goal's
// manager or leader and dated relative to `today`. Three goals are overdue on purpose: the community programme
// nobody has started, lead qualification, whose KPI has also gone stale, and SSO and SCIM (managed by the demo
// persona `lead`, so his "Due from you" has an overdue check-in). The draft goal has none.
import type { CheckIn, Confidence } from '../../src/shared/model/check-in';
import type { KpiStatus } from '../../src/shared/model/kpi';
import { GOAL_DEFS, GOAL_WITHOUT_WORK, PROCESS_GOAL_KPIS_ONLY, SELF_GOAL } from './goals';
import { ACCOUNTS } from './people';
import { addDays, timestamp } from './random';

/** Active goals whose last check-in is long past due (a check-in is expected every 30 days, 7 days' grace). */
export const OVERDUE_CHECK_IN_GOALS = [GOAL_WITHOUT_WORK, 'g-lead-qualification', 'g-sso-scim'] as const;

interface Entry {
  daysAgo: number;
  status: KpiStatus;
  confidence: Confidence;
  learnings?: string;
  risks?: string;
  decisions?: string;
}

/** Newest first per goal. */
const ENTRIES: Record<string, Entry[]> = {
  'g-grow-arr': [
    {
      daysAgo: 6,
      status: 'at-risk',
      confidence: 3,
      learnings: 'Expansion revenue is ahead of plan; new logos are behind by about $1.5M.',
      risks: 'Two enterprise renewals slip into January.',
      decisions: 'Move two marketing programmes to enterprise account plays for Q4.',
    },
    { daysAgo: 37, status: 'at-risk', confidence: 3, learnings: 'Pipeline from the website relaunch is slower to convert than forecast.' },
  ],
  'g-delight-customers': [
    {
      daysAgo: 11,
      status: 'on-track',
      confidence: 4,
      learnings: 'NPS detractors cite slow dashboards; the new engine fixes most of it.',
      decisions: 'Survey migrated customers a month after the switch.',
    },
    { daysAgo: 41, status: 'on-track', confidence: 4 },
  ],
  'g-operate-efficiently': [
    {
      daysAgo: 4,
      status: 'on-track',
      confidence: 4,
      learnings: 'Cost per customer fell again after the cluster rightsizing.',
      risks: 'The legacy ingestion service still runs for three customers.',
    },
  ],
  'g-enterprise-sales': [
    {
      daysAgo: 9,
      status: 'on-track',
      confidence: 4,
      learnings: 'SSO removed the security objection in four of the last five deals.',
      risks: 'EU residency is now the most common blocker.',
    },
    { daysAgo: 39, status: 'on-track', confidence: 3 },
  ],
  'g-marketing-pipeline': [
    {
      daysAgo: 13,
      status: 'off-track',
      confidence: 2,
      learnings: 'Trials convert well but too few start: traffic dropped during the relaunch.',
      risks: 'Q1 pipeline will be short if traffic does not recover by mid-December.',
      decisions: 'Reinstate paid search until organic traffic recovers.',
    },
    { daysAgo: 44, status: 'at-risk', confidence: 3, risks: 'The new site launches late.' },
  ],
  'g-product-differentiation': [{ daysAgo: 8, status: 'on-track', confidence: 4, learnings: 'Scheduled reports are the most requested feature in won deals.' }],
  'g-customer-retention': [
    {
      daysAgo: 15,
      status: 'on-track',
      confidence: 3,
      learnings: 'Health scores flagged two at-risk accounts a month before their renewal talks.',
      decisions: 'Add the health score to every QBR deck.',
    },
  ],
  'g-engineering-excellence': [
    {
      daysAgo: 5,
      status: 'on-track',
      confidence: 4,
      learnings: 'Uptime is back above target since the failover drill.',
      risks: 'On-call load is high on the data team.',
    },
    {
      daysAgo: 35,
      status: 'at-risk',
      confidence: 3,
      learnings: 'The database failover took three hours; the runbook was out of date.',
      decisions: 'Quarterly failover drills.',
    },
  ],
  [SELF_GOAL]: [{ daysAgo: 12, status: 'on-track', confidence: 4, learnings: 'Reviewed the six new chart types; two needed better contrast.' }],
  [PROCESS_GOAL_KPIS_ONLY]: [{ daysAgo: 9, status: 'on-track', confidence: 4, learnings: 'Two noisy alerts silenced; pages are down to three a week.' }],
  'g-incident-response': [{ daysAgo: 18, status: 'on-track', confidence: 4, learnings: 'Every P1 this month had its review within a week.' }],
  'g-release-train': [
    {
      daysAgo: 3,
      status: 'on-track',
      confidence: 5,
      learnings: 'Cycle time is down to about six days; bugs are closing faster than they open.',
      decisions: 'Keep the bug budget at 20% of each sprint.',
    },
    { daysAgo: 31, status: 'on-track', confidence: 4 },
  ],
  'g-support-triage': [{ daysAgo: 7, status: 'on-track', confidence: 4, learnings: 'The new triage rota halved tickets older than two days.' }],
  'g-customer-onboarding': [
    {
      daysAgo: 22,
      status: 'at-risk',
      confidence: 3,
      learnings: 'Customers who skip the day-7 call take twice as long to first value.',
      risks: 'The onboarding guides are not finished.',
      decisions: 'Make the day-7 call mandatory for new enterprise accounts.',
    },
  ],
  'g-lead-qualification': [{ daysAgo: 52, status: 'at-risk', confidence: 2, risks: 'Response times climb whenever an SDR is out; nobody covers the queue.' }],
  [GOAL_WITHOUT_WORK]: [{ daysAgo: 63, status: 'off-track', confidence: 1, learnings: 'Agreed in spring; no owner has time to start it.' }],
  'g-sso-scim': [
    {
      daysAgo: 44,
      status: 'on-track',
      confidence: 4,
      learnings: 'SAML is live with three customers; SCIM is in beta.',
      risks: 'Azure AD group sync edge cases.',
    },
  ],
  // Due three days ago: late, but still within the grace period.
  'g-eu-region': [{ daysAgo: 33, status: 'at-risk', confidence: 3, risks: 'Data processing agreements with the new sub-processors are still open.' }],
  'g-dashboards-v3': [
    {
      daysAgo: 2,
      status: 'on-track',
      confidence: 5,
      learnings: 'Nine in ten customer dashboards run on the new engine.',
      decisions: 'Switch off the old engine for new dashboards next week.',
    },
    { daysAgo: 30, status: 'on-track', confidence: 4 },
  ],
  'g-ai-insights': [
    {
      daysAgo: 20,
      status: 'at-risk',
      confidence: 2,
      risks: 'Still no manager; the beta scope keeps growing.',
      decisions: 'Ask the strategy meeting to assign a manager.',
    },
  ],
  'g-website-relaunch': [
    {
      daysAgo: 12,
      status: 'on-track',
      confidence: 3,
      learnings: 'Trial sign-ups are up 40% on the new pages.',
      risks: 'Organic traffic has not recovered yet.',
    },
  ],
  'g-cloud-cost': [
    {
      daysAgo: 16,
      status: 'on-track',
      confidence: 4,
      learnings: 'Query caching saved more than planned.',
      decisions: 'Retire the legacy ingestion service in January.',
    },
  ],
  'g-atlas-integration': [
    {
      daysAgo: 24,
      status: 'on-track',
      confidence: 3,
      learnings: 'The integration plan is agreed; customer migration runs in two waves.',
      risks: 'Key engineers may leave after the deal closes.',
    },
  ],
};

export function buildCheckIns(today: string): CheckIn[] {
  const out: CheckIn[] = [];
  GOAL_DEFS.forEach((g, i) => {
    const by = ACCOUNTS[g.manager ?? g.leader ?? 'exec'];
    for (const e of ENTRIES[g.id] ?? []) {
      const date = addDays(today, -e.daysAgo);
      out.push({
        id: `ci-${g.id.slice(2)}-${date}`,
        goalId: g.id,
        date,
        status: e.status,
        confidence: e.confidence,
        learnings: e.learnings ?? '',
        risks: e.risks ?? '',
        decisions: e.decisions ?? '',
        by,
        recordedAt: timestamp(date, 120 + ((i * 37) % 400)),
      });
    }
  });
  return out;
}
