// Jira's answers as the use cases read them (the panel's issue, a project). The adapters in src/platform/jira/
// parse Jira's JSON into these shapes.
interface IssueType {
  id: string;
  name: string;
  hierarchyLevel: number;
  subtask: boolean;
}
interface Status {
  name: string;
  statusCategory: { key?: string };
}

export interface JiraProject {
  id: string;
  key: string;
  name: string;
}

/** The issue as the panel uses it; `editable` says whether Jira lets the viewer edit it (from its edit metadata). */
export interface PanelIssue {
  id: string;
  key: string;
  fields: {
    summary: string;
    issuetype: IssueType;
    status: Status;
    project: JiraProject;
    parent?: { id: string; key: string; fields: { summary?: string; status?: Status; issuetype?: IssueType } };
  };
  properties: Record<string, unknown>;
  editmeta?: { fields: Record<string, unknown> };
  editable: boolean;
}

/** When an issue was created and, if it is done now, when it entered the done category (ISO instants). */
export interface WorkDates {
  created: string;
  doneAt: string | null;
}
