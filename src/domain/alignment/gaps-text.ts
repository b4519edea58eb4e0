// Each gap in words: why it matters (one sentence), who can fix it, what they do and where. Pure.
import { UNTAGGED_EPIC, type Gap, type GapKind } from '../../shared/api/alignment';
import { LEVEL_LABEL, type Level } from '../../shared/levels';
import type { GoalSummary } from '../../shared/model/goal';
import { skippedLevels } from '../goals/skipped-levels';
import { projectName, type AlignmentModel, type ProjectRef } from './tree-model';
import { formatDay } from '../kpi/series';

export interface UntaggedEpicFact {
  id: string;
  key: string;
  title: string;
  projectId: string;
}

export interface TaggedEpicFact extends UntaggedEpicFact {
  goalId: string;
  level: Level | null;
}

const leaderOrEditor = (m: AlignmentModel, g: GoalSummary): string => {
  const name = g.leaderId ? m.people[g.leaderId] : undefined;
  return name ? `${name} (its leader) or a strategy editor` : 'A strategy editor';
};

const roleWords = (missing: readonly ('leader' | 'manager')[]): { why: string; fix: string } => {
  if (missing.length === 2) return { why: 'Nobody sets its direction and nobody makes sure it gets done.', fix: 'Name a leader and a manager for the goal.' };
  return missing[0] === 'leader'
    ? { why: 'Nobody sets its direction, so the people doing the work have no one to agree priorities with.', fix: 'Name a leader for the goal.' }
    : { why: 'Nobody makes sure it gets executed, so slipping work goes unnoticed.', fix: 'Name a manager for the goal.' };
};

const levelName = (l: Level): string => (l === 'functional' ? 'functional team' : LEVEL_LABEL[l].toLowerCase());
const orList = (words: readonly string[]): string => (words.length < 2 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`);

/** "Project goal directly under a strategy goal: no functional team or process goal between, …" */
const skippedWords = (m: AlignmentModel, g: GoalSummary): { why: string; fix: string } => {
  const parent = g.parentId ? m.graph.byId.get(g.parentId) : undefined;
  if (!parent) return { why: 'It leaves a level out between itself and the goal above.', fix: 'Move it under a goal one level up.' };
  const missing = skippedLevels(parent.level, g.level).map(levelName);
  return {
    why: `${LEVEL_LABEL[g.level]} goal directly under a ${levelName(parent.level)} goal: no ${orList(missing)} goal between, so no team answers for how it serves “${parent.title}”.`,
    fix: `Move it under a functional team goal that serves “${parent.title}”, adding one if none fits.`,
  };
};

export const goalGap = (
  m: AlignmentModel,
  g: GoalSummary,
  kind: Exclude<Extract<GapKind, `goal-${string}` | 'timeframe-ended'>, 'goal-not-committed'>,
  missing: readonly ('leader' | 'manager')[] = [],
): Gap => {
  const base = {
    id: `${kind}:${g.id}`,
    kind,
    level: g.level,
    subject: { kind: 'goal' as const, id: g.id, title: g.title },
    link: { target: 'goal' as const, goalId: g.id },
  };
  switch (kind) {
    case 'goal-no-work':
      return {
        ...base,
        why: 'No project or epic serves this goal or the goals below it, so nothing moves it forward.',
        who: leaderOrEditor(m, g),
        fix: 'Align a project or tag an epic with it, or archive it if it is no longer pursued.',
      };
    case 'goal-missing-roles': {
      const words = roleWords(missing);
      return { ...base, why: words.why, who: 'A strategy editor', fix: words.fix };
    }
    case 'goal-skips-level':
      return { ...base, ...skippedWords(m, g), who: 'A strategy editor' };
    case 'timeframe-ended':
      return {
        ...base,
        why: `Its timeframe ended on ${g.timeframe.end ? formatDay(g.timeframe.end) : 'an earlier date'} but it is still active, so its status no longer tells the truth.`,
        who: leaderOrEditor(m, g),
        fix: 'Mark it achieved, extend its timeframe or archive it.',
      };
    default: {
      const never: never = kind;
      return never;
    }
  }
};

const deadGoalName = (m: AlignmentModel, goalId: string): string => {
  const g = m.graph.byId.get(goalId);
  return g ? `the archived goal “${g.title}”` : 'a goal that no longer exists';
};

export const projectGaps = (m: AlignmentModel, p: ProjectRef, kinds: readonly GapKind[]): Gap[] =>
  kinds.map((kind): Gap => {
    const a = m.alignmentOf.get(p.id);
    const base = {
      id: `${kind}:${p.id}`,
      kind,
      subject: { kind: 'project' as const, id: p.id, key: p.key, name: projectName(p) },
      link: { target: 'projectSettingsDetails' as const, projectKey: p.key },
    };
    if (kind === 'archived-goal-work' && a) {
      return {
        ...base,
        level: a.level,
        why: `It serves ${deadGoalName(m, a.goalId)}, so its progress counts toward a goal no one pursues.`,
        who: `Administrators of ${projectName(p)}`,
        fix: 'Align the project with a live goal in its settings.',
      };
    }
    return {
      ...base,
      level: null,
      why: 'Its work traces to no goal unless each epic is tagged, so its effort is invisible to the strategy.',
      who: `Administrators of ${projectName(p)}`,
      fix: 'Set the project’s level and goal in its settings.',
    };
  });

export const epicGap = (m: AlignmentModel, e: UntaggedEpicFact | TaggedEpicFact, kind: 'epic-untagged' | 'archived-goal-work'): Gap => {
  const project = m.projects.get(e.projectId)!;
  const a = m.alignmentOf.get(e.projectId);
  const subject = { kind: 'epic' as const, id: e.id, key: e.key, title: e.title, projectId: project.id, projectKey: project.key };
  const base = {
    id: `${kind}:${e.id}`,
    kind,
    subject,
    link: { target: 'issue' as const, issueKey: e.key },
    who: `People who can edit issues in ${projectName(project)}`,
  };
  if (kind === 'archived-goal-work' && 'goalId' in e) {
    return {
      ...base,
      level: e.level ?? a?.level ?? null,
      why: `It is tagged to ${deadGoalName(m, e.goalId)}, so its progress counts toward a goal no one pursues.`,
      fix: 'Tag the epic with a live goal.',
    };
  }
  return {
    ...base,
    level: a?.level ?? null,
    why: a ? UNTAGGED_EPIC.why : UNTAGGED_EPIC.whyNoProjectGoal,
    fix: UNTAGGED_EPIC.fix,
  };
};
