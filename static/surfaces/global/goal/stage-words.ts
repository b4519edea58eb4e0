// What each stage of the cycle means, in one sentence, for the goal page.
import type { CycleStage } from '../../../../src/shared/model/goal';

export const STAGE_MEANING: Record<CycleStage, string> = {
  assess: 'Taking stock: where the organisation stands today, and what the goal must change.',
  vision: 'Describing the future this goal aims at, so everyone can tell when it is reached.',
  roadmap: 'Deciding who does what, by when: the projects and milestones that get there.',
  align: 'Agreeing the goal up and down the levels and with neighbouring teams, so work and goals fit.',
  execute: 'The work is under way: progress and KPIs are tracked against the plan.',
  refine: 'Gathering everyone’s input on what works and what to change, and adjusting course.',
};
