// The strategy workspace's Scorecards tab: the organisation scorecard across the strategy goals, then each
// goal's scorecard (KPIs with sparkline, status, trend and forecast; the diagnosis; check-ins), branch by branch.
import { useMemo, useState } from 'react';
import type { GoalScorecard, RecordResult } from '../../../../src/shared/api/scorecards';
import { EmptyState } from '../../../kit/ui/EmptyState';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Loading } from '../../../kit/ui/Loading';
import { GoalCard } from './GoalCard';
import { OrganisationScorecard } from './OrganisationScorecard';
import { useScorecards } from './useScorecards';
import { day, scorecardsShown, withUnit } from '../../../kit/ui/scorecard/words';
import { PeriodTools } from '../periods/PeriodTools';
import { scorecardsCsv } from '../../../kit/export/tables';
import { ExportCsvButton } from '../../../kit/ui/ExportCsvButton';
import { ShowMore } from '../../../kit/ui/ShowMore';
import './scorecards.css';

/** Each goal under its strategy goal, in the order the server sent them (branch by branch, parents first). */
const branches = (goals: readonly GoalScorecard[]) => {
  const byId = new Map(goals.map((g) => [g.goal.id, g]));
  const rootOf = (g: GoalScorecard): string => {
    const seen = new Set<string>();
    let cur = g;
    while (cur.goal.parentId && byId.has(cur.goal.parentId) && !seen.has(cur.goal.id)) {
      seen.add(cur.goal.id);
      cur = byId.get(cur.goal.parentId)!;
    }
    return cur.goal.id;
  };
  const out = new Map<string, GoalScorecard[]>();
  for (const g of goals) out.set(rootOf(g), [...(out.get(rootOf(g)) ?? []), g]);
  return [...out.entries()].map(([rootId, list]) => ({ root: byId.get(rootId)!, goals: list }));
};

export function ScorecardsTab() {
  const { state, reload, more } = useScorecards();
  const [all, setAll] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const view = state.status === 'ready' ? state.data : null;
  const names = useMemo(() => new Map((view?.people ?? []).map((p) => [p.accountId, p.displayName])), [view]);
  const groups = useMemo(() => (view ? branches(view.goals) : []), [view]);

  const changed = (message?: string) => {
    if (message) setNotice(message);
    void reload();
  };
  const recorded = (r: RecordResult, name: string, unit: string) =>
    changed(
      r.outcome === 'unchanged'
        ? `${name} already had that value on ${day(r.measurement.date)}; nothing changed.`
        : `Recorded ${withUnit(r.measurement.value, unit)} for ${name} on ${day(r.measurement.date)}.`,
    );
  const open = (goalId: string) => document.getElementById(`scorecard-${goalId}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });

  return (
    <main className="tl-page kp-page tl-stack">
      <header className="kp-header">
        <div className="tl-stack kp-header-text">
          <h1>Scorecards</h1>
          <p className="tl-subtle">
            KPIs against their targets, and whether success is in reach or the strategy or its execution needs to shift.
            {view && ` As of ${day(view.today)}.`}
          </p>
        </div>
        <button type="button" className="tl-button tl-noprint" onClick={() => window.print()}>
          Print
        </button>
      </header>
      <p className="tl-small kp-notice" role="status" aria-live="polite" data-testid="scorecard-notice">
        {notice ?? ''}
      </p>
      {state.status === 'loading' && <Loading label="Loading the scorecards…" />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && view && (
        <>
          {state.refreshError && <ErrorMessage error={state.refreshError} onRetry={() => void reload()} />}
          {state.refreshing && (
            <p className="tl-small tl-subtle tl-noprint" role="status">
              Updating…
            </p>
          )}
          <OrganisationScorecard rows={view.organisation} onOpen={open} />
          <PeriodTools />
          <div className="tl-row tl-noprint">
            <label className="kp-check">
              <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} /> Show goals without KPIs too
            </label>
            <ExportCsvButton name="throughline-scorecards" holds="every KPI of the goals shown" build={() => Promise.resolve(scorecardsCsv(view, all))} />
          </div>
          {view.goals.every((g) => g.kpis.length === 0) && !view.cursor && !all ? (
            <EmptyState title="No KPIs yet">
              {view.canEditKpis
                ? 'Tick “Show goals without KPIs too” and add a KPI to a goal to start its scorecard.'
                : 'Strategy editors add KPIs to goals; their scorecards then show here.'}
            </EmptyState>
          ) : (
            groups.map(({ root, goals }) => {
              // A goal whose agreed support is at risk shows even without KPIs: the risk sits next to its diagnosis.
              const shown = goals.filter((g) => all || g.kpis.length > 0 || (g.agreementsAtRisk?.length ?? 0) > 0);
              if (shown.length === 0) return null;
              return (
                <section key={root.goal.id} className="kp-branch tl-stack" aria-label={`Scorecards under ${root.goal.title}`}>
                  <h2 className="kp-branch-title">{root.goal.title}</h2>
                  {shown.map((g) => (
                    <GoalCard
                      key={g.goal.id}
                      scorecard={g}
                      today={view.today}
                      names={names}
                      canEditKpis={view.canEditKpis}
                      onRecorded={(r, name) => recorded(r, name, g.kpis.find((k) => k.kpi.id === r.measurement.kpiId)?.kpi.unit ?? '')}
                      onChanged={changed}
                    />
                  ))}
                </section>
              );
            })
          )}
          {view.cursor && (
            <ShowMore
              shown={view.goals.length}
              what="the goals"
              words={scorecardsShown(view.goals.length, view.totalGoals ?? view.goals.length)}
              loading={state.more.loading}
              error={state.more.error}
              onMore={() => void more()}
            />
          )}
        </>
      )}
    </main>
  );
}
