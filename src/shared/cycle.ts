// The six stages of the method's cycle in words, shared by every surface that shows a goal's stage: its name, what
// it means, what it asks of the goal's leader (who sets direction) and of its manager (who gets it executed), and
// the stages in which the people doing the work are asked for their input.
import type { CycleStage } from './model/goal';

export const STAGE_LABEL: Record<CycleStage, string> = {
  assess: 'Assess',
  vision: 'Develop the vision',
  roadmap: 'Roadmap',
  align: 'Align',
  execute: 'Execute',
  refine: 'Refine',
};

/** What the stage means, in one sentence. */
export const STAGE_MEANING: Record<CycleStage, string> = {
  assess: 'Taking stock: where the organisation stands today, and what the goal must change.',
  vision: 'Describing the future this goal aims at, so everyone can tell when it is reached.',
  roadmap: 'Deciding who does what, by when: the projects and milestones that get there.',
  align: 'Agreeing the goal up and down the levels and with neighbouring teams, so work and goals fit.',
  execute: 'The work is under way: progress and KPIs are tracked against the plan.',
  refine: 'Gathering everyone’s input on what works and what to change, and adjusting course.',
};

/** What the stage asks of each role, one sentence each. */
export const STAGE_ASKS: Record<CycleStage, { leader: string; manager: string }> = {
  assess: {
    leader: 'The leader states where things stand and what must change.',
    manager: 'The manager gathers the facts: current KPIs, capacity and the work already under way.',
  },
  vision: {
    leader: 'The leader describes the future the goal aims at, with input from the people who will do the work.',
    manager: 'The manager checks the vision can be measured and collects the teams’ input on it.',
  },
  roadmap: {
    leader: 'The leader decides what comes first and which projects serve the goal.',
    manager: 'The manager names who does what, by when, and sets the KPIs’ targets.',
  },
  align: {
    leader: 'The leader agrees the goal with the goal above and with neighbouring teams.',
    manager: 'The manager makes sure every project and epic serving the goal is tagged with it.',
  },
  execute: {
    leader: 'The leader removes obstacles and keeps the direction clear.',
    manager: 'The manager tracks progress and KPIs and checks in regularly.',
  },
  refine: {
    leader: 'The leader asks everyone involved what works and what to change, and decides what to adjust.',
    manager: 'The manager answers the input received and takes it into the next check-in.',
  },
};

/** The stages in which the people doing the work are explicitly asked for their input. */
export const INPUT_STAGES: readonly CycleStage[] = ['vision', 'refine'];

export const invitesInput = (stage: CycleStage | undefined): boolean => stage !== undefined && INPUT_STAGES.includes(stage);

/** The invitation shown to the people doing the work on a goal in one of the input stages. */
export const STAGE_INVITATION: Partial<Record<CycleStage, string>> = {
  vision: 'This goal is developing its vision: its leader and manager want to hear from the people doing the work.',
  refine: 'This goal is being refined: tell its leader and manager what is working and what should change.',
};
