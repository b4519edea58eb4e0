// What the goal page shows of the work and gaps under one goal, picked out of reads the workspace already makes
// (the subtree below the goal, read as the viewer; the gaps radar): pure, so the grouping is tested alone.
import type { EpicNode, Gap, GoalNode, ProjectNode } from '../../../../src/shared/api/alignment';
import type { SubtreeRow } from '../../../../src/shared/api/macros';

export interface ProjectWork {
  project: ProjectNode;
  epics: EpicNode[];
}

export interface GoalWork {
  /** The goal's own node: its totals and progress over everything below it that the viewer may see. */
  self: GoalNode | null;
  /** Sub-goals directly below, with their totals. */
  childGoals: GoalNode[];
  /** Projects directly under the goal, each with the epics tagged to this goal. */
  projects: ProjectWork[];
}

/** Groups a subtree read of depth 2 below a goal: its child goals and projects, and each project's epics. */
export const goalWork = (rows: readonly SubtreeRow[]): GoalWork => {
  const out: GoalWork = { self: null, childGoals: [], projects: [] };
  let project: ProjectWork | null = null;
  for (const { depth, node } of rows) {
    if (depth === 0) {
      if (node.kind === 'goal') out.self = node;
    } else if (depth === 1) {
      project = null;
      if (node.kind === 'goal') out.childGoals.push(node);
      else if (node.kind === 'project') {
        project = { project: node, epics: [] };
        out.projects.push(project);
      }
    } else if (depth === 2 && project && node.kind === 'epic') project.epics.push(node);
  }
  return out;
};

/** The gaps about this goal, and those on the projects and epics that sit directly under it. */
export const gapsOfGoal = (gaps: readonly Gap[], goalId: string, work: GoalWork): Gap[] => {
  const projects = new Set(work.projects.map((p) => p.project.projectId));
  const epics = new Set(work.projects.flatMap((p) => p.epics.map((e) => e.issueId)));
  return gaps.filter((g) =>
    g.subject.kind === 'goal' ? g.subject.id === goalId : g.subject.kind === 'project' ? projects.has(g.subject.id) : epics.has(g.subject.id),
  );
};
