// Northwind's proposed goals: one sub-goal proposed by an engineer (not a persona) under "Reliable, fast engineering
// delivery", still waiting for its leader or manager (or a strategy editor) to decide. Dated relative to `today`.
import type { Proposal } from '../../src/shared/model/proposal';
import { ACCOUNTS } from './people';
import { addDays, timestamp } from './random';

/** The pending proposal of the demo. */
export const PENDING_PROPOSAL = 'pr-demo-ci-time';

export function buildProposals(today: string): Proposal[] {
  return [
    {
      id: PENDING_PROPOSAL,
      parentId: 'g-engineering-excellence',
      title: 'Cut CI time below ten minutes',
      description: 'Slow pipelines push people to batch changes. Split the test suite and cache dependencies so every merge is checked in under ten minutes.',
      level: 'project',
      leaderId: ACCOUNTS.kenji,
      managerId: ACCOUNTS.lucas,
      timeframe: { start: null, end: null },
      proposerId: ACCOUNTS.kenji,
      names: { [ACCOUNTS.kenji]: 'Kenji Watanabe', [ACCOUNTS.lucas]: 'Lucas Moreau' },
      createdAt: timestamp(addDays(today, -4), 90),
      version: 1,
      decision: { state: 'pending' },
    },
  ];
}
