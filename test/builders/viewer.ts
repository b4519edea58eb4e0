// A viewer for use-case tests whose catalog holds no restricted goal: the visibility step must not ask anything
// about them, so every question throws.
import type { GoalVisibilityDeps } from '../../src/services/goals/goal-visibility';

const asked = (what: string) => async (): Promise<never> => {
  throw new Error(`the visibility step asked ${what} of a catalog without restricted goals`);
};

export const unaskedViewer = (accountId = 'acc-viewer'): GoalVisibilityDeps => ({
  accountId,
  isEditor: asked('whether the viewer edits strategy'),
  browsableProjects: asked('for the browsable projects'),
  alignments: asked('for the project alignments'),
  rollups: { goals: asked('for goal roll-ups') } as unknown as GoalVisibilityDeps['rollups'],
});
