// Issues as the app needs them: one call for the issue panel, and the epic tag property written as the user.
import { route } from '@forge/api';
import { z } from 'zod';
import { EPIC_TAG_PROPERTY } from '../../shared/epic-tag';
import type { As, JiraClient } from './client';
import type { PanelIssue } from '../../services/ports/jira';

const IssueType = z.object({ id: z.string(), name: z.string(), hierarchyLevel: z.number().int().default(0), subtask: z.boolean().default(false) });
const Status = z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }).partial().default({}) });

const ParentRef = z.object({
  id: z.string(),
  key: z.string(),
  fields: z
    .object({ summary: z.string().default(''), status: Status.optional(), issuetype: IssueType.optional() })
    .partial()
    .default({}),
});

const PanelIssueJson = z.object({
  id: z.string(),
  key: z.string(),
  fields: z.object({
    summary: z.string(),
    issuetype: IssueType,
    status: Status,
    project: z.object({ id: z.string(), key: z.string(), name: z.string() }),
    parent: ParentRef.optional(),
  }),
  properties: z.record(z.string(), z.unknown()).default({}),
  editmeta: z.object({ fields: z.record(z.string(), z.unknown()) }).optional(),
});

/** The issue with its parent, project and our property: everything the panel needs from Jira, in one call. */
export const fetchIssueForPanel = async (jira: JiraClient, idOrKey: string): Promise<PanelIssue> => {
  const issue = await jira.json(
    'user',
    (r) => r.requestJira(route`/rest/api/3/issue/${idOrKey}?fields=summary,issuetype,status,project,parent&properties=${EPIC_TAG_PROPERTY}&expand=editmeta`),
    PanelIssueJson,
  );
  return { ...issue, editable: Object.keys(issue.editmeta?.fields ?? {}).length > 0 };
};

/** Writes the epic tag as the given principal; as the user, Jira refuses without edit permission on the issue. */
export const putEpicTagProperty = async (jira: JiraClient, as: As, issueId: string, value: unknown): Promise<void> => {
  await jira.send(as, (r) =>
    r.requestJira(route`/rest/api/3/issue/${issueId}/properties/${EPIC_TAG_PROPERTY}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify(value),
    }),
  );
};

export const deleteEpicTagProperty = async (jira: JiraClient, as: As, issueId: string): Promise<void> => {
  await jira.send(as, (r) => r.requestJira(route`/rest/api/3/issue/${issueId}/properties/${EPIC_TAG_PROPERTY}`, { method: 'DELETE' }));
};
