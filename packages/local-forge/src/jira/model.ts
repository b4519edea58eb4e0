// The Jira emulator's world: plain data, seeded by the app (its demo data) or by tests, mutated by REST calls.
// Ids are numeric strings, as in Jira Cloud; account ids are opaque strings.

export type StatusCategoryKey = 'new' | 'indeterminate' | 'done';

export interface JiraUser {
  accountId: string;
  displayName: string;
  emailAddress?: string;
  active: boolean;
  /** Group names; 'jira-admins' grants the global ADMINISTER permission. */
  groups: string[];
  timeZone?: string;
  locale?: string;
}

export interface JiraIssueType {
  id: string;
  name: string;
  /** Jira's hierarchy: -1 subtask, 0 standard (story, task, bug), 1 epic. */
  hierarchyLevel: -1 | 0 | 1;
  subtask: boolean;
}

export interface JiraStatus {
  id: string;
  name: string;
  category: StatusCategoryKey;
}

export type ProjectPermissionKey = 'BROWSE_PROJECTS' | 'EDIT_ISSUES' | 'ADMINISTER_PROJECTS' | 'CREATE_ISSUES';

export interface ProjectGrant {
  permission: ProjectPermissionKey;
  /** Exactly one of these says who holds it. 'anyone' means any logged-in user. */
  accountId?: string;
  group?: string;
  anyone?: true;
}

export interface JiraProject {
  id: string;
  key: string;
  name: string;
  leadAccountId: string;
  projectTypeKey: 'software' | 'business' | 'service_desk';
  description?: string;
  grants: ProjectGrant[];
  properties: Record<string, unknown>;
}

export interface JiraIssue {
  id: string;
  key: string;
  projectId: string;
  issueTypeId: string;
  statusId: string;
  summary: string;
  parentId?: string;
  labels: string[];
  assigneeAccountId?: string;
  reporterAccountId?: string;
  storyPoints?: number;
  created: string; // ISO
  updated: string; // ISO
  /** When the issue last entered its current status category (Jira's `statuscategorychangedate`); absent: `created`. */
  statusCategoryChanged?: string; // ISO
  properties: Record<string, unknown>;
}

export interface JiraSeed {
  users: JiraUser[];
  issueTypes: JiraIssueType[];
  statuses: JiraStatus[];
  projects: JiraProject[];
  issues: JiraIssue[];
  /** Mail Jira sent through `POST /issue/{id}/notify` (the emulator sends none; the host shows them as "Sent mail"). */
  notifications?: JiraNotification[];
}

/** One notification as Jira would mail it: to each recipient who may browse the issue. */
export interface JiraNotification {
  id: string;
  /** ISO time it was sent. */
  at: string;
  issueId: string;
  issueKey: string;
  /** The account id of the user who sent it, or 'app'. */
  from: string;
  /** The account ids it reached (listed users, reporter or assignee as asked, who are active and may browse the issue). */
  to: string[];
  subject: string;
  textBody: string;
  htmlBody: string;
}
