// What a Jira issue event (avi:jira:created|updated|deleted:issue) means for roll-ups: which issue, whether the
// change can move any number (status, parent, project, type, story points), and the parents it left behind.
// The payload's schema is in src/shared/issue-event.ts.
import type { ChangeItem, IssueEventPayload } from '../../shared/issue-event';

export type IssueEventKind = 'created' | 'updated' | 'deleted';

export interface IssueEventFacts {
  kind: IssueEventKind;
  issueId: string;
  /** False only for updates whose changelog touches nothing a roll-up counts or keeps (labels, assignee, a story's summary…). */
  affectsRollups: boolean;
  /** Parents the issue had before this change (from the changelog), to recount what it left. */
  formerParentIds: string[];
  /** The parent named in the payload (deleted issues can be traced to their epic only through it). */
  payloadParentId?: string;
  /** The payload says the issue is an epic. */
  payloadIsEpic: boolean;
}

const PARENT_FIELDS = new Set(['parent', 'issueparentassociation', 'epic link']);
const COUNTED_FIELDS = new Set(['status', 'project', 'issuetype', 'key', 'story point estimate', 'story points', 'resolution', 'workflow']);
/** An epic's own fields its roll-up keeps for display (its status and key already count above). */
const EPIC_FACT_FIELDS = new Set(['summary']);

const lower = (s: string | null | undefined): string => (s ?? '').toLowerCase();
const isParentItem = (i: ChangeItem): boolean => PARENT_FIELDS.has(lower(i.field)) || lower(i.fieldId) === 'parent';

/** Whether one changelog item can change a roll-up; `pointsFieldId` is the site's story points field. */
export const countsFor = (i: ChangeItem, pointsFieldId: string): boolean =>
  isParentItem(i) || COUNTED_FIELDS.has(lower(i.field)) || COUNTED_FIELDS.has(lower(i.fieldId)) || lower(i.fieldId) === pointsFieldId;

const KIND: Record<IssueEventPayload['eventType'], IssueEventKind> = {
  'avi:jira:created:issue': 'created',
  'avi:jira:updated:issue': 'updated',
  'avi:jira:deleted:issue': 'deleted',
};

const NUMERIC = /^\d+$/;

export const factsOf = (e: IssueEventPayload, pointsFieldId: string): IssueEventFacts => {
  const kind = KIND[e.eventType];
  const items = e.changelog?.items ?? [];
  const level = e.issue.fields.issuetype?.hierarchyLevel;
  const isEpic = level === 1;
  // A payload that does not say the issue's level may be about an epic: recounting a story's epic costs little.
  const keptByEpic = (i: ChangeItem): boolean =>
    (isEpic || level === undefined) && (EPIC_FACT_FIELDS.has(lower(i.field)) || EPIC_FACT_FIELDS.has(lower(i.fieldId)));
  // Without a changelog we cannot tell what changed, so the safe answer is: everything may have.
  const affectsRollups = kind !== 'updated' || e.changelog == null || items.some((i) => countsFor(i, pointsFieldId) || keptByEpic(i));
  const formerParentIds = [...new Set(items.filter(isParentItem).map((i) => (i.from == null ? '' : String(i.from))))].filter((id) => NUMERIC.test(id));
  const parentId = e.issue.fields.parent?.id;
  return {
    kind,
    issueId: e.issue.id,
    affectsRollups,
    formerParentIds,
    ...(parentId !== undefined && NUMERIC.test(parentId) ? { payloadParentId: parentId } : {}),
    payloadIsEpic: isEpic,
  };
};
