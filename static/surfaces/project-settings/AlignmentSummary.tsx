// What the project serves today: level, goal and its chain, leader, manager, and who changed it last. Untagged,
// an empty state that names the failure: work here does not trace to any strategy goal.
import type { ProjectTagView } from '../../../src/shared/api/project-settings';
import { LEVEL_LABEL } from '../../../src/shared/levels';
import { formatMoment } from '../../kit/ui/dates';
import { EmptyState } from '../../kit/ui/EmptyState';
import { Lozenge } from '../../kit/ui/Lozenge';
import { GoalChain } from './GoalChain';
import { LEVEL_HINT } from './LevelField';
import { chainOf } from './goals';

const when = formatMoment;

export function AlignmentSummary({ view, viewerId }: { view: ProjectTagView; viewerId: string | undefined }) {
  const a = view.alignment;
  if (!a) {
    return (
      <EmptyState title="Not aligned to any goal">
        <p data-testid="summary-untagged">
          Work in {view.project.name} does not trace to any strategy goal.{' '}
          {view.canEdit ? 'Pick its level and the goal it serves below.' : 'Ask a project administrator to align it.'}
        </p>
      </EmptyState>
    );
  }
  const chain = chainOf(view.goals, a.goalId);
  const person = (id: string | null): string => (id === null ? 'Not set' : (a.names[id] ?? 'A user Throughline cannot name'));
  const changedBy = a.updatedBy === viewerId ? 'you' : (a.names[a.updatedBy] ?? 'another user');
  return (
    <section className="tl-card tl-stack" aria-labelledby="ps-current" data-testid="summary">
      <h2 id="ps-current">Current alignment</h2>
      <dl className="tl-dl ps-summary">
        <dt>Level</dt>
        <dd data-testid="summary-level">
          {LEVEL_LABEL[a.level]} <span className="tl-small tl-subtle">· {LEVEL_HINT[a.level]}</span>
        </dd>
        <dt>Goal</dt>
        <dd>
          {chain ? (
            <GoalChain chain={chain} testId="summary-goal" />
          ) : (
            <div className="tl-row" data-testid="summary-goal">
              <span>A goal that is archived or no longer in the catalog</span>
              <Lozenge tone="danger" icon="✕">
                Does not trace to strategy
              </Lozenge>
            </div>
          )}
        </dd>
        <dt>Leader</dt>
        <dd data-testid="summary-leader">{person(a.leaderId)}</dd>
        <dt>Manager</dt>
        <dd data-testid="summary-manager">{person(a.managerId)}</dd>
        <dt>Last changed</dt>
        <dd className="tl-subtle">
          {when(a.updatedAt)} by {changedBy}
        </dd>
      </dl>
    </section>
  );
}
