// One goal in full: its description, every field in words, what an editor may do with it, and its history.
import { catalogCalls } from '../../../src/shared/api/catalog';
import { LEVEL_LABEL } from '../../../src/shared/levels';
import type { GoalSummary } from '../../../src/shared/model/goal';
import { useCall } from '../../kit/api/useCall';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { AuditHistory } from './AuditHistory';
import { formatMoment, formatTimeframe, relativeTime, STAGE_LABEL } from './format';
import { GoalActions, type GoalActionHandlers } from './GoalActions';
import type { CatalogNamer } from './namer';
import { RoleHolder } from './RoleHolder';
import { StatusLozenge } from '../../kit/ui/StatusLozenge';
import { openGoal } from './workspace-nav';

interface Props {
  id: string;
  goals: readonly GoalSummary[];
  names: CatalogNamer;
  actions: GoalActionHandlers | null;
  onOpen(id: string): void;
}

export function GoalDetails({ id, goals, names, actions, onOpen }: Props) {
  const { state, retry } = useCall(catalogCalls.get, { id });
  if (state.status === 'loading') return <Loading label="Loading the goal and its history…" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  const { goal, history } = state.data;
  const children = goals.filter((g) => g.parentId === goal.id && g.status !== 'archived');
  const parent = goal.parentId ? goals.find((g) => g.id === goal.parentId) : undefined;
  return (
    <div className="tl-stack" data-testid="goal-details">
      <div className="tl-row">
        <StatusLozenge status={goal.status} />
        <span className="sc-level">{LEVEL_LABEL[goal.level]}</span>
        {actions && state.data.canEdit && <GoalActions goal={goal} handlers={actions} />}
      </div>
      <div>
        <button type="button" className="tl-button" onClick={() => openGoal(goal.id)} data-testid="open-goal-page">
          Open the goal’s page <span aria-hidden="true">→</span>
        </button>
      </div>
      {goal.description.trim() ? (
        <p className="sc-description" data-testid="goal-description">
          {goal.description}
        </p>
      ) : (
        <p className="tl-subtle">No description yet.</p>
      )}
      <dl className="tl-dl">
        <dt>Parent goal</dt>
        <dd>
          {parent ? (
            <button type="button" className="sc-link" onClick={() => onOpen(parent.id)}>
              {parent.title}
            </button>
          ) : goal.parentId ? (
            names.goal(goal.parentId)
          ) : (
            <span className="tl-subtle">None{goal.level === 'strategy' ? ': a strategy goal sits at the top' : ''}</span>
          )}
        </dd>
        <dt>Leader</dt>
        <dd>
          <RoleHolder role="leader" accountId={goal.leaderId} names={names} />
        </dd>
        <dt>Manager</dt>
        <dd>
          <RoleHolder role="manager" accountId={goal.managerId} names={names} />
        </dd>
        <dt>Timeframe</dt>
        <dd>{formatTimeframe(goal.timeframe)}</dd>
        <dt>Cycle stage</dt>
        <dd>{STAGE_LABEL[goal.stage]}</dd>
        <dt>Sub-goals</dt>
        <dd>{children.length === 0 ? <span className="tl-subtle">None</span> : `${children.length}`}</dd>
        <dt>Last changed</dt>
        <dd>
          <time dateTime={goal.updatedAt} title={formatMoment(goal.updatedAt)}>
            {relativeTime(goal.updatedAt)}
          </time>{' '}
          by {names.person(goal.updatedBy)} <span className="tl-subtle tl-small">(version {goal.version})</span>
        </dd>
      </dl>
      <AuditHistory events={history} names={names} />
    </div>
  );
}
