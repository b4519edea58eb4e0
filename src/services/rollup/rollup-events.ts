// Use case: an issue was created, updated or deleted in Jira. Works out which epics the change can touch (the
// issue itself when it is or was an epic, its epic now, the epic it left) and recounts exactly those.
import { factsOf } from '../../domain/rollup/issue-event';
import type { IssueEventPayload } from '../../shared/issue-event';
import { epicsOf, recountEpics, type RollupDeps } from './rollup-recount';

export interface IssueEventOutcome {
  skipped: boolean;
  counted: string[];
  removed: string[];
}

export const handleIssueEvent = async (deps: RollupDeps, event: IssueEventPayload): Promise<IssueEventOutcome> => {
  const facts = factsOf(event, deps.pointsField);
  if (!facts.affectsRollups) return { skipped: true, counted: [], removed: [] };
  const removed: string[] = [];
  // 1. A deleted issue is gone from Jira: if it was an epic, its roll-up and goal contribution go with it.
  if (facts.kind === 'deleted') {
    const stored = await deps.store.epics([facts.issueId]);
    if (stored.has(facts.issueId) || facts.payloadIsEpic) {
      await deps.store.putEpic(facts.issueId, undefined, deps.now().toISOString());
      removed.push(facts.issueId);
    }
  }
  // 2. Where the issue counts now (not for a deleted one: only its payload's parent is left to trace), and what it left.
  const traced = facts.kind === 'deleted' ? (facts.payloadParentId ? [facts.payloadParentId] : []) : [facts.issueId];
  const epics = await epicsOf(deps, [...traced, ...facts.formerParentIds]);
  epics.delete(facts.kind === 'deleted' ? facts.issueId : '');
  // 3. Count again, asking Jira's search index to reflect this very issue (it may lag behind the event).
  const result = await recountEpics(deps, [...epics], facts.kind === 'deleted' ? [] : [facts.issueId]);
  return { skipped: false, counted: result.counted, removed: [...removed, ...result.removed] };
};
