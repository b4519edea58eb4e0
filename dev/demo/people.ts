// Northwind Analytics' people: the four personas of the local host and the employees around them.
import type { JiraUser } from '@throughline/local-forge/jira';
import type { Persona } from './types';

export const COMPANY = 'Northwind Analytics';
const EMAIL_DOMAIN = 'northwind-analytics.example';

export const GROUP_STAFF = 'northwind-staff';
export const GROUP_LEADERSHIP = 'northwind-leadership';
export const GROUP_DEAL_TEAM = 'atlas-deal-team';
export const GROUP_CONTRACTORS = 'northwind-contractors';
export const GROUP_GO_TO_MARKET = 'northwind-go-to-market';
export const GROUP_JIRA_ADMINS = 'jira-admins';
export const GROUP_STRATEGY_EDITORS = 'throughline-strategy-editors';

/** Account ids look like Atlassian's ('<prefix>:<opaque>') but stay readable: '712020:nw-first-last'. */
const id = (handle: string): string => `712020:nw-${handle}`;

/** Everyone referenced elsewhere in the demo, by a short handle. */
export const ACCOUNTS = {
  // personas
  exec: id('helen-marsh'),
  lead: id('daniel-okafor'),
  member: id('sofia-lindqvist'),
  outsider: id('chris-vale'),
  // leadership and heads of functions
  ceo: id('richard-adeyemi'),
  cfo: id('olivia-grant'),
  vpSales: id('maria-castellanos'),
  vpProduct: id('tom-becker'),
  vpEngineering: id('anika-sharma'),
  vpCustomer: id('grace-liu'),
  headMarketing: id('jonas-weber'),
  sreManager: id('marcus-reid'),
  docsLead: id('hannah-fischer'),
  // individual contributors
  lucas: id('lucas-moreau'),
  aisha: id('aisha-khan'),
  elena: id('elena-popescu'),
  kenji: id('kenji-watanabe'),
  ivan: id('ivan-petrov'),
  nora: id('nora-haddad'),
  sam: id('sam-patel'),
  ruth: id('ruth-mensah'),
} as const;
export type Handle = keyof typeof ACCOUNTS;

export const PERSONAS: Persona[] = [
  {
    id: 'exec',
    accountId: ACCOUNTS.exec,
    displayName: 'Helen Marsh',
    description: 'Chief Operating Officer. Jira admin and strategy editor: owns the goal catalog, KPIs and scorecards.',
  },
  {
    id: 'lead',
    accountId: ACCOUNTS.lead,
    displayName: 'Daniel Okafor',
    description:
      'Engineering manager and project lead of Insights App (INS), the only project he administers; reads but cannot edit Sales and Customer Success.',
  },
  {
    id: 'member',
    accountId: ACCOUNTS.member,
    displayName: 'Sofia Lindqvist',
    description:
      'Software developer on Insights App. Edits the engineering projects, reads Sales and Customer Success, cannot see the restricted Project Atlas (ATLAS).',
  },
  {
    id: 'outsider',
    accountId: ACCOUNTS.outsider,
    displayName: 'Chris Vale',
    description: 'External contractor from a documentation agency. Can browse only the Documentation (DOCS) project.',
  },
];

interface Person {
  handle: Handle;
  displayName: string;
  title: string;
  groups: string[];
  timeZone: string;
  email?: string;
}

const LONDON = 'Europe/London';
const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';

const PEOPLE: Person[] = [
  {
    handle: 'exec',
    displayName: 'Helen Marsh',
    title: 'Chief Operating Officer',
    timeZone: LONDON,
    groups: [GROUP_STAFF, GROUP_LEADERSHIP, GROUP_DEAL_TEAM, GROUP_JIRA_ADMINS, GROUP_STRATEGY_EDITORS],
  },
  { handle: 'lead', displayName: 'Daniel Okafor', title: 'Engineering Manager, Insights App', timeZone: LONDON, groups: [GROUP_STAFF] },
  { handle: 'member', displayName: 'Sofia Lindqvist', title: 'Software Developer', timeZone: BERLIN, groups: [GROUP_STAFF] },
  {
    handle: 'outsider',
    displayName: 'Chris Vale',
    title: 'Technical Writer (contractor)',
    timeZone: NEW_YORK,
    groups: [GROUP_CONTRACTORS],
    email: 'chris.vale@clearpage-docs.example',
  },
  {
    handle: 'ceo',
    displayName: 'Richard Adeyemi',
    title: 'Chief Executive Officer',
    timeZone: LONDON,
    groups: [GROUP_STAFF, GROUP_LEADERSHIP, GROUP_DEAL_TEAM],
  },
  { handle: 'cfo', displayName: 'Olivia Grant', title: 'Chief Financial Officer', timeZone: LONDON, groups: [GROUP_STAFF, GROUP_LEADERSHIP, GROUP_DEAL_TEAM] },
  {
    handle: 'vpSales',
    displayName: 'Maria Castellanos',
    title: 'VP Sales',
    timeZone: NEW_YORK,
    groups: [GROUP_STAFF, GROUP_LEADERSHIP, GROUP_DEAL_TEAM, GROUP_GO_TO_MARKET],
  },
  { handle: 'vpProduct', displayName: 'Tom Becker', title: 'VP Product', timeZone: BERLIN, groups: [GROUP_STAFF, GROUP_LEADERSHIP] },
  {
    handle: 'vpEngineering',
    displayName: 'Anika Sharma',
    title: 'VP Engineering',
    timeZone: LONDON,
    groups: [GROUP_STAFF, GROUP_LEADERSHIP, GROUP_STRATEGY_EDITORS],
  },
  {
    handle: 'vpCustomer',
    displayName: 'Grace Liu',
    title: 'VP Customer Success',
    timeZone: NEW_YORK,
    groups: [GROUP_STAFF, GROUP_LEADERSHIP, GROUP_GO_TO_MARKET],
  },
  { handle: 'headMarketing', displayName: 'Jonas Weber', title: 'Head of Marketing', timeZone: BERLIN, groups: [GROUP_STAFF, GROUP_GO_TO_MARKET] },
  { handle: 'sreManager', displayName: 'Marcus Reid', title: 'SRE Manager', timeZone: LONDON, groups: [GROUP_STAFF] },
  { handle: 'docsLead', displayName: 'Hannah Fischer', title: 'Documentation Lead', timeZone: BERLIN, groups: [GROUP_STAFF] },
  { handle: 'lucas', displayName: 'Lucas Moreau', title: 'Senior Software Engineer', timeZone: BERLIN, groups: [GROUP_STAFF] },
  { handle: 'aisha', displayName: 'Aisha Khan', title: 'Software Engineer', timeZone: LONDON, groups: [GROUP_STAFF] },
  { handle: 'elena', displayName: 'Elena Popescu', title: 'Data Engineer', timeZone: BERLIN, groups: [GROUP_STAFF] },
  { handle: 'kenji', displayName: 'Kenji Watanabe', title: 'Frontend Engineer', timeZone: LONDON, groups: [GROUP_STAFF] },
  { handle: 'ivan', displayName: 'Ivan Petrov', title: 'Site Reliability Engineer', timeZone: BERLIN, groups: [GROUP_STAFF] },
  { handle: 'nora', displayName: 'Nora Haddad', title: 'Support Team Lead', timeZone: LONDON, groups: [GROUP_STAFF, GROUP_GO_TO_MARKET] },
  { handle: 'sam', displayName: 'Sam Patel', title: 'Sales Operations Analyst', timeZone: NEW_YORK, groups: [GROUP_STAFF, GROUP_GO_TO_MARKET] },
  { handle: 'ruth', displayName: 'Ruth Mensah', title: 'Marketing Manager', timeZone: LONDON, groups: [GROUP_STAFF, GROUP_GO_TO_MARKET] },
];

function emailFor(displayName: string): string {
  return `${displayName.toLowerCase().replace(/[^a-z]+/g, '.')}@${EMAIL_DOMAIN}`;
}

export function buildUsers(): JiraUser[] {
  return PEOPLE.map((p) => ({
    accountId: ACCOUNTS[p.handle],
    displayName: p.displayName,
    emailAddress: p.email ?? emailFor(p.displayName),
    active: true,
    groups: [...p.groups],
    timeZone: p.timeZone,
    locale: p.timeZone === NEW_YORK ? 'en_US' : 'en_GB',
  }));
}
