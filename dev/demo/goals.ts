// Northwind's strategy catalog: 3 strategy goals and the functional-team, process and project goals under them.
import type { Goal, GoalStatus, CycleStage, Timeframe } from '../../src/shared/model/goal';
import type { Level } from '../../src/shared/levels';
import { ACCOUNTS, type Handle } from './people';
import { addDays, addMonths, timestamp, yearOf } from './random';

/** The goal no epic, project or sub-goal serves: "lofty plans, nothing gets done". */
export const GOAL_WITHOUT_WORK = 'g-customer-community';
/** The one goal still in draft. */
export const DRAFT_GOAL = 'g-partner-marketplace';
/** A Self goal: an engineer's self-leadership goal under Dashboards 3.0, led and managed by herself. */
export const SELF_GOAL = 'g-aisha-chart-accessibility';
/** A process goal measured by its KPIs only: an ongoing function with no project and no epic behind it. */
export const PROCESS_GOAL_KPIS_ONLY = 'g-on-call-health';
/** The one goal with no manager assigned. */
export const GOAL_WITHOUT_MANAGER = 'g-ai-insights';

type When = 'year' | 'ongoing' | { startMonthsAgo: number; endInMonths: number };

interface GoalDef {
  id: string;
  title: string;
  description: string;
  level: Level;
  parentId: string | null;
  leader: Handle | null;
  manager: Handle | null;
  when: When;
  stage: CycleStage;
  status?: GoalStatus;
  /** Shown only to those the restriction admits (src/domain/goals/visibility.ts). */
  restricted?: boolean;
  /** Days before `today` the goal was written down. */
  createdDaysAgo: number;
}

export const GOAL_DEFS: GoalDef[] = [
  // ---- strategy ----
  {
    id: 'g-grow-arr',
    level: 'strategy',
    parentId: null,
    leader: 'ceo',
    manager: 'cfo',
    when: 'year',
    stage: 'execute',
    createdDaysAgo: 330,
    title: 'Grow annual recurring revenue to $48M',
    description: 'Reach $48M ARR by the end of the year through enterprise expansion, a stronger product and a predictable pipeline.',
  },
  {
    id: 'g-delight-customers',
    level: 'strategy',
    parentId: null,
    leader: 'ceo',
    manager: 'vpCustomer',
    when: 'year',
    stage: 'refine',
    createdDaysAgo: 330,
    title: 'Make every customer successful and loyal',
    description: 'Customers reach value fast, get help within a day and recommend us: NPS 45, net revenue retention 115%.',
  },
  {
    id: 'g-operate-efficiently',
    level: 'strategy',
    parentId: null,
    leader: 'exec',
    manager: 'vpEngineering',
    when: 'year',
    stage: 'execute',
    createdDaysAgo: 330,
    title: 'Run a reliable platform at sustainable cost',
    description: '99.9% uptime, two-week release cadence and cloud cost that grows slower than revenue.',
  },
  // ---- functional teams ----
  {
    id: 'g-enterprise-sales',
    level: 'functional',
    parentId: 'g-grow-arr',
    leader: 'vpSales',
    manager: 'sam',
    when: 'year',
    stage: 'execute',
    createdDaysAgo: 320,
    title: 'Win more enterprise deals',
    description: 'Lift the enterprise win rate to 28% by removing the security and procurement blockers that stall deals.',
  },
  {
    id: 'g-marketing-pipeline',
    level: 'functional',
    parentId: 'g-grow-arr',
    leader: 'headMarketing',
    manager: 'ruth',
    when: 'year',
    stage: 'roadmap',
    createdDaysAgo: 318,
    title: 'Build a predictable marketing pipeline',
    description: 'Create $3M of qualified pipeline a month from website, trials and campaigns.',
  },
  {
    id: 'g-product-differentiation',
    level: 'functional',
    parentId: 'g-grow-arr',
    leader: 'vpProduct',
    manager: 'lead',
    when: 'year',
    stage: 'execute',
    createdDaysAgo: 318,
    title: 'Ship the analytics features that set us apart',
    description: 'Dashboards, scheduled reports and AI-assisted insights that competitors cannot match.',
  },
  {
    id: 'g-customer-retention',
    level: 'functional',
    parentId: 'g-delight-customers',
    leader: 'vpCustomer',
    manager: 'nora',
    when: 'year',
    stage: 'align',
    createdDaysAgo: 315,
    title: 'Lift net revenue retention to 115%',
    description: 'Spot risk early, onboard well and help accounts grow.',
  },
  {
    id: 'g-engineering-excellence',
    level: 'functional',
    parentId: 'g-operate-efficiently',
    leader: 'vpEngineering',
    manager: 'sreManager',
    when: 'year',
    stage: 'execute',
    createdDaysAgo: 315,
    title: 'Reliable, fast engineering delivery',
    description: 'Keep the platform up, ship small changes often and recover from incidents quickly.',
  },
  // ---- processes (ongoing functions) ----
  {
    id: 'g-incident-response',
    level: 'process',
    parentId: 'g-engineering-excellence',
    leader: 'sreManager',
    manager: 'ivan',
    when: 'ongoing',
    stage: 'refine',
    createdDaysAgo: 300,
    title: 'Resolve incidents within their SLO',
    description: 'P1 incidents resolved within 4 hours, with a blameless review for each.',
  },
  {
    id: 'g-release-train',
    level: 'process',
    parentId: 'g-engineering-excellence',
    leader: 'vpEngineering',
    manager: 'lucas',
    when: 'ongoing',
    stage: 'execute',
    createdDaysAgo: 300,
    title: 'Ship every two weeks with confidence',
    description: 'Median cycle time under 5 days and fewer than 20 open bugs in the product.',
  },
  {
    id: PROCESS_GOAL_KPIS_ONLY,
    level: 'process',
    parentId: 'g-engineering-excellence',
    leader: 'sreManager',
    manager: 'ivan',
    when: 'ongoing',
    stage: 'execute',
    createdDaysAgo: 260,
    title: 'Keep on-call sustainable',
    description:
      'Fewer than two out-of-hours pages per on-call week, read from the paging tool. An ongoing function measured by its KPI, with no project of its own.',
  },
  {
    id: 'g-support-triage',
    level: 'process',
    parentId: 'g-customer-retention',
    leader: 'vpCustomer',
    manager: 'nora',
    when: 'ongoing',
    stage: 'execute',
    createdDaysAgo: 290,
    title: 'Answer every support ticket within one business day',
    description: 'Keep the backlog small and CSAT above 92%.',
  },
  {
    id: 'g-customer-onboarding',
    level: 'process',
    parentId: 'g-customer-retention',
    leader: 'vpCustomer',
    manager: 'docsLead',
    when: 'ongoing',
    stage: 'roadmap',
    createdDaysAgo: 240,
    title: 'Onboard new customers to first value in 30 days',
    description: 'A repeatable playbook, good guides and a check-in at day 7, 14 and 30.',
  },
  {
    id: 'g-lead-qualification',
    level: 'process',
    parentId: 'g-enterprise-sales',
    leader: 'vpSales',
    manager: 'sam',
    when: 'ongoing',
    stage: 'align',
    createdDaysAgo: 280,
    title: 'Qualify inbound leads within 24 hours',
    description: 'Score and route every inbound lead the same working day.',
  },
  {
    id: GOAL_WITHOUT_WORK,
    level: 'process',
    parentId: 'g-delight-customers',
    leader: 'vpCustomer',
    manager: 'ruth',
    when: 'ongoing',
    stage: 'vision',
    createdDaysAgo: 200,
    title: 'Run a customer community programme',
    description: 'A user group, a forum and quarterly customer advisory board meetings. Agreed in spring; nobody has started it.',
  },
  // ---- projects (finite) ----
  {
    id: 'g-sso-scim',
    level: 'project',
    parentId: 'g-enterprise-sales',
    leader: 'vpProduct',
    manager: 'lead',
    when: { startMonthsAgo: 7, endInMonths: 2 },
    stage: 'execute',
    createdDaysAgo: 220,
    title: 'Enterprise SSO and SCIM provisioning',
    description: 'SAML single sign-on and SCIM user provisioning, the top blocker in enterprise security reviews.',
  },
  {
    id: 'g-eu-region',
    level: 'project',
    parentId: 'g-enterprise-sales',
    leader: 'vpEngineering',
    manager: 'elena',
    when: { startMonthsAgo: 5, endInMonths: 4 },
    stage: 'roadmap',
    createdDaysAgo: 160,
    title: 'EU data residency region',
    description: 'Host EU customers\u2019 data in Frankfurt, end to end.',
  },
  {
    id: 'g-dashboards-v3',
    level: 'project',
    parentId: 'g-product-differentiation',
    leader: 'vpProduct',
    manager: 'lead',
    when: { startMonthsAgo: 9, endInMonths: 1 },
    stage: 'execute',
    createdDaysAgo: 280,
    title: 'Dashboards 3.0',
    description: 'A new layout engine, sharing and permissions for dashboards.',
  },
  {
    id: GOAL_WITHOUT_MANAGER,
    level: 'project',
    parentId: 'g-product-differentiation',
    leader: 'vpProduct',
    manager: null,
    when: { startMonthsAgo: 3, endInMonths: 6 },
    stage: 'assess',
    createdDaysAgo: 100,
    title: 'Natural-language insights (beta)',
    description: 'Ask questions of your data in plain language; anomaly alerts. Needs a manager.',
  },
  {
    id: 'g-website-relaunch',
    level: 'project',
    parentId: 'g-marketing-pipeline',
    leader: 'headMarketing',
    manager: 'ruth',
    when: { startMonthsAgo: 6, endInMonths: 1 },
    stage: 'execute',
    createdDaysAgo: 190,
    title: 'Relaunch the website',
    description: 'New information architecture and a headless CMS, to double trial sign-ups.',
  },
  {
    id: DRAFT_GOAL,
    level: 'project',
    parentId: 'g-marketing-pipeline',
    leader: 'headMarketing',
    manager: 'sam',
    when: { startMonthsAgo: 0, endInMonths: 7 },
    stage: 'vision',
    status: 'draft',
    createdDaysAgo: 25,
    title: 'List Northwind on the major cloud marketplaces',
    description: 'Draft: sell through cloud marketplaces to shorten procurement.',
  },
  {
    id: 'g-cloud-cost',
    level: 'project',
    parentId: 'g-operate-efficiently',
    leader: 'vpEngineering',
    manager: 'sreManager',
    when: { startMonthsAgo: 8, endInMonths: 3 },
    stage: 'execute',
    createdDaysAgo: 250,
    title: 'Cut cloud cost per customer by 20%',
    description: 'Rightsize clusters, cache queries and retire the legacy ingestion service.',
  },
  // ---- self ----
  {
    id: SELF_GOAL,
    level: 'self',
    parentId: 'g-dashboards-v3',
    leader: 'aisha',
    manager: 'aisha',
    when: { startMonthsAgo: 2, endInMonths: 3 },
    stage: 'execute',
    createdDaysAgo: 40,
    title: 'Become the team’s go-to person for chart accessibility',
    description: 'Learn WCAG for data visualisation and review every new Dashboards 3.0 chart for screen readers and contrast.',
  },
  {
    id: 'g-atlas-integration',
    level: 'project',
    parentId: 'g-grow-arr',
    leader: 'cfo',
    manager: 'exec',
    restricted: true,
    when: { startMonthsAgo: 4, endInMonths: 5 },
    stage: 'align',
    createdDaysAgo: 130,
    title: 'Acquire and integrate Lumen Metrics',
    description: 'Confidential. Close the deal and migrate Lumen Metrics customers within two quarters.',
  },
];

function timeframe(when: When, today: string): Timeframe {
  const y = yearOf(today);
  if (when === 'year') return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (when === 'ongoing') return { start: `${y}-01-01`, end: null };
  return { start: addMonths(today, -when.startMonthsAgo).slice(0, 8) + '01', end: endOfMonth(addMonths(today, when.endInMonths)) };
}

function endOfMonth(day: string): string {
  return addDays(addMonths(`${day.slice(0, 8)}01`, 1), -1);
}

export function buildGoals(today: string): Goal[] {
  return GOAL_DEFS.map((d, i) => {
    const createdDay = addDays(today, -d.createdDaysAgo);
    const updatedDay = addDays(today, -Math.min(d.createdDaysAgo, 3 + ((i * 7) % 40)));
    return {
      id: d.id,
      title: d.title,
      description: d.description,
      level: d.level,
      parentId: d.parentId,
      leaderId: d.leader ? ACCOUNTS[d.leader] : null,
      managerId: d.manager ? ACCOUNTS[d.manager] : null,
      timeframe: timeframe(d.when, today),
      stage: d.stage,
      status: d.status ?? 'active',
      restricted: d.restricted ?? false,
      version: 1,
      createdAt: timestamp(createdDay, 60 + i),
      updatedAt: timestamp(updatedDay, 120 + i),
      updatedBy: ACCOUNTS.exec,
    };
  });
}

export function goalLevel(goalId: string): Level {
  const g = GOAL_DEFS.find((d) => d.id === goalId);
  if (!g) throw new Error(`unknown demo goal ${goalId}`);
  return g.level;
}
