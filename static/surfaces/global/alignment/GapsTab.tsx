// The strategy workspace's Gaps tab: where alignment is broken, as far as the viewer can see. Counts per level
// first, then the heat map of level × kind, then each gap with why it matters, who can fix it and a link to where.
import { router } from '@forge/bridge';
import { useMemo, useState } from 'react';
import { alignmentCalls, GAP_KINDS, GAP_LABEL, type FixTarget, type Gap } from '../../../../src/shared/api/alignment';
import { useCall } from '../../../kit/api/useCall';
import { EmptyState } from '../../../kit/ui/EmptyState';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Freshness } from '../../../kit/ui/Freshness';
import { GapItem } from '../../../kit/ui/GapItem';
import { Loading } from '../../../kit/ui/Loading';
import { openGoal } from '../workspace-nav';
import { GapHeatMap, type CellPick } from './GapHeatMap';
import { GapLevels, type LevelPick } from './GapLevels';
import { LEVEL_LABEL } from '../../../../src/shared/levels';
import { gapsCsv } from '../../../kit/export/tables';
import { ExportCsvButton } from '../../../kit/ui/ExportCsvButton';
import './alignment.css';

/** A goal is fixed on its page in this workspace (pushed on the workspace's own history); issues and project
 *  settings in Jira. */
const openFix = (link: FixTarget): Promise<void> => {
  if (link.target !== 'goal') return router.navigate(link);
  openGoal(link.goalId);
  return Promise.resolve();
};

/** The headline: how many gaps of each kind, the two classic failures among them. */
function KindSummary({ gaps }: { gaps: readonly Gap[] }) {
  const kinds = GAP_KINDS.map((k) => [k, gaps.filter((g) => g.kind === k).length] as const).filter(([, n]) => n > 0);
  return (
    <p className="al-total" data-testid="gap-total">
      <strong>{gaps.length === 1 ? '1 gap' : `${gaps.length} gaps`} across the goals and work you can see:</strong>{' '}
      {kinds.map(([k, n], i) => (
        <span key={k}>
          {i > 0 && ' · '}
          {GAP_LABEL[k].toLowerCase()} <strong>{n}</strong>
        </span>
      ))}
    </p>
  );
}

export function GapsTab() {
  const { state, retry } = useCall(alignmentCalls.gaps, {});
  const [picked, setPicked] = useState<LevelPick>(null);
  const [cell, setCell] = useState<CellPick | null>(null);
  const gaps = useMemo(
    () =>
      state.status === 'ready'
        ? state.data.gaps.filter((g) => (cell ? (g.level ?? 'none') === cell.level && g.kind === cell.kind : picked === null || (g.level ?? 'none') === picked))
        : [],
    [state, picked, cell],
  );
  const pickLevel = (p: LevelPick) => {
    setCell(null);
    setPicked(p);
  };
  const pickCell = (p: CellPick | null) => {
    setPicked(null);
    setCell(p);
  };
  return (
    <main className="tl-page al-page tl-stack">
      <header className="tl-stack al-header">
        <h1>Gaps</h1>
        <p className="tl-subtle">Where alignment breaks: work with no goal above it, and goals with no work behind them. Only what you can see is listed.</p>
      </header>
      {state.status === 'loading' && <Loading label="Looking for gaps in the alignment…" />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={retry} />}
      {state.status === 'ready' && state.data.gaps.length === 0 && (
        <EmptyState title="No gaps">Every goal you can see has work behind it, and all the work you can see traces to a goal.</EmptyState>
      )}
      {state.status === 'ready' && state.data.gaps.length > 0 && (
        <>
          <KindSummary gaps={state.data.gaps} />
          <GapLevels counts={state.data.counts} picked={picked} onPick={pickLevel} />
          <GapHeatMap counts={state.data.counts} picked={cell} onPick={pickCell} />
          <Freshness asOf={state.data.asOf} rule={state.data.rule} />
          <ExportCsvButton name="throughline-gaps" holds="the gaps listed below" build={() => Promise.resolve(gapsCsv(gaps))} />
          {state.data.truncated && <p className="tl-small tl-subtle">There are more untagged epics than one search returns; the first ones are listed.</p>}
          {cell && (
            <p className="tl-small" role="status" data-testid="gap-cell-listed">
              Listing {gaps.length === 1 ? 'the one gap' : `the ${gaps.length} gaps`} “{GAP_LABEL[cell.kind]}” at{' '}
              {cell.level === 'none' ? 'no level yet' : `the ${LEVEL_LABEL[cell.level].toLowerCase()} level`}.{' '}
              <button type="button" className="tl-goal-link" onClick={() => setCell(null)}>
                List every gap
              </button>
            </p>
          )}
          <ul className="al-gap-list" aria-label="Gaps" data-testid="gap-list">
            {gaps.map((g) => (
              <GapItem key={g.id} gap={g} onOpen={(link) => void openFix(link).catch(() => undefined)} />
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
