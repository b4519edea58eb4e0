// Test data for the Jira emulator: small builders plus one hand-made world that every Jira test can read.
import type { JiraIssue, JiraIssueType, JiraProject, JiraSeed, JiraStatus, JiraUser, ProjectGrant } from '../../src/jira/model';
import type { SearchAlias } from '../../src/jira/emulator';

export const TYPES = {
  epic: { id: '10000', name: 'Epic', hierarchyLevel: 1, subtask: false },
  story: { id: '10001', name: 'Story', hierarchyLevel: 0, subtask: false },
  task: { id: '10002', name: 'Task', hierarchyLevel: 0, subtask: false },
  subtask: { id: '10003', name: 'Subtask', hierarchyLevel: -1, subtask: true },
} satisfies Record<string, JiraIssueType>;

export const STATUSES = {
  todo: { id: '1', name: 'To Do', category: 'new' },
  doing: { id: '3', name: 'In Progress', category: 'indeterminate' },
  review: { id: '4', name: 'In Review', category: 'indeterminate' },
  done: { id: '5', name: 'Done', category: 'done' },
} satisfies Record<string, JiraStatus>;

export const aUser = (accountId: string, displayName: string, groups: string[] = [], extra: Partial<JiraUser> = {}): JiraUser => ({
  accountId,
  displayName,
  emailAddress: `${displayName.split(' ')[0]?.toLowerCase() ?? 'user'}@example.com`,
  active: true,
  groups,
  timeZone: 'Europe/Berlin',
  locale: 'en_GB',
  ...extra,
});

export const grant = (permission: ProjectGrant['permission'], who: { accountId?: string; group?: string; anyone?: true }): ProjectGrant => ({
  permission,
  ...who,
});

export const aProject = (id: string, key: string, name: string, leadAccountId: string, grants: ProjectGrant[]): JiraProject => ({
  id,
  key,
  name,
  leadAccountId,
  projectTypeKey: 'software',
  description: `${name} project`,
  grants,
  properties: {},
});

/** Builds issues with consecutive ids and per-project key numbers, created one day apart. */
export class IssueBuilder {
  private nextId = 20000;
  private readonly numbers = new Map<string, number>();
  readonly issues: JiraIssue[] = [];

  add(
    project: JiraProject,
    type: JiraIssueType,
    summary: string,
    more: Partial<Omit<JiraIssue, 'id' | 'key' | 'projectId'>> & { parent?: JiraIssue } = {},
  ): JiraIssue {
    const n = (this.numbers.get(project.key) ?? 0) + 1;
    this.numbers.set(project.key, n);
    const id = String(this.nextId++);
    const day = new Date(Date.UTC(2024, 0, 1 + this.issues.length, 9, 0)).toISOString();
    const { parent, ...rest } = more;
    const issue: JiraIssue = {
      id,
      key: `${project.key}-${n}`,
      projectId: project.id,
      issueTypeId: type.id,
      statusId: STATUSES.todo.id,
      summary,
      labels: [],
      created: day,
      updated: day,
      properties: {},
      ...(parent ? { parentId: parent.id } : {}),
      ...rest,
    };
    this.issues.push(issue);
    return issue;
  }
}

export const ALIGNMENT = 'throughline-alignment';

/** The manifest fragment the tests derive their search aliases from. */
export const TEST_MANIFEST = {
  modules: {
    'jira:entityProperty': [
      {
        key: 'throughline-epic-alignment',
        entityType: 'issue',
        propertyKey: ALIGNMENT,
        values: [
          { path: 'goalId', type: 'string', searchAlias: 'throughlineGoal' },
          { path: 'level', type: 'string', searchAlias: 'throughlineLevel' },
          { path: 'score', type: 'number', searchAlias: 'throughlineScore' },
        ],
      },
      { key: 'project-thing', entityType: 'project', propertyKey: 'p', values: [{ path: 'x', type: 'string', searchAlias: 'projectThing' }] },
    ],
  },
};

export const PEOPLE = {
  admin: aUser('u-admin', 'Ada Admin', ['jira-admins']),
  dev: aUser('u-dev', 'Dev Eloper', ['staff', 'developers']),
  viewer: aUser('u-viewer', 'Vic Viewer', ['staff']),
  lead: aUser('u-lead', 'Lea Lead', ['staff']),
  outsider: aUser('u-out', 'Otto Outsider'),
  gone: aUser('u-gone', 'Gina Gone', ['staff'], { active: false }),
};

export const PROJECTS = {
  // DEMO: staff browse, developers edit, Lea administers.
  demo: aProject('10000', 'DEMO', 'Demo Platform', 'u-lead', [
    grant('BROWSE_PROJECTS', { group: 'staff' }),
    grant('EDIT_ISSUES', { group: 'developers' }),
    grant('ADMINISTER_PROJECTS', { accountId: 'u-lead' }),
    grant('CREATE_ISSUES', { group: 'developers' }),
  ]),
  // SEC: restricted to Lea; not even Jira admins browse it.
  sec: aProject('10001', 'SEC', 'Secret Deals', 'u-lead', [
    grant('BROWSE_PROJECTS', { accountId: 'u-lead' }),
    grant('EDIT_ISSUES', { accountId: 'u-lead' }),
    grant('ADMINISTER_PROJECTS', { accountId: 'u-lead' }),
  ]),
  // PUB: any logged-in user browses it.
  pub: aProject('10002', 'PUB', 'Public Roadmap', 'u-admin', [grant('BROWSE_PROJECTS', { anyone: true })]),
};

/** A small organisation: 3 projects, epics → stories → subtasks across all status categories, properties. */
export const smallWorld = (): JiraSeed => {
  const { demo, sec, pub } = PROJECTS;
  const b = new IssueBuilder();
  const align = (goalId: string, level: string, score?: number) => ({ [ALIGNMENT]: { goalId, level, ...(score === undefined ? {} : { score }) } });
  const onboarding = b.add(demo, TYPES.epic, 'Launch the new onboarding', {
    statusId: STATUSES.doing.id,
    labels: ['strategy'],
    properties: align('g-growth', 'project', 7),
  });
  const billing = b.add(demo, TYPES.epic, 'Improve billing reliability', { properties: align('g-quality', 'process', 3) });
  b.add(demo, TYPES.epic, 'Untagged cleanup epic', { statusId: STATUSES.done.id });
  b.add(demo, TYPES.story, 'Design onboarding screens', {
    parent: onboarding,
    statusId: STATUSES.done.id,
    storyPoints: 5,
    labels: ['ux', 'frontend'],
    assigneeAccountId: 'u-dev',
    reporterAccountId: 'u-lead',
  });
  const api = b.add(demo, TYPES.story, 'Build onboarding API', {
    parent: onboarding,
    statusId: STATUSES.doing.id,
    storyPoints: 8,
    labels: ['backend'],
    assigneeAccountId: 'u-dev',
  });
  b.add(demo, TYPES.task, 'Retry failed payments', { parent: billing, storyPoints: 3 });
  b.add(demo, TYPES.subtask, 'Write API tests', { parent: api, statusId: STATUSES.review.id, assigneeAccountId: 'u-viewer' });
  b.add(demo, TYPES.story, 'Orphan story without epic', { labels: ['tech-debt'], storyPoints: 2 });
  const deal = b.add(sec, TYPES.epic, 'Secret acquisition', { statusId: STATUSES.doing.id, labels: ['secret'], properties: align('g-growth', 'strategy') });
  b.add(sec, TYPES.story, 'Due diligence', { parent: deal, labels: ['secret'] });
  b.add(pub, TYPES.task, 'Publish the roadmap', { statusId: STATUSES.done.id, labels: ['roadmap'] });
  return {
    users: Object.values(PEOPLE),
    issueTypes: Object.values(TYPES),
    statuses: Object.values(STATUSES),
    projects: Object.values(PROJECTS).map((p) => structuredClone(p)),
    issues: b.issues,
  };
};

/** `count` stories in one project everybody on staff can browse, for paging tests. */
export const bigWorld = (count: number): JiraSeed => {
  const project = aProject('10100', 'BIG', 'Big Backlog', 'u-lead', [grant('BROWSE_PROJECTS', { group: 'staff' })]);
  const b = new IssueBuilder();
  for (let i = 0; i < count; i++) b.add(project, TYPES.story, `Story number ${i + 1}`);
  return { users: Object.values(PEOPLE), issueTypes: Object.values(TYPES), statuses: Object.values(STATUSES), projects: [project], issues: b.issues };
};

export type { SearchAlias };
