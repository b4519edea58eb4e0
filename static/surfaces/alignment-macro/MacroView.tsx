// The tree as read: a header (what it starts from, how fresh, how progress is counted), the gaps in one line,
// then the rows from the top down, or a useful empty state. A tree larger than one read shows its first rows and
// "Show more"; a printout says it holds only the rows read.
import type { TreeMacroView } from '../../../src/shared/api/macros';
import type { Pages } from '../../kit/api/subtree-pages';
import { ShowMore } from '../../kit/ui/ShowMore';
import { EmptyState } from '../../kit/ui/EmptyState';
import { Freshness } from '../../kit/ui/Freshness';
import { ProgressKey } from '../../kit/ui/ProgressBar';
import { NO_VISIBLE_WORK } from '../../../src/shared/model/goal-health';
import { GapSummary } from './GapSummary';
import { MacroRow } from './MacroRow';
import { depthWords, rootTitle } from './macro-words';
import { day } from '../../kit/ui/scorecard/words';
import '../../kit/ui/periods.css';

/** Each row's expected-by-now: a goal's own, or the nearest goal's above it (rows come depth first). */
const expectedByRow = (rows: TreeMacroView['rows']): (number | null)[] => {
  const atDepth: (number | null)[] = [];
  return rows.map(({ node, depth }) => {
    const own = node.kind === 'goal' ? (node.expected ?? null) : (atDepth[depth - 1] ?? null);
    atDepth[depth] = own;
    return own;
  });
};

export function MacroView({ view, more }: { view: TreeMacroView; more?: Pages<TreeMacroView> }) {
  const { config } = view;
  const title = rootTitle(view.root);
  const expectedOf = expectedByRow(view.rows);
  const top = view.rows[0]?.node;
  const unseen = view.root.kind === 'goal' && top?.kind === 'goal' && top.workOutOfSight === true;
  return (
    <>
      <header className="am-header">
        <p className="am-eyebrow tl-small">Alignment tree · {depthWords(view)}</p>
        <h2 data-testid="macro-root">{title}</h2>
        {view.snapshot && (
          <p className="pd-banner tl-small" data-testid="macro-snapshot">
            <strong>
              Snapshot of {view.snapshot.name} · closed {day(view.snapshot.closedDay)}
            </strong>
            <span>
              The tree as it stood when the period closed: goals and projects, with their work counted then (epics and agreements are not listed). Work and
              values recorded since are not shown.
            </span>
          </p>
        )}
        {!view.snapshot && <Freshness asOf={view.asOf} rule={view.rule} />}
        {unseen ? (
          <p className="tl-subtle" data-testid="macro-unseen">
            {NO_VISIBLE_WORK}.
          </p>
        ) : (
          <p className="tl-small tl-subtle">Progress and gaps count only the Jira work you may see.</p>
        )}
        {!unseen && view.rows.length > 0 && <ProgressKey />}
      </header>
      {config.showGaps && <GapSummary gaps={view.gaps} />}
      {view.rows.length === 0 ? (
        view.root.kind === 'goal' ? (
          <EmptyState title={`Nothing you can see serves “${title}” yet`}>
            No sub-goals, projects or epics that you may browse are aligned to this goal.
          </EmptyState>
        ) : (
          <EmptyState title="No strategy goals yet">
            Strategy editors add them in Jira: Apps → Throughline → Goals. This tree fills in as work is aligned to them.
          </EmptyState>
        )
      ) : (
        <ul className="am-tree" aria-label={`Alignment tree of ${title}`} data-testid="macro-tree">
          {view.rows.map((row, i) => (
            <MacroRow key={i} row={row} rule={view.rule} showGaps={config.showGaps} showProgress={config.showProgress} expected={expectedOf[i]} />
          ))}
        </ul>
      )}
      {view.cursor !== null && (
        <p className="tl-small tl-subtle" data-testid="macro-truncated">
          This tree is larger than one read: the first {view.rows.length.toLocaleString('en')} rows are shown, and the gaps counted are theirs. Show more reads
          the next rows; a narrower goal or fewer levels shows the whole tree at once.
        </p>
      )}
      {view.cursor !== null && more && <ShowMore shown={view.rows.length} what="this tree" loading={more.loading} error={more.error} onMore={more.more} />}
    </>
  );
}
