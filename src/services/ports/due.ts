// What "Due from you" asks of Jira beyond storage: the epics without a goal in the projects the caller administers.

export interface UntaggedEpic {
  key: string;
  title: string;
  project: { id: string; key: string; name: string };
}

/** One page of them, asked as the caller; `truncated` when Jira has more. */
export type UntaggedToAdminister = () => Promise<{ epics: readonly UntaggedEpic[]; truncated: boolean }>;
