// Northwind's Jira configuration: issue types, statuses, and projects with their permission grants.
import type { JiraIssueType, JiraProject, JiraStatus, ProjectGrant } from '@throughline/local-forge/jira';
import { ACCOUNTS, GROUP_CONTRACTORS, GROUP_DEAL_TEAM, GROUP_GO_TO_MARKET, GROUP_JIRA_ADMINS, GROUP_STAFF, type Handle } from './people';

export const ISSUE_TYPES = {
  epic: { id: '10000', name: 'Epic', hierarchyLevel: 1, subtask: false },
  story: { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false },
  task: { id: '10002', name: 'Task', hierarchyLevel: 0, subtask: false },
  bug: { id: '10003', name: 'Bug', hierarchyLevel: 0, subtask: false },
  subtask: { id: '10004', name: 'Sub-task', hierarchyLevel: -1, subtask: true },
} as const satisfies Record<string, JiraIssueType>;
export type IssueTypeKey = keyof typeof ISSUE_TYPES;

export const STATUSES = {
  todo: { id: '10010', name: 'To Do', category: 'new' },
  inProgress: { id: '10011', name: 'In Progress', category: 'indeterminate' },
  inReview: { id: '10012', name: 'In Review', category: 'indeterminate' },
  done: { id: '10013', name: 'Done', category: 'done' },
} as const satisfies Record<string, JiraStatus>;
export type StatusKey = keyof typeof STATUSES;

export type ProjectKey = 'INS' | 'PLAT' | 'REL' | 'GROW' | 'SALES' | 'CS' | 'ATLAS' | 'DOCS';

/** The project only a small deal team may see. */
export const RESTRICTED_PROJECT: ProjectKey = 'ATLAS';
/** The one project the `lead` persona administers. */
export const LEAD_PROJECT: ProjectKey = 'INS';
/** The one project the `outsider` persona may browse. */
export const OUTSIDER_PROJECT: ProjectKey = 'DOCS';

export interface ProjectDef {
  id: string;
  key: ProjectKey;
  name: string;
  lead: Handle;
  type: JiraProject['projectTypeKey'];
  description: string;
  /** Who does (and gets assigned) the work. */
  team: Handle[];
  /** Software projects get bugs; business projects mostly tasks. */
  software: boolean;
  labels: string[];
}

export const PROJECTS: ProjectDef[] = [
  {
    id: '10100',
    key: 'INS',
    name: 'Insights App',
    lead: 'lead',
    type: 'software',
    software: true,
    description: 'The customer-facing analytics application: dashboards, reports, sharing and alerts.',
    team: ['lead', 'member', 'kenji', 'aisha', 'lucas'],
    labels: ['frontend', 'backend', 'ux', 'customer-request', 'tech-debt'],
  },
  {
    id: '10101',
    key: 'PLAT',
    name: 'Data Platform',
    lead: 'vpEngineering',
    type: 'software',
    software: true,
    description: 'Ingestion, connectors, the query engine and the delivery pipeline behind every product.',
    team: ['elena', 'lucas', 'aisha', 'member', 'vpEngineering'],
    labels: ['backend', 'performance', 'connectors', 'tech-debt', 'security'],
  },
  {
    id: '10102',
    key: 'REL',
    name: 'Reliability & SRE',
    lead: 'sreManager',
    type: 'software',
    software: true,
    description: 'Uptime, incident response, infrastructure cost and the tooling that keeps releases safe.',
    team: ['sreManager', 'ivan', 'elena', 'member'],
    labels: ['infrastructure', 'observability', 'cost', 'security', 'tech-debt'],
  },
  {
    id: '10103',
    key: 'GROW',
    name: 'Growth Marketing',
    lead: 'headMarketing',
    type: 'business',
    software: false,
    description: 'Website, campaigns, trials and the marketing pipeline.',
    team: ['headMarketing', 'ruth', 'kenji'],
    labels: ['website', 'campaign', 'content', 'seo'],
  },
  {
    id: '10104',
    key: 'SALES',
    name: 'Sales Operations',
    lead: 'vpSales',
    type: 'business',
    software: false,
    description: 'CRM, lead routing, enablement and deal support for the sales team.',
    team: ['vpSales', 'sam', 'ruth'],
    labels: ['crm', 'enablement', 'enterprise', 'pricing'],
  },
  {
    id: '10105',
    key: 'CS',
    name: 'Customer Success',
    lead: 'vpCustomer',
    type: 'service_desk',
    software: false,
    description: 'Support operations, onboarding and the health of every customer account.',
    team: ['vpCustomer', 'nora', 'sam'],
    labels: ['support', 'onboarding', 'renewals', 'automation'],
  },
  {
    id: '10106',
    key: 'ATLAS',
    name: 'Project Atlas',
    lead: 'cfo',
    type: 'business',
    software: false,
    description: 'Confidential: the acquisition and integration of Lumen Metrics. Deal team only.',
    team: ['cfo', 'ceo', 'vpSales', 'exec'],
    labels: ['confidential', 'legal', 'integration'],
  },
  {
    id: '10107',
    key: 'DOCS',
    name: 'Documentation',
    lead: 'docsLead',
    type: 'software',
    software: false,
    description: 'Product documentation, API reference and guides, written with an external agency.',
    team: ['docsLead', 'outsider', 'member'],
    labels: ['api', 'guides', 'content'],
  },
];

export function projectDef(key: ProjectKey): ProjectDef {
  const p = PROJECTS.find((x) => x.key === key);
  if (!p) throw new Error(`unknown demo project ${key}`);
  return p;
}

const TEAM_PERMISSIONS = ['BROWSE_PROJECTS', 'EDIT_ISSUES', 'CREATE_ISSUES'] as const;

/** Go-to-market projects: all staff may read them, only the go-to-market team edits them. */
export const GO_TO_MARKET_PROJECTS: readonly string[] = ['SALES', 'CS'];

function grantsFor(p: ProjectDef): ProjectGrant[] {
  const lead = ACCOUNTS[p.lead];
  const leadGrants: ProjectGrant[] = [
    { permission: 'ADMINISTER_PROJECTS', accountId: lead },
    { permission: 'BROWSE_PROJECTS', accountId: lead },
    { permission: 'EDIT_ISSUES', accountId: lead },
  ];
  if (p.key === RESTRICTED_PROJECT) {
    // Deal team only: no staff-wide grant, no admin group grant.
    return [...leadGrants, ...TEAM_PERMISSIONS.map((permission) => ({ permission, group: GROUP_DEAL_TEAM }))];
  }
  const team = GO_TO_MARKET_PROJECTS.includes(p.key)
    ? [{ permission: 'BROWSE_PROJECTS' as const, group: GROUP_STAFF }, ...TEAM_PERMISSIONS.map((permission) => ({ permission, group: GROUP_GO_TO_MARKET }))]
    : TEAM_PERMISSIONS.map((permission) => ({ permission, group: GROUP_STAFF }));
  const grants: ProjectGrant[] = [...leadGrants, ...team, { permission: 'ADMINISTER_PROJECTS', group: GROUP_JIRA_ADMINS }];
  if (p.key === OUTSIDER_PROJECT) grants.push({ permission: 'BROWSE_PROJECTS', group: GROUP_CONTRACTORS });
  return grants;
}

export function buildProjects(): JiraProject[] {
  return PROJECTS.map((p) => ({
    id: p.id,
    key: p.key,
    name: p.name,
    leadAccountId: ACCOUNTS[p.lead],
    projectTypeKey: p.type,
    description: p.description,
    grants: grantsFor(p),
    properties: {},
  }));
}

export function buildIssueTypes(): JiraIssueType[] {
  return Object.values(ISSUE_TYPES).map((t) => ({ ...t }));
}

export function buildStatuses(): JiraStatus[] {
  return Object.values(STATUSES).map((s) => ({ ...s }));
}
