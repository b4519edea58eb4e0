// The strategy workspace's Alignment tab: how the work of the organisation lines up under each strategy goal,
// loaded level by level. Totals and progress count only the projects the viewer may browse.
import { useCallback, useMemo, useState } from 'react';
import type { TreeQuery } from '../../../../src/shared/api/alignment';
import { LEVEL_LABEL, type Level } from '../../../../src/shared/levels';
import { EmptyState } from '../../../kit/ui/EmptyState';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Freshness } from '../../../kit/ui/Freshness';
import { ProgressKey } from '../../../kit/ui/ProgressBar';
import { Loading } from '../../../kit/ui/Loading';
import { WEB_TAB } from '../agreements/web/web-route';
import { openRoute } from '../workspace-nav';
import { CoverageTable } from './CoverageTable';
import { TreeBranch } from './TreeBranch';
import { TreeFilters } from './TreeFilters';
import { useTree } from './useTree';
import './alignment.css';
import '../../../kit/ui/goal-link.css';
import { CompareToPeriod } from '../periods/CompareTo';
import { subtreeCall } from '../../../../src/shared/api/macros';
import { call } from '../../../kit/api/invoke';
import { alignmentRows } from '../../../kit/export/alignment-rows';
import { alignmentCsv } from '../../../kit/export/tables';
import { ExportCsvButton } from '../../../kit/ui/ExportCsvButton';

export function AlignmentTab() {
  const [level, setLevel] = useState<Level | undefined>(undefined);
  const [search, setSearch] = useState('');
  const [showGaps, setShowGaps] = useState(true);
  const query = useMemo<TreeQuery>(() => ({ ...(level ? { level } : {}), ...(search ? { search } : {}) }), [level, search]);
  const { root, expanded, children, toggle, expandAll, reload, more, showMore } = useTree(query);
  const onSearch = useCallback((text: string) => setSearch(text), []);
  const state = root.state;
  return (
    <main className="tl-page al-page tl-stack">
      <header className="tl-stack al-header">
        <h1>Alignment</h1>
        <p className="tl-subtle">How the work lines up under each strategy goal, and how far it has come. Counts include only the projects you can browse.</p>
        <p className="tl-small tl-noprint">
          Which goals rely on which, across teams:{' '}
          <button type="button" className="tl-goal-link" onClick={() => openRoute(WEB_TAB)} data-testid="open-web">
            see the agreement web
          </button>
        </p>
      </header>
      <TreeFilters level={level} onLevel={setLevel} onSearch={onSearch} showGaps={showGaps} onShowGaps={setShowGaps} />
      {state.status === 'loading' && <Loading label="Loading the strategy goals and their progress…" />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={root.retry} />}
      {state.status === 'ready' && (
        <>
          <Freshness asOf={state.data.asOf} rule={state.data.rule} />
          {state.data.nodes.length > 0 && <ProgressKey />}
          {state.data.nodes.length > 0 && (
            <ExportCsvButton
              name="throughline-alignment"
              holds="every goal, project and epic below the goals listed here that you can see"
              build={async (progress) => alignmentCsv(await alignmentRows(state.data.nodes, (q) => call(subtreeCall, q), progress))}
            />
          )}
          {state.data.mode === 'strategy' && state.data.coverage && <CoverageTable rows={state.data.coverage} />}
          {state.data.mode === 'strategy' && <CompareToPeriod withKpis={false} />}
          {state.data.nodes.length === 0 ? (
            <EmptyState title={search ? `Nothing matches “${search}”` : level ? `No ${LEVEL_LABEL[level].toLowerCase()} goals yet` : 'No strategy goals yet'}>
              {search
                ? 'Search looks at goal titles and at the names and keys of the aligned projects you can browse.'
                : 'Strategy editors add goals in the Goals tab; projects and epics tagged with them then show here with their progress.'}
            </EmptyState>
          ) : (
            <TreeBranch
              nodes={state.data.nodes}
              parentKey=""
              depth={1}
              rule={state.data.rule}
              showGaps={showGaps}
              expanded={expanded}
              children={children}
              toggle={toggle}
              expandAll={expandAll}
              reload={reload}
              more={more}
              showMore={showMore}
            />
          )}
        </>
      )}
    </main>
  );
}
