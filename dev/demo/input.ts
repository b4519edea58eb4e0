// Northwind's input from the work: what the Insights App team said about Dashboards 3.0 and the goal above it, from
// stories under the Dashboards 3.0 epics, dated relative to `today`. One piece has waited 20 days unanswered (the
// gap "input unanswered for 14 days"), one was sent anonymously, one was answered, one put off with a reason. The
// personas have left none, so the member's first input is her own story.
import type { JiraIssue } from '@throughline/local-forge/jira';
import type { Input, InputTriage } from '../../src/shared/model/input';
import { ACCOUNTS, type Handle } from './people';
import { ISSUE_TYPES } from './projects';
import { addDays, timestamp } from './random';

const DASHBOARDS = 'g-dashboards-v3';
const DIFFERENTIATION = 'g-product-differentiation';
const NAMES: Partial<Record<Handle, string>> = { aisha: 'Aisha Khan', kenji: 'Kenji Watanabe', lucas: 'Lucas Moreau', elena: 'Elena Popescu' };

interface Entry {
  id: string;
  goalId: string;
  /** Which story under the Dashboards 3.0 epics, in key order. */
  story: number;
  author: Handle;
  daysAgo: number;
  kind: Input['kind'];
  text: string;
  anonymous?: boolean;
  triage?: { state: 'answered' | 'not-now'; words: string; daysAgo: number; by: Handle };
}

const ENTRIES: Entry[] = [
  {
    id: 'in-demo-snap-grid',
    goalId: DASHBOARDS,
    story: 1,
    author: 'aisha',
    daysAgo: 20,
    kind: 'change',
    text: 'Snap-to-grid fights manual resizing on wide screens. Could we let people switch it off per dashboard before the old engine goes?',
  },
  {
    id: 'in-demo-migration-pairing',
    goalId: DASHBOARDS,
    story: 0,
    author: 'kenji',
    daysAgo: 9,
    kind: 'working',
    text: 'Pairing with support on the migration script caught three customer edge cases before they reached anyone.',
    triage: {
      state: 'answered',
      words: 'Thank you. We will keep a support engineer in every migration wave until the old engine is off.',
      daysAgo: 7,
      by: 'lead',
    },
  },
  {
    id: 'in-demo-review-demos',
    goalId: DASHBOARDS,
    story: 2,
    author: 'lucas',
    daysAgo: 5,
    kind: 'change',
    text: 'Sprint reviews run long because every dashboard demo is built from scratch on the day. A shared demo workspace would save an hour a review.',
    anonymous: true,
  },
  {
    id: 'in-demo-analytics-scope',
    goalId: DIFFERENTIATION,
    story: 3,
    author: 'elena',
    daysAgo: 12,
    kind: 'change',
    text: 'Scheduled reports and natural-language insights both need the query cache; doing the cache first would speed up both.',
    triage: { state: 'not-now', words: 'Right idea, wrong quarter: the cache work starts after the EU region ships in February.', daysAgo: 10, by: 'lead' },
  },
];

/** Stories under the epics tagged with Dashboards 3.0, in key order. */
const dashboardStories = (issues: readonly JiraIssue[]): JiraIssue[] => {
  const epics = new Set(
    issues.filter((i) => (i.properties['throughline-alignment'] as { goalId?: string } | undefined)?.goalId === DASHBOARDS).map((i) => i.id),
  );
  return issues
    .filter((i) => i.parentId !== undefined && epics.has(i.parentId) && i.issueTypeId === ISSUE_TYPES.story.id)
    .sort((a, b) => Number(a.key.split('-')[1]) - Number(b.key.split('-')[1]));
};

/** Each piece of input as it stands today, and (for triaged input) as it was when it was left. */
export function buildInput(today: string, issues: readonly JiraIssue[]): { left: Input; now: Input }[] {
  const stories = dashboardStories(issues);
  return ENTRIES.map((e, n) => {
    const story = stories[e.story];
    if (!story) throw new Error(`the demo has no story ${e.story} under Dashboards 3.0`);
    const left: Input = {
      id: e.id,
      goalId: e.goalId,
      kind: e.kind,
      text: e.text,
      anonymous: e.anonymous ?? false,
      authorId: ACCOUNTS[e.author],
      authorName: NAMES[e.author] ?? e.author,
      issue: { id: story.id, key: story.key },
      createdAt: timestamp(addDays(today, -e.daysAgo), 90 + n * 53),
      version: 1,
      triage: { state: 'open' },
    };
    if (!e.triage) return { left, now: left };
    const by = ACCOUNTS[e.triage.by];
    const at = timestamp(addDays(today, -e.triage.daysAgo), 200);
    const triage: InputTriage =
      e.triage.state === 'answered' ? { state: 'answered', answer: e.triage.words, by, at } : { state: 'not-now', reason: e.triage.words, by, at };
    return { left, now: { ...left, version: 2, triage } };
  });
}
