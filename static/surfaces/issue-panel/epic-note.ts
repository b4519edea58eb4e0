// What the panel tells someone who may not change an epic's goal, and what it advises on work that traces to no goal:
// only what is true for this viewer (an epic without a goal has no goal to "see"; a viewer without edit permission is
// not told to tag it). Pure.
import type { GoalContext } from '../../../src/shared/api/panel';

type Facts = Pick<GoalContext, 'issue' | 'epic' | 'canTagEpic' | 'epicTag' | 'source'>;

/** The line under the chain on an epic the viewer may not edit; null when there is nothing true to add. */
export const epicTagNote = (c: Facts): string | null => {
  if (!c.issue.isEpic || c.canTagEpic) return null;
  if (c.epicTag) return 'You can see this epic’s goal but not change it: that needs permission to edit the epic.';
  // Untagged and in no aligned project: the "not aligned" card already says who can fix it.
  if (c.source === 'none') return null;
  return 'This epic has no goal of its own. Tagging it needs permission to edit the epic, which you do not have.';
};

/** The advice on work that traces to no goal, addressed to what this viewer can do. */
export const notAlignedAdvice = (c: Facts): string => {
  const project = c.issue.project.name;
  if (c.issue.isEpic && c.canTagEpic) return 'Tag this epic with the goal it serves so every issue in it shows its purpose.';
  if (c.issue.isEpic)
    return `You cannot tag it yourself: that needs permission to edit this epic. Ask someone who can edit it to tag it with a goal, or a project admin to align ${project}.`;
  if (c.epic) return `Tag the epic ${c.epic.key} with a goal, or ask a project admin to align ${project}.`;
  return `Put this work in an epic that serves a goal, or ask a project admin to align ${project}.`;
};
