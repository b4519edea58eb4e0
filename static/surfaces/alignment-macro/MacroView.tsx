// The tree as read: a header (what it starts from, how fresh, how progress is counted), the gaps in one line,
// then the rows from the top down, or a useful empty state.
import type { TreeMacroView } from '../../../src/shared/api/macros';
import { EmptyState } from '../../kit/ui/EmptyState';
import { Freshness } from '../../kit/ui/Freshness';
import { GapSummary } from './GapSummary';
import { MacroRow } from './MacroRow';
import { depthWords, rootTitle } from './macro-words';

export function MacroView({ view }: { view: TreeMacroView }) {
  const { config } = view;
  const title = rootTitle(view.root);
  return (
    <>
      <header className="am-header">
        <p className="am-eyebrow tl-small">Alignment tree · {depthWords(view)}</p>
        <h2 data-testid="macro-root">{title}</h2>
        <Freshness asOf={view.asOf} rule={view.rule} />
        <p className="tl-small tl-subtle">Progress and gaps count only the Jira work you may see.</p>
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
            <MacroRow key={i} row={row} rule={view.rule} showGaps={config.showGaps} showProgress={config.showProgress} />
          ))}
        </ul>
      )}
      {view.truncated && (
        <p className="tl-small tl-subtle" data-testid="macro-truncated">
          This tree is too large to show in full; the first {view.rows.length} rows are shown. Choose a narrower goal or fewer levels.
        </p>
      )}
    </>
  );
}
