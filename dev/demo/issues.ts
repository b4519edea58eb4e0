// Generates the Jira issues: each epic with its stories, tasks, bugs and sub-tasks, plus work with no epic.
// Statuses follow each epic's progress (older epics are further along); ids and keys follow creation order.
import type { JiraIssue } from '@throughline/local-forge/jira';
import { EPIC_TAG_PROPERTY, type EpicTag } from '../../src/shared/epic-tag';
import { EPICS, STANDALONE, type EpicDef } from './epics';
import { goalLevel } from './goals';
import { ACCOUNTS, type Handle } from './people';
import { ISSUE_TYPES, STATUSES, projectDef, type IssueTypeKey, type ProjectDef, type StatusKey } from './projects';
import { Rng, addDays, seedFor, timestamp } from './random';

const SEED = 0x7a11ce;
const FIRST_ISSUE_ID = 10200;

const SOFTWARE_TASKS = [
  'Rollout plan for {e}',
  'Monitoring and alerts for {e}',
  'Security review: {e}',
  'Update user documentation for {e}',
  'Load test: {e}',
  'Remove feature flags after {e}',
];
const BUSINESS_TASKS = [
  'Kick-off meeting: {e}',
  'Collect stakeholder feedback on {e}',
  'Status update to leadership: {e}',
  'Budget sign-off for {e}',
  'Retrospective: {e}',
];
const BUG_SUFFIXES = [
  'error 500 when the workspace has no data',
  'timestamps shown in UTC instead of the user\u2019s time zone',
  'slow for workspaces with more than 10,000 rows',
  'layout breaks in dark mode',
  'fails for names with non-ASCII characters',
  'intermittent timeout in CI',
  'missing German translations',
  'wrong total after filtering',
  'ignores the user\u2019s permissions',
  'retry loop after a network error',
];
const SOFTWARE_SUBTASKS = ['Write unit tests', 'Code review', 'Update API docs', 'QA on staging', 'Add telemetry events', 'UX review'];
const BUSINESS_SUBTASKS = ['Draft', 'Review with stakeholders', 'Get legal sign-off', 'Publish'];
const POINTS = [1, 2, 2, 3, 3, 3, 5, 5, 8, 13];

interface Draft {
  ref: number;
  project: ProjectDef;
  type: IssueTypeKey;
  status: StatusKey;
  summary: string;
  parentRef?: number;
  labels: string[];
  assignee?: Handle;
  reporter: Handle;
  storyPoints?: number;
  createdAgo: number;
  updatedAgo: number;
  properties: Record<string, unknown>;
}

class Drafts {
  readonly all: Draft[] = [];
  add(d: Omit<Draft, 'ref'>): Draft {
    const draft = { ...d, ref: this.all.length };
    this.all.push(draft);
    return draft;
  }
}

function statusFor(rng: Rng, progress: number): StatusKey {
  const r = rng.float();
  if (r < progress) return 'done';
  if (r < progress + (1 - progress) * 0.45) return rng.chance(0.7) ? 'inProgress' : 'inReview';
  return 'todo';
}

function labelsFor(rng: Rng, p: ProjectDef): string[] {
  const r = rng.float();
  if (r < 0.55) return [];
  const first = rng.pick(p.labels);
  if (r < 0.9) return [first];
  const second = rng.pick(p.labels);
  return second === first ? [first] : [first, second].sort();
}

function updatedAgoFor(rng: Rng, status: StatusKey, createdAgo: number): number {
  // Open work was touched recently; finished work stopped changing some time after it was created.
  if (status === 'done') return Math.max(0, createdAgo - rng.int(1, Math.max(1, Math.min(createdAgo, 45))));
  return Math.floor(createdAgo * rng.float() * rng.float());
}

function epicTag(def: EpicDef, assignee: Handle | undefined, index: number): EpicTag | undefined {
  if (!def.goal) return undefined;
  const tag: EpicTag = { goalId: def.goal, level: goalLevel(def.goal) === 'process' ? 'process' : 'project' };
  if (index % 2 === 0) {
    tag.leaderId = ACCOUNTS[projectDef(def.project).lead];
    if (assignee) tag.managerId = ACCOUNTS[assignee];
  }
  return tag;
}

function addEpic(drafts: Drafts, def: EpicDef, index: number): void {
  const rng = new Rng(seedFor(SEED, def.summary));
  const p = projectDef(def.project);
  const progress = def.progress ?? Math.min(0.9, Math.max(0, def.age / 220 + rng.noise(0.08)));
  const epicAssignee = rng.chance(0.6) ? p.lead : rng.pick(p.team);
  const epic = drafts.add({
    project: p,
    type: 'epic',
    status: 'todo',
    summary: def.summary,
    labels: labelsFor(rng, p),
    assignee: epicAssignee,
    reporter: p.lead,
    createdAgo: def.age,
    updatedAgo: 0,
    properties: {},
  });
  const tag = epicTag(def, epicAssignee, index);
  if (tag) epic.properties[EPIC_TAG_PROPERTY] = tag;

  const children: Array<{ type: IssueTypeKey; summary: string }> = def.stories.map((s) => ({ type: 'story', summary: s }));
  const tasks = p.software ? SOFTWARE_TASKS : BUSINESS_TASKS;
  const taskCount = rng.int(1, p.software ? 2 : 3);
  for (let i = 0; i < taskCount; i++) children.push({ type: 'task', summary: tasks[(index + i * 2) % tasks.length]!.replace('{e}', def.summary) });
  const bugCount = p.software ? rng.int(0, def.project === 'INS' ? 3 : 2) : 0;
  for (let i = 0; i < bugCount; i++) children.push({ type: 'bug', summary: `${def.summary}: ${BUG_SUFFIXES[(index * 3 + i) % BUG_SUFFIXES.length]}` });

  for (const child of children) {
    const status = statusFor(rng, progress);
    const createdAgo = def.age - rng.int(0, Math.floor(def.age * 0.4));
    const started = status !== 'todo';
    const issue = drafts.add({
      project: p,
      type: child.type,
      status,
      summary: child.summary,
      parentRef: epic.ref,
      labels: labelsFor(rng, p),
      reporter: rng.chance(0.5) ? p.lead : rng.pick(p.team),
      createdAgo,
      updatedAgo: updatedAgoFor(rng, status, createdAgo),
      properties: {},
      ...(started || rng.chance(0.5) ? { assignee: rng.pick(p.team) } : {}),
      ...(child.type === 'story' && rng.chance(0.85) ? { storyPoints: rng.pick(POINTS) } : {}),
    });
    if (child.type === 'story' && rng.chance(0.3)) addSubtasks(drafts, rng, issue);
  }

  const kids = drafts.all.filter((d) => d.parentRef === epic.ref);
  epic.status = kids.every((k) => k.status === 'done') ? 'done' : kids.every((k) => k.status === 'todo') ? 'todo' : 'inProgress';
  epic.updatedAgo = Math.min(...kids.map((k) => k.updatedAgo));
}

function addSubtasks(drafts: Drafts, rng: Rng, story: Draft): void {
  const names = story.project.software ? SOFTWARE_SUBTASKS : BUSINESS_SUBTASKS;
  const count = rng.int(2, 3);
  const offset = rng.int(0, names.length - 1);
  for (let i = 0; i < count; i++) {
    const status: StatusKey = story.status === 'done' ? 'done' : story.status === 'todo' ? 'todo' : rng.pick(['done', 'inProgress', 'todo'] as const);
    const createdAgo = story.createdAgo - rng.int(0, Math.min(5, story.createdAgo));
    drafts.add({
      project: story.project,
      type: 'subtask',
      status,
      summary: names[(offset + i) % names.length]!,
      parentRef: story.ref,
      labels: [],
      reporter: story.assignee ?? story.reporter,
      createdAgo,
      updatedAgo: Math.min(story.updatedAgo, updatedAgoFor(rng, status, createdAgo)),
      properties: {},
      ...(story.assignee ? { assignee: story.assignee } : {}),
    });
  }
}

function addStandalone(drafts: Drafts): void {
  STANDALONE.forEach((s) => {
    const rng = new Rng(seedFor(SEED, s.summary));
    const p = projectDef(s.project);
    const status = statusFor(rng, Math.min(0.9, s.age / 120));
    drafts.add({
      project: p,
      type: s.type,
      status,
      summary: s.summary,
      labels: labelsFor(rng, p),
      reporter: rng.pick(p.team),
      createdAgo: s.age,
      updatedAgo: updatedAgoFor(rng, status, s.age),
      properties: {},
      ...(status !== 'todo' || rng.chance(0.5) ? { assignee: rng.pick(p.team) } : {}),
      ...(s.type === 'story' ? { storyPoints: rng.pick(POINTS) } : {}),
    });
  });
}

export function buildIssues(today: string): JiraIssue[] {
  const drafts = new Drafts();
  EPICS.forEach((def, i) => addEpic(drafts, def, i));
  addStandalone(drafts);

  // Creation order decides ids and keys; a parent is always created no later than its children and was drafted first.
  const ordered = [...drafts.all].sort((a, b) => b.createdAgo - a.createdAgo || a.ref - b.ref);
  const idOf = new Map<number, string>();
  const keyCounters = new Map<string, number>();
  const perDay = new Map<number, number>();
  return ordered.map((d, i) => {
    const id = String(FIRST_ISSUE_ID + i);
    idOf.set(d.ref, id);
    const n = (keyCounters.get(d.project.key) ?? 0) + 1;
    keyCounters.set(d.project.key, n);
    const slot = perDay.get(d.createdAgo) ?? 0;
    perDay.set(d.createdAgo, slot + 1);
    const createdDay = addDays(today, -d.createdAgo);
    const created = timestamp(createdDay, 5 + slot * 7);
    const updatedCandidate = timestamp(addDays(today, -d.updatedAgo), 300 + (i % 200));
    const parentId = d.parentRef === undefined ? undefined : idOf.get(d.parentRef);
    if (d.parentRef !== undefined && !parentId) throw new Error(`demo issue ${d.summary} ordered before its parent`);
    return {
      id,
      key: `${d.project.key}-${n}`,
      projectId: d.project.id,
      issueTypeId: ISSUE_TYPES[d.type].id,
      statusId: STATUSES[d.status].id,
      summary: d.summary,
      ...(parentId ? { parentId } : {}),
      labels: d.labels,
      ...(d.assignee ? { assigneeAccountId: ACCOUNTS[d.assignee] } : {}),
      reporterAccountId: ACCOUNTS[d.reporter],
      ...(d.storyPoints !== undefined ? { storyPoints: d.storyPoints } : {}),
      created,
      updated: updatedCandidate > created ? updatedCandidate : created,
      // Work that left "to do" did so at its last change (done work stopped changing when it was done).
      ...(d.status !== 'todo' ? { statusCategoryChanged: updatedCandidate > created ? updatedCandidate : created } : {}),
      properties: d.properties,
    };
  });
}
