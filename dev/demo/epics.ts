// The epics of the demo organisation, with the stories planned under each. Tasks, bugs and sub-tasks are
// generated around them in ./issues. `goal: null` marks an epic deliberately left untagged.
import type { ProjectKey } from './projects';

export interface EpicDef {
  project: ProjectKey;
  summary: string;
  goal: string | null;
  /** Days before `today` the epic was created; older epics are further along. */
  age: number;
  /** Share of the work done, 0..1; derived from age when absent. */
  progress?: number;
  stories: string[];
}

export const EPICS: EpicDef[] = [
  // ---- INS: Insights App ----
  {
    project: 'INS',
    summary: 'Dashboards 3.0: layout engine',
    goal: 'g-dashboards-v3',
    age: 260,
    progress: 1,
    stories: [
      'Drag-and-drop grid layout for dashboard widgets',
      'Resize widgets with snap-to-grid',
      'Persist layouts per dashboard version',
      'Migrate 2.x dashboards to the new layout',
      'Keyboard navigation between widgets',
    ],
  },
  {
    project: 'INS',
    summary: 'Dashboards 3.0: sharing and permissions',
    goal: 'g-dashboards-v3',
    age: 150,
    stories: [
      'Share a dashboard with a team',
      'View-only links with expiry',
      'Dashboard permission checks in the API',
      'Audit log entries for sharing changes',
      'Transfer dashboard ownership when a user leaves',
    ],
  },
  {
    project: 'INS',
    summary: 'Scheduled report delivery',
    goal: 'g-product-differentiation',
    age: 200,
    stories: [
      'Schedule a report by e-mail daily, weekly or monthly',
      'Deliver reports to a Slack channel',
      'PDF rendering of report snapshots',
      'Pause and resume a schedule',
      'Time-zone aware send times',
    ],
  },
  {
    project: 'INS',
    summary: 'Natural-language query beta',
    goal: 'g-ai-insights',
    age: 60,
    stories: [
      'Ask a question in plain language from the search bar',
      'Show the generated query before running it',
      'Feedback buttons on answers',
      'Guardrails for unsupported questions',
    ],
  },
  {
    project: 'INS',
    summary: 'Anomaly detection alerts',
    goal: 'g-ai-insights',
    age: 20,
    stories: ['Detect anomalies on daily metrics', 'Alert settings per metric', 'Explain why a point is an anomaly', 'Snooze an alert for a week'],
  },
  {
    project: 'INS',
    summary: 'Enterprise SSO (SAML)',
    goal: 'g-sso-scim',
    age: 190,
    stories: [
      'Upload IdP metadata in admin settings',
      'SP-initiated SAML login',
      'IdP-initiated SAML login',
      'Enforce SSO for all users of a workspace',
      'Break-glass admin login when SSO is down',
    ],
  },
  {
    project: 'INS',
    summary: 'SCIM user provisioning',
    goal: 'g-sso-scim',
    age: 95,
    stories: ['SCIM 2.0 Users endpoint', 'SCIM Groups endpoint mapped to teams', 'Deprovision users within five minutes', 'SCIM token management screen'],
  },
  {
    project: 'INS',
    summary: 'Chart library upgrade',
    goal: null,
    age: 120,
    stories: [
      'Replace legacy chart renderer in line charts',
      'Port bar and stacked bar charts',
      'Accessible colour palette for charts',
      'Remove old chart bundle',
    ],
  },
  {
    project: 'INS',
    summary: 'Mobile read-only view',
    goal: null,
    age: 45,
    stories: ['Responsive dashboard layout on phones', 'Tap a widget to open it full screen', 'Offline message when the network drops'],
  },
  // ---- PLAT: Data Platform ----
  {
    project: 'PLAT',
    summary: 'Connector framework v2',
    goal: 'g-product-differentiation',
    age: 300,
    progress: 1,
    stories: [
      'Connector SDK with typed configuration',
      'Incremental sync cursors',
      'Retry and back-off for source APIs',
      'Connector health page',
      'Port top five connectors to v2',
    ],
  },
  {
    project: 'PLAT',
    summary: 'Snowflake connector',
    goal: 'g-product-differentiation',
    age: 140,
    stories: [
      'Key-pair authentication for Snowflake',
      'Schema discovery for Snowflake warehouses',
      'Push-down filters to Snowflake',
      'Cost guardrails for large Snowflake scans',
    ],
  },
  {
    project: 'PLAT',
    summary: 'Query engine result cache',
    goal: 'g-cloud-cost',
    age: 170,
    stories: [
      'Cache query results keyed by normalised SQL',
      'Invalidate cache entries on new data',
      'Cache hit-rate metrics',
      'Per-workspace cache size limits',
    ],
  },
  {
    project: 'PLAT',
    summary: 'EU region: data plane',
    goal: 'g-eu-region',
    age: 110,
    stories: ['Provision Frankfurt storage buckets', 'Route ingestion by workspace region', 'Region-pinned query workers', 'Backups that stay in the EU'],
  },
  {
    project: 'PLAT',
    summary: 'EU region: control plane',
    goal: 'g-eu-region',
    age: 35,
    stories: ['Region field on workspaces', 'Region-aware login redirect', 'Move an existing workspace between regions'],
  },
  {
    project: 'PLAT',
    summary: 'CI pipeline speed-up',
    goal: 'g-release-train',
    age: 230,
    progress: 1,
    stories: ['Parallelise the integration test suite', 'Cache dependencies between CI runs', 'Only build services that changed', 'Flaky test quarantine'],
  },
  {
    project: 'PLAT',
    summary: 'Retire the legacy ingestion service',
    goal: null,
    age: 210,
    progress: 0.55,
    stories: [
      'Inventory customers still on legacy ingestion',
      'Dual-write to the new pipeline',
      'Switch reads to the new pipeline',
      'Delete the legacy service and its queues',
    ],
  },
  // ---- REL: Reliability & SRE ----
  {
    project: 'REL',
    summary: 'SLO dashboards and alerting',
    goal: 'g-incident-response',
    age: 250,
    progress: 1,
    stories: ['Define SLOs for API, ingestion and dashboards', 'Burn-rate alerts to the on-call rota', 'Weekly SLO report', 'Error budget policy'],
  },
  {
    project: 'REL',
    summary: 'On-call runbook overhaul',
    goal: 'g-incident-response',
    age: 130,
    stories: ['Runbook template with first five minutes', 'Runbooks for the top ten alerts', 'Link runbooks from every alert', 'Incident review template'],
  },
  {
    project: 'REL',
    summary: 'Kubernetes cluster rightsizing',
    goal: 'g-cloud-cost',
    age: 160,
    stories: [
      'Measure requests versus usage per service',
      'Move batch jobs to spot nodes',
      'Autoscale query workers on queue depth',
      'Right-size memory limits for API pods',
    ],
  },
  {
    project: 'REL',
    summary: 'Database failover automation',
    goal: 'g-engineering-excellence',
    age: 80,
    stories: ['Automated Postgres failover drill', 'Promote replica with one command', 'Alert when replication lag exceeds 30 seconds'],
  },
  {
    project: 'REL',
    summary: 'Postgres 16 upgrade',
    goal: null,
    age: 55,
    stories: ['Upgrade staging to Postgres 16', 'Check extensions for compatibility', 'Production upgrade plan with rollback'],
  },
  {
    project: 'REL',
    summary: 'Feature flag rollout tooling',
    goal: 'g-release-train',
    age: 100,
    stories: ['Percentage rollouts for feature flags', 'Kill switch for every new flag', 'Clean up flags older than 90 days'],
  },
  // ---- GROW: Growth Marketing ----
  {
    project: 'GROW',
    summary: 'Website relaunch: information architecture',
    goal: 'g-website-relaunch',
    age: 180,
    progress: 0.95,
    stories: ['Card sort with ten customers', 'New navigation and page map', 'Solution pages by industry', 'Redirect map for old URLs'],
  },
  {
    project: 'GROW',
    summary: 'Website relaunch: CMS migration',
    goal: 'g-website-relaunch',
    age: 120,
    stories: ['Choose a headless CMS', 'Migrate blog posts and case studies', 'Page templates in the new CMS', 'Editorial workflow and roles'],
  },
  {
    project: 'GROW',
    summary: 'Free-trial sign-up funnel',
    goal: 'g-marketing-pipeline',
    age: 90,
    stories: ['Shorter sign-up form', 'Sample data in new trial workspaces', 'Trial nurture e-mail sequence', 'Funnel analytics from visit to activation'],
  },
  {
    project: 'GROW',
    summary: 'Cloud marketplace listing discovery',
    goal: 'g-partner-marketplace',
    age: 14,
    progress: 0,
    stories: ['Compare marketplace fees and terms', 'Draft listing copy', 'Private offer process with finance'],
  },
  {
    project: 'GROW',
    summary: 'Autumn webinar series',
    goal: null,
    age: 75,
    stories: ['Pick topics and speakers', 'Landing page and registration', 'Follow-up e-mails with recordings'],
  },
  // ---- SALES: Sales Operations ----
  {
    project: 'SALES',
    summary: 'Lead scoring model',
    goal: 'g-lead-qualification',
    age: 210,
    progress: 1,
    stories: ['Define scoring criteria with sales leaders', 'Score leads in the CRM nightly', 'Review scoring against closed deals'],
  },
  {
    project: 'SALES',
    summary: 'CRM lead routing rules',
    goal: 'g-lead-qualification',
    age: 100,
    stories: [
      'Route leads by territory and segment',
      'Round-robin within a territory',
      'Escalate leads untouched after 24 hours',
      'Routing report for managers',
    ],
  },
  {
    project: 'SALES',
    summary: 'Security questionnaire library',
    goal: 'g-enterprise-sales',
    age: 150,
    stories: [
      'Collect answers to the 200 most common questions',
      'Publish a trust centre page',
      'Process for new questions with engineering',
      'Quarterly review of answers',
    ],
  },
  {
    project: 'SALES',
    summary: 'Enterprise pricing and packaging',
    goal: 'g-enterprise-sales',
    age: 65,
    stories: ['Enterprise tier feature list', 'Price book update in the CRM', 'Discount approval workflow'],
  },
  {
    project: 'SALES',
    summary: 'Sales enablement portal refresh',
    goal: null,
    age: 40,
    stories: ['Reorganise battle cards by competitor', 'Demo script for Dashboards 3.0', 'Onboarding path for new account executives'],
  },
  // ---- CS: Customer Success ----
  {
    project: 'CS',
    summary: 'Support triage automation',
    goal: 'g-support-triage',
    age: 220,
    progress: 1,
    stories: [
      'Auto-tag tickets by product area',
      'Priority rules for enterprise customers',
      'Macro library for common questions',
      'Weekly backlog review ritual',
    ],
  },
  {
    project: 'CS',
    summary: 'Help centre search',
    goal: 'g-support-triage',
    age: 110,
    stories: ['Search analytics for zero-result queries', 'Suggest articles while a ticket is written', 'Rewrite the 20 most viewed articles'],
  },
  {
    project: 'CS',
    summary: 'Customer onboarding playbook',
    goal: 'g-customer-onboarding',
    age: 150,
    stories: ['Kick-off call agenda', 'Day 7, 14 and 30 check-ins', 'Success plan template', 'Handover checklist from sales'],
  },
  {
    project: 'CS',
    summary: 'Account health score',
    goal: 'g-customer-retention',
    age: 130,
    stories: ['Define health score inputs', 'Health score in the CRM account view', 'Monthly health review with account owners'],
  },
  {
    project: 'CS',
    summary: 'Renewal risk alerts',
    goal: 'g-customer-retention',
    age: 30,
    progress: 0.1,
    stories: ['Alert account owners 120 days before renewal', 'Flag accounts with falling usage', 'Renewal risk report for leadership'],
  },
  // ---- ATLAS: Project Atlas (restricted) ----
  {
    project: 'ATLAS',
    summary: 'Due diligence data room',
    goal: 'g-atlas-integration',
    age: 125,
    progress: 1,
    stories: ['Financial statements review', 'Customer contract review', 'Security and privacy assessment', 'Key employee interviews'],
  },
  {
    project: 'ATLAS',
    summary: 'Lumen Metrics customer migration plan',
    goal: 'g-atlas-integration',
    age: 70,
    stories: ['Map Lumen features to Insights App', 'Migration tooling estimate', 'Customer communication plan', 'Contract novation plan'],
  },
  {
    project: 'ATLAS',
    summary: 'Day-one integration',
    goal: 'g-atlas-integration',
    age: 25,
    stories: ['Accounts and SSO for Lumen staff', 'Combined org chart and reporting lines', 'Day-one announcement'],
  },
  // ---- DOCS: Documentation ----
  {
    project: 'DOCS',
    summary: 'API reference rewrite',
    goal: null,
    age: 140,
    stories: [
      'Generate reference pages from the OpenAPI spec',
      'Code samples in Python and JavaScript',
      'Versioned API docs',
      'Deprecation notices in the reference',
    ],
  },
  {
    project: 'DOCS',
    summary: 'Getting-started guides',
    goal: 'g-customer-onboarding',
    age: 85,
    stories: ['Connect your first data source', 'Build your first dashboard', 'Invite your team', 'Set up scheduled reports'],
  },
];

/** Work that belongs to no epic: the everyday "doingness" of each project. */
export const STANDALONE: Array<{ project: ProjectKey; type: 'story' | 'task' | 'bug'; summary: string; age: number }> = [
  { project: 'INS', type: 'bug', summary: 'Date picker shows the wrong week start for en-GB', age: 12 },
  { project: 'INS', type: 'task', summary: 'Upgrade React to the latest minor release', age: 30 },
  { project: 'INS', type: 'story', summary: 'Rename "Workspace" to "Team" in settings', age: 75 },
  { project: 'INS', type: 'bug', summary: 'Export to CSV drops the last row', age: 5 },
  { project: 'PLAT', type: 'task', summary: 'Upgrade Node.js in build images', age: 44 },
  { project: 'PLAT', type: 'bug', summary: 'Sync status stuck on "running" after a cancelled job', age: 9 },
  { project: 'PLAT', type: 'story', summary: 'Expose connector version in the API', age: 160 },
  { project: 'REL', type: 'task', summary: 'Rotate TLS certificates for internal services', age: 18 },
  { project: 'REL', type: 'task', summary: 'Quarterly access review for production', age: 60 },
  { project: 'GROW', type: 'task', summary: 'Refresh customer logos on the home page', age: 22 },
  { project: 'GROW', type: 'story', summary: 'Cookie banner that meets the new consent rules', age: 140 },
  { project: 'SALES', type: 'task', summary: 'Clean up duplicate accounts in the CRM', age: 33 },
  { project: 'CS', type: 'task', summary: 'Update support hours for the holiday season', age: 6 },
  { project: 'CS', type: 'story', summary: 'Satisfaction survey after ticket closure', age: 190 },
  { project: 'DOCS', type: 'task', summary: 'Fix broken links reported by the link checker', age: 15 },
  { project: 'DOCS', type: 'story', summary: 'Release notes page for each monthly release', age: 95 },
];
