// One goal of the tree and, when expanded, the goals beneath it: title, status, level, stage, leader,
// manager and timeframe at a glance; the title opens the goal's details.
import { LEVEL_LABEL } from '../../../src/shared/levels';
import { catalogHealth, type TreeNode } from './catalog-tree';
import { formatTimeframe, STAGE_LABEL } from './format';
import { GoalActions, type GoalActionHandlers } from './GoalActions';
import type { CatalogNamer } from './namer';
import { RoleHolder } from './RoleHolder';
import { StatusLozenge } from '../../kit/ui/StatusLozenge';
import { HealthMarker } from '../../kit/ui/HealthMarker';
import type { GoalHealth } from '../../../src/shared/model/goal-health';

export interface BranchProps {
  collapsed: ReadonlySet<string>;
  /** While filtering, every match must stay visible, so nothing is collapsed. */
  forceOpen: boolean;
  onToggle(id: string): void;
  onOpen(id: string): void;
  selectedId: string | null;
  names: CatalogNamer;
  /** Each goal's KPI health as last evaluated: an active goal with KPIs of its own shows it beside its status. */
  health: Readonly<Record<string, GoalHealth>>;
  /** Absent for people who may only read. */
  actions: GoalActionHandlers | null;
}

export function GoalBranch({ node, ...props }: BranchProps & { node: TreeNode }) {
  const { goal, children, context } = node;
  const open = props.forceOpen || !props.collapsed.has(goal.id);
  const selected = props.selectedId === goal.id;
  const classes = [
    'sc-row',
    `sc-row--${goal.level}`,
    selected && 'sc-row--selected',
    context && 'sc-row--context',
    goal.status === 'archived' && 'sc-row--archived',
  ];
  return (
    <li className="sc-node" data-testid="goal-row" data-goal-id={goal.id} data-level={goal.level}>
      <div className={classes.filter(Boolean).join(' ')}>
        {children.length > 0 ? (
          <button
            type="button"
            className="sc-toggle"
            aria-expanded={open}
            aria-label={`${open ? 'Collapse' : 'Expand'} ${goal.title}`}
            disabled={props.forceOpen}
            onClick={() => props.onToggle(goal.id)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="sc-toggle sc-toggle--leaf" aria-hidden="true" />
        )}
        <div className="sc-row-body">
          <div className="sc-row-head">
            <button
              type="button"
              className="sc-title"
              data-testid="goal-title"
              aria-current={selected ? 'true' : undefined}
              onClick={() => props.onOpen(goal.id)}
            >
              {goal.title}
            </button>
            <StatusLozenge status={goal.status} />
            <HealthMarker health={catalogHealth(goal, props.health)} />
            {goal.restricted && (
              <span
                className="tl-lozenge tl-lozenge--outline"
                data-testid="goal-restricted"
                title="Only strategy editors, the people who lead or manage it and people who may browse its work see this goal"
              >
                Restricted
              </span>
            )}
            {!open && (
              <span className="tl-small tl-subtle">
                {children.length} sub-goal{children.length === 1 ? '' : 's'} hidden
              </span>
            )}
            {context && <span className="tl-small tl-subtle">(above a match)</span>}
          </div>
          <div className="sc-meta tl-small">
            <span className="sc-level">{LEVEL_LABEL[goal.level]}</span>
            <span>
              <span className="tl-subtle">Stage </span>
              {STAGE_LABEL[goal.stage]}
            </span>
            <span data-role="leader">
              {goal.leaderId && <span className="tl-subtle">Leader </span>}
              <RoleHolder role="leader" accountId={goal.leaderId} names={props.names} />
            </span>
            <span data-role="manager">
              {goal.managerId && <span className="tl-subtle">Manager </span>}
              <RoleHolder role="manager" accountId={goal.managerId} names={props.names} />
            </span>
            <span className="tl-subtle">{formatTimeframe(goal.timeframe)}</span>
          </div>
        </div>
        {props.actions && <GoalActions goal={goal} handlers={props.actions} />}
      </div>
      {children.length > 0 && open && (
        <ul className="sc-children" aria-label={`Goals under ${goal.title}`}>
          {children.map((c) => (
            <GoalBranch key={c.goal.id} node={c} {...props} />
          ))}
        </ul>
      )}
    </li>
  );
}
