// One row of the alignment tree: expand toggle, what the node is (level or kind, in words), its title, status,
// leader and manager, what lies below it, its progress bar with the percentage in words, and its gaps. A goal
// with anything below it also offers "Expand all".
import { router } from '@forge/bridge';
import { GAP_LABEL, type TreeNode } from '../../../../src/shared/api/alignment';
import type { ProgressRule } from '../../../../src/shared/model/rollup';
import { countWords, ProgressBar } from '../../../kit/ui/ProgressBar';
import { AgreementBadgeMark } from '../../../kit/ui/agreements/AgreementBadgeMark';
import { chipsBesideBadge } from '../../../kit/ui/agreements/words';
import { StageTag } from '../../../kit/ui/StageMark';
import { HealthMarker } from '../../../kit/ui/HealthMarker';
import { NO_VISIBLE_WORK } from '../../../../src/shared/model/goal-health';
import { JiraStatusLozenge, StatusLozenge } from '../../../kit/ui/StatusLozenge';
import { openGoal } from '../workspace-nav';
import { belowWords, kindLabel, titleOf } from './words';
import { RolePeople } from '../../../kit/ui/Avatar';

interface Props {
  node: TreeNode;
  rule: ProgressRule;
  expanded: boolean;
  expandable: boolean;
  showGaps: boolean;
  onToggle: () => void;
  /** Given for goals with something below them: opens their whole subtree at once. */
  onExpandAll?: (() => void) | undefined;
  /** Where its work would be on plan today: its own goal's timeframe, or the nearest goal above it. */
  expected?: number | null | undefined;
}

const open = (n: TreeNode) => {
  if (n.kind === 'epic') void router.navigate({ target: 'issue', issueKey: n.key }).catch(() => undefined);
  if (n.kind === 'project') void router.navigate({ target: 'module', moduleKey: 'throughline-project-page', projectKey: n.key }).catch(() => undefined);
};

export function TreeRow({ node, rule, expanded, expandable, showGaps, onToggle, onExpandAll, expected }: Props) {
  const title = titleOf(node);
  const people = node.leader || node.manager;
  const below = belowWords(node);
  const chips = chipsBesideBadge(node.gaps, node.kind === 'goal' ? node.agreements : null);
  return (
    <div className={`al-row al-row--${node.kind}${node.kind === 'goal' ? ` al-row--${node.level}` : ''}`} data-testid="tree-row">
      <button
        type="button"
        className={`al-toggle${expandable ? '' : ' al-toggle--leaf'}`}
        onClick={onToggle}
        disabled={!expandable}
        aria-label={`${expanded ? 'Collapse' : 'Expand'} ${title}`}
        // The tree's arrow keys open and close items (tree-keys.ts); the button stays for the mouse.
        tabIndex={-1}
      >
        <span aria-hidden="true">{expanded ? '▾' : '▸'}</span>
      </button>
      <div className="al-body">
        <div className="al-head">
          <span className="al-kind">{kindLabel(node)}</span>
          {node.kind === 'goal' ? (
            <button type="button" className="al-title al-link" onClick={() => openGoal(node.goalId)} data-testid="node-title" title="Open the goal’s page">
              {title}
            </button>
          ) : (
            <button
              type="button"
              className="al-title al-link"
              onClick={() => open(node)}
              data-testid="node-title"
              title={node.kind === 'epic' ? `Open ${node.key}` : `Open ${title}’s alignment page`}
            >
              {title}
            </button>
          )}
          {node.kind === 'goal' && node.status !== 'active' && <StatusLozenge status={node.status} />}
          {node.kind === 'goal' && <StageTag stage={node.stage} />}
          {node.kind === 'goal' && <HealthMarker health={node.health} />}
          {node.kind === 'epic' && node.status && <JiraStatusLozenge status={node.status} />}
          {node.kind === 'project' && !node.alignedHere && <span className="tl-small tl-subtle">some epics serve this goal</span>}
          {onExpandAll && (
            <button
              type="button"
              className="al-link al-expand-all tl-small"
              onClick={onExpandAll}
              aria-label={`Expand all under ${title}`}
              data-testid="expand-all"
            >
              Expand all
            </button>
          )}
        </div>
        {node.kind !== 'epic' && node.path && node.path.length > 0 && <div className="tl-small tl-subtle">Under: {node.path.join(' › ')}</div>}
        {(people || below) && (
          <div className="tl-small tl-subtle">
            {people && <RolePeople leader={node.leader} manager={node.manager} />}
            {people && below && ' · '}
            {below}
          </div>
        )}
        {node.kind === 'goal' && <AgreementBadgeMark badge={node.agreements} />}
        {showGaps && chips.length > 0 && (
          <div className="tl-row al-gaps" data-testid="node-gaps">
            {chips.map((g) => (
              <span key={g} className="tl-lozenge tl-lozenge--warning">
                <span aria-hidden="true">⚠</span>
                {GAP_LABEL[g]}
              </span>
            ))}
          </div>
        )}
      </div>
      <div className="al-progress">
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
    </div>
  );
}
