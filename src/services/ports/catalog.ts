// The goal catalog as the use cases need it: one read for every goal summary, one conditional commit per change.
// Declared here by the services that use it; src/platform/storage/catalog-store.ts implements it.
import type { AuditEvent } from '../../shared/model/audit';
import type { PeopleNames } from '../../shared/model/common';
import type { Goal, GoalSummary } from '../../shared/model/goal';

export interface CatalogSnapshot {
  revision: number;
  goals: GoalSummary[];
  /** Display names of the catalog's leaders and managers, captured when goals are saved. */
  people: PeopleNames;
}

export interface CatalogStore {
  read(): Promise<CatalogSnapshot>;
  readGoal(id: string): Promise<Goal | undefined>;
  /** Writes the goal, the catalog and the audit event together; 'conflict' when someone committed first. */
  commit(base: CatalogSnapshot, goal: Goal, audit: AuditEvent, names?: PeopleNames): Promise<'committed' | 'conflict'>;
  history(goalId: string, limit: number): Promise<AuditEvent[]>;
}
