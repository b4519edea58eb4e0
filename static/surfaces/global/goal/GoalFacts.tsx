// Who and what a goal is, in words: level, status, stage of the cycle with what it means, timeframe, leader and
// manager, parent and sub-goals (links to their pages), its id and the JQL that finds its epics.
import { LEVEL_LABEL } from '../../../../src/shared/levels';
import type { Goal, GoalSummary } from '../../../../src/shared/model/goal';
import { STAGE_MEANING } from '../../../../src/shared/cycle';
import { goalJql } from '../../../kit/api/goal-route';
import { StageAsks } from '../../../kit/ui/StageMark';
import { formatTimeframe, STAGE_LABEL } from '../format';
import type { CatalogNamer } from '../namer';
import { RoleHolder } from '../RoleHolder';
import { openGoal } from '../workspace-nav';
import { CopyField } from './CopyField';

function GoalLink({ goal }: { goal: Pick<GoalSummary, 'id' | 'title' | 'status'> }) {
  return (
    <button type="button" className="sc-link" onClick={() => openGoal(goal.id)} data-testid="goal-link">
      {goal.title}
      {goal.status !== 'active' && <span className="tl-small tl-subtle"> ({goal.status})</span>}
    </button>
  );
}

export function GoalFacts({ goal, goals, names }: { goal: Goal; goals: readonly GoalSummary[]; names: CatalogNamer }) {
  const parent = goal.parentId ? goals.find((g) => g.id === goal.parentId) : undefined;
  const children = goals.filter((g) => g.parentId === goal.id && g.status !== 'archived');
  return (
    <dl className="tl-dl gp-facts" data-testid="goal-facts">
      <dt>Level</dt>
      <dd>{LEVEL_LABEL[goal.level]}</dd>
      <dt>Stage</dt>
      <dd>
        <strong>{STAGE_LABEL[goal.stage]}</strong>
        <span className="tl-small tl-subtle" data-testid="stage-meaning">
          {' '}
          — {STAGE_MEANING[goal.stage]}
        </span>
        <StageAsks stage={goal.stage} />
      </dd>
      <dt>Timeframe</dt>
      <dd>{formatTimeframe(goal.timeframe)}</dd>
      <dt>Leader</dt>
      <dd>
        <RoleHolder role="leader" accountId={goal.leaderId} names={names} />
      </dd>
      <dt>Manager</dt>
      <dd>
        <RoleHolder role="manager" accountId={goal.managerId} names={names} />
      </dd>
      <dt>Parent goal</dt>
      <dd>
        {parent ? <GoalLink goal={parent} /> : <span className="tl-subtle">None{goal.level === 'strategy' ? ': a strategy goal sits at the top' : ''}</span>}
      </dd>
      <dt>Sub-goals</dt>
      <dd>
        {children.length === 0 ? (
          <span className="tl-subtle">None</span>
        ) : (
          <ul className="gp-inline-list" data-testid="goal-children">
            {children.map((c) => (
              <li key={c.id}>
                <GoalLink goal={c} />
              </li>
            ))}
          </ul>
        )}
      </dd>
      <dt>Goal id</dt>
      <dd>
        <CopyField label="the goal id" value={goal.id} testId="goal-id" />
      </dd>
      <dt>Its epics in Jira</dt>
      <dd>
        <CopyField label="the JQL that finds its epics" value={goalJql(goal.id)} testId="goal-jql" />
      </dd>
    </dl>
  );
}
