// Use case: bring epics' roll-ups up to date by counting again, from Jira as the app, everything under them.
// Counting again (instead of applying deltas from events) stays correct when events arrive twice, late or out
// of order. An epic Jira no longer has, or that is no longer an epic, loses its roll-up and goal contribution.
import { buildEpicRollups, epicFacts, tagFacts } from '../../domain/rollup/epic-rollup';
import { vouchedTag } from '../../domain/goals/visibility';
import type { EpicTag } from '../../shared/epic-tag';
import type { FoundIssue, IssueLink, RollupStore } from '../ports/rollups';

/** What the roll-up use cases read from Jira (as the app). */
export interface RollupJira {
  epicsAndChildren(epicIds: readonly string[], reconcile: readonly string[]): Promise<FoundIssue[]>;
  children(parentIds: readonly string[], reconcile: readonly string[]): Promise<FoundIssue[]>;
  links(ids: readonly string[]): Promise<IssueLink[]>;
  epicIds(): Promise<string[]>;
}

/** What tells an epic tag the app wrote from one written straight to Jira (see `vouchedTag`). */
export interface TagTrust {
  /** From the catalog: the restricted goals and the goals below them, and the ids of every goal. */
  goalIds(): Promise<GoalIdSets>;
  /** The goal each epic's mirror (written by the tagging use case) names, for the epics that have one. */
  mirroredGoals(epicIds: readonly string[]): Promise<ReadonlyMap<string, string>>;
}

export interface GoalIdSets {
  restricted: ReadonlySet<string>;
  known: ReadonlySet<string>;
}

export interface RollupDeps {
  jira: RollupJira;
  trust: TagTrust;
  store: RollupStore;
  now(): Date;
  /** The site's story points field id, to tell which changelog items can move points. */
  pointsField: string;
}

export interface RecountResult {
  counted: string[];
  removed: string[];
  /** Each epic counted, with its project and the tag Jira has (unvouched), for the reconcile's mirror check. */
  seen: { epicId: string; projectId: string; tag: EpicTag | undefined }[];
}

/** Epics per Jira query: each query names them twice (`id in (…) OR parent in (…)`). */
export const EPICS_PER_QUERY = 50;

/**
 * The epics with the tags the app counts: a tag naming a restricted goal (or one below it) that the app's mirror
 * does not confirm was written outside the app, and counts as no tag, so it never admits anyone to the goal.
 */
const vouched = async (deps: RollupDeps, epics: FoundIssue[], restricted: () => Promise<ReadonlySet<string>>): Promise<FoundIssue[]> => {
  if (!epics.some((e) => e.tag)) return epics;
  const ids = await restricted();
  const suspects = epics.filter((e) => e.tag && ids.has(e.tag.goalId)).map((e) => e.id);
  if (suspects.length === 0) return epics;
  const mirrored = await deps.trust.mirroredGoals(suspects);
  return epics.map((e) => ({ ...e, tag: vouchedTag(e.tag, mirrored.get(e.id), ids) ?? undefined }));
};

/**
 * `restricted`: the restricted goals when the caller has read them already (the full recount reads them once per
 * invocation: the catalog they come from weighs 300 KB at 600 goals, and a recount has 2,000 batches at 50,000 epics).
 */
export const recountEpics = async (
  deps: RollupDeps,
  epicIds: readonly string[],
  reconcile: readonly string[] = [],
  restricted?: ReadonlySet<string>,
): Promise<RecountResult> => {
  const ids = [...new Set(epicIds)];
  const out: RecountResult = { counted: [], removed: [], seen: [] };
  let reading: Promise<ReadonlySet<string>> | undefined;
  const restrictedIds = () => (restricted ? Promise.resolve(restricted) : (reading ??= deps.trust.goalIds().then((s) => s.restricted)));
  for (let at = 0; at < ids.length; at += EPICS_PER_QUERY) {
    const wanted = ids.slice(at, at + EPICS_PER_QUERY);
    const wantedSet = new Set(wanted);
    const found = await deps.jira.epicsAndChildren(wanted, reconcile);
    const asFound = found.filter((i) => wantedSet.has(i.id) && i.level === 1);
    out.seen.push(...asFound.map((e) => ({ epicId: e.id, projectId: e.projectId, tag: e.tag })));
    const epics = await vouched(deps, asFound, restrictedIds);
    const epicSet = new Set(epics.map((e) => e.id));
    const children = found.filter((i) => i.parentId !== undefined && epicSet.has(i.parentId) && i.level === 0);
    const subtasks =
      children.length > 0
        ? (
            await deps.jira.children(
              children.map((c) => c.id),
              reconcile,
            )
          ).filter((s) => s.level === -1)
        : [];
    const asOf = deps.now().toISOString();
    for (const rollup of buildEpicRollups(epics.map(epicFacts), [...children, ...subtasks], asOf)) {
      await deps.store.putEpic(rollup.epicId, rollup, asOf);
      out.counted.push(rollup.epicId);
    }
    for (const gone of wanted.filter((id) => !epicSet.has(id))) {
      await deps.store.putEpic(gone, undefined, asOf);
      out.removed.push(gone);
    }
  }
  return out;
};

/**
 * The epics these issues count under: an epic itself, a child's epic, a subtask's story's epic. A parent whose
 * level Jira did not say is returned as a candidate; recounting checks that it really is an epic.
 */
export const epicsOf = async (deps: Pick<RollupDeps, 'jira'>, issueIds: readonly string[]): Promise<Set<string>> =>
  issueIds.length === 0 ? new Set() : epicsOfLinks(deps, await deps.jira.links(issueIds));

/** The same, from where the issues sit already known (a search that asked for it): Jira is asked only for subtasks' stories. */
export const epicsOfLinks = async (deps: Pick<RollupDeps, 'jira'>, links: readonly IssueLink[]): Promise<Set<string>> => {
  const out = new Set<string>();
  const stories: string[] = [];
  for (const l of links) {
    if (l.level === 1) out.add(l.id);
    else if (l.level === -1 && l.parentId) stories.push(l.parentId);
    else if (l.level === 0 && l.parentId && (l.parentLevel === undefined || l.parentLevel === 1)) out.add(l.parentId);
  }
  if (stories.length > 0) {
    for (const s of await deps.jira.links([...new Set(stories)])) {
      if (s.level === 0 && s.parentId && (s.parentLevel === undefined || s.parentLevel === 1)) out.add(s.parentId);
    }
  }
  return out;
};

/**
 * An epic was tagged (with another goal, level or people) or untagged: its stored numbers move to that goal at
 * once and its record keeps the tag's level and people, as trees show them; an epic never counted yet is counted
 * now. Tagging writes an issue property, which raises no issue event.
 */
export const retagEpicRollup = async (deps: RollupDeps, epicId: string, tag: EpicTag | null): Promise<void> => {
  const stored = (await deps.store.epics([epicId])).get(epicId);
  if (!stored) {
    // Reconciled: the search index may not have the tag just written yet.
    await recountEpics(deps, [epicId], [epicId]);
    return;
  }
  const next = tagFacts(tag);
  if (stored.goalId === next.goalId && stored.level === next.level && stored.leaderId === next.leaderId && stored.managerId === next.managerId) return;
  const { level: _level, leaderId: _leader, managerId: _manager, ...rest } = stored;
  await deps.store.putEpic(epicId, { ...rest, ...next }, deps.now().toISOString());
};
