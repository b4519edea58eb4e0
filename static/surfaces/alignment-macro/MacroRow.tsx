// One row of the macro's tree, indented by its depth: what it is (a goal's level, a Jira project, an epic, in
// words with a shape that tells them apart), its title, who leads and manages it, its progress with the
// percentage in words, its gaps (icon and words), and how much lies below beyond the chosen depth.
import { GAP_LABEL } from '../../../src/shared/api/alignment';
import { openIssue, openProjectPage } from '../../kit/api/open-goal';
import { AgreementBadgeMark } from '../../kit/ui/agreements/AgreementBadgeMark';
import { chipsBesideBadge } from '../../kit/ui/agreements/words';
import { HealthMarker } from '../../kit/ui/HealthMarker';
import { NO_VISIBLE_WORK } from '../../../src/shared/model/goal-health';
import { GoalLink } from '../../kit/ui/GoalLink';
import { StageTag } from '../../kit/ui/StageMark';
import type { SubtreeRow } from '../../../src/shared/api/macros';
import type { ProgressRule } from '../../../src/shared/model/rollup';
import { countWords, ProgressBar } from '../../kit/ui/ProgressBar';
import { kindLabel, titleOf } from '../../kit/ui/tree-words';
import { RolePeople } from '../../kit/ui/Avatar';
import { JiraStatusLozenge, StatusLozenge } from '../../kit/ui/StatusLozenge';
import { moreWords } from './macro-words';

interface Props {
  row: SubtreeRow;
  rule: ProgressRule;
  showGaps: boolean;
  showProgress: boolean;
  /** Where its work would be on plan today: its own goal's timeframe, or the nearest goal above it. */
  expected?: number | null | undefined;
}

/** Indentation classes exist for depths 0..8 (the contract's maximum); deeper rows stay at 8. */
const depthClass = (depth: number): string => `am-depth-${Math.min(depth, 8)}`;

export function MacroRow({ row, rule, showGaps, showProgress, expected }: Props) {
  const { node, depth, hiddenChildren } = row;
  const title = titleOf(node);
  const chips = chipsBesideBadge(node.gaps, node.kind === 'goal' ? node.agreements : null);
  const people = node.leader || node.manager;
  // Goal levels and node kinds get separate class names: a project-level goal is not a Jira project.
  const variant = node.kind === 'goal' ? `am-row--goal am-level--${node.level}` : `am-node--${node.kind}`;
  return (
    <li
      className={`am-row ${variant} ${depthClass(depth)}${showProgress ? '' : ' am-row--no-progress'}`}
      data-testid="macro-row"
      data-kind={node.kind}
      data-depth={depth}
    >
      <div className="am-body">
        <div className="am-head">
          <span className="am-kind">
            <span className="am-shape" aria-hidden="true" />
            {kindLabel(node)}
          </span>
          <span className="am-title" data-testid="row-title">
            {node.kind === 'goal' ? (
              <GoalLink goalId={node.goalId} how="new-tab">
                {title}
              </GoalLink>
            ) : (
              <button
                type="button"
                className="tl-goal-link"
                onClick={() => (node.kind === 'epic' ? openIssue(node.key, 'new-tab') : openProjectPage(node.key, 'new-tab'))}
                title={`Open ${node.kind === 'epic' ? node.key : title} in Jira (new tab)`}
              >
                {title}
              </button>
            )}
          </span>
          {node.kind === 'goal' && node.status !== 'active' && <StatusLozenge status={node.status} />}
          {node.kind === 'goal' && <StageTag stage={node.stage} />}
          {node.kind === 'goal' && <HealthMarker health={node.health} />}
          {node.kind === 'epic' && node.status && <JiraStatusLozenge status={node.status} />}
          {node.kind === 'project' && !node.alignedHere && <span className="tl-small tl-subtle">some of its epics serve this goal</span>}
        </div>
        {people && (
          <div className="tl-small tl-subtle am-people">
            <RolePeople leader={node.leader} manager={node.manager} />
          </div>
        )}
        {node.kind === 'goal' && <AgreementBadgeMark badge={node.agreements} />}
        {showGaps && chips.length > 0 && (
          <div className="am-row-gaps" data-testid="row-gaps">
            {chips.map((g) => (
              <span key={g} className="tl-lozenge tl-lozenge--warning am-gap">
                <span aria-hidden="true">⚠</span>
                {GAP_LABEL[g]}
              </span>
            ))}
          </div>
        )}
        {hiddenChildren > 0 && (
          <div className="tl-small tl-subtle am-more" data-testid="row-more">
            {moreWords(hiddenChildren)}
          </div>
        )}
      </div>
      {showProgress && (
        <div className="am-progress">
          <ProgressBar
            progress={node.progress}
            label={`Progress of ${title}`}
            compact={node.kind === 'epic'}
            outOfSight={node.kind === 'goal' && node.workOutOfSight === true}
            expected={expected}
          />
          <span className="tl-small tl-subtle">
            {node.kind === 'goal' && node.workOutOfSight ? `${NO_VISIBLE_WORK}.` : countWords(node.totals, rule, node.kind !== 'epic')}
          </span>
        </div>
      )}
    </li>
  );
}
