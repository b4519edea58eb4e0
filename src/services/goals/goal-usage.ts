// Use case: what outside the catalog still uses a goal (tagged projects and epics), in words an editor can act
// on. Ids come from the app's mirrors (capped); keys and names come from Jira as the editor, so an item the
// editor may not browse is only counted, never named.
import type { GoalUsage } from '../../domain/goals/decide';

/** How many projects and how many epics are listed at most. */
export const USAGE_CAP = 20;

export interface GoalUsageDeps {
  /** Project ids aligned to the goal, at most `limit`. */
  projectIdsOf(goalId: string, limit: number): Promise<string[]>;
  /** Epic ids tagged with the goal, at most `limit`. */
  epicIdsOf(goalId: string, limit: number): Promise<string[]>;
  /** These projects as the editor sees them (key and name); the ones Jira does not return are not visible. */
  projectsByIds(ids: string[]): Promise<{ id: string; key: string; name: string }[]>;
  /** These epics as the editor sees them; the ones Jira does not return are not visible. */
  epicsByIds(ids: string[]): Promise<{ id: string; key: string; title: string }[]>;
}

export const externalUsageOf = async (deps: GoalUsageDeps, goalId: string): Promise<Pick<GoalUsage, 'projects' | 'epics' | 'hidden' | 'more'>> => {
  // One more than the cap tells whether the lists were cut.
  const [projectIds, epicIds] = await Promise.all([deps.projectIdsOf(goalId, USAGE_CAP + 1), deps.epicIdsOf(goalId, USAGE_CAP + 1)]);
  const more = projectIds.length > USAGE_CAP || epicIds.length > USAGE_CAP;
  const wantedProjects = projectIds.slice(0, USAGE_CAP);
  const wantedEpics = epicIds.slice(0, USAGE_CAP);
  if (wantedProjects.length + wantedEpics.length === 0) return { projects: [], epics: [] };
  const [browsable, epics] = await Promise.all([
    wantedProjects.length > 0 ? deps.projectsByIds(wantedProjects) : Promise.resolve([]),
    wantedEpics.length > 0 ? deps.epicsByIds(wantedEpics) : Promise.resolve([]),
  ]);
  const projectById = new Map(browsable.map((p) => [p.id, p]));
  const epicById = new Map(epics.map((e) => [e.id, e]));
  const projects = wantedProjects.flatMap((id) => {
    const p = projectById.get(id);
    return p ? [{ projectId: id, key: p.key, name: p.name }] : [];
  });
  const visibleEpics = wantedEpics.flatMap((id) => {
    const e = epicById.get(id);
    return e ? [{ issueId: id, key: e.key, title: e.title }] : [];
  });
  return {
    projects,
    epics: visibleEpics,
    hidden: { projects: wantedProjects.length - projects.length, epics: wantedEpics.length - visibleEpics.length },
    ...(more ? { more } : {}),
  };
};
