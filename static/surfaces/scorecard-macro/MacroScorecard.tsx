// The macro's scorecard: a heading (with an optional note under it), for a level a one-line summary of every KPI's status, then one card per goal,
// and a footer that says how fresh it is and where values are recorded.
import { useMemo, type ReactNode } from 'react';
import type { ScorecardMacroView } from '../../../src/shared/api/scorecard-macro';
import { LEVEL_LABEL } from '../../../src/shared/levels';
import { PROGRESS_RULE_LABEL } from '../../../src/shared/model/rollup';
import { EmptyState } from '../../kit/ui/EmptyState';
import { StatusCounts } from '../../kit/ui/scorecard/StatusCounts';
import { day, scorecardsShown } from '../../kit/ui/scorecard/words';
import { formatMoment } from '../../kit/ui/dates';
import { GoalSection } from './GoalSection';
import { OrganisationSection } from './OrganisationSection';
import { ShowMore } from '../../kit/ui/ShowMore';
import type { GoalPages } from '../../kit/api/goal-pages';
import '../../kit/ui/periods.css';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const workWords = (asOf: string | null): string => {
  if (asOf === null) return 'Work progress: none counted that you can see';
  return `Work progress counted ${formatMoment(asOf)}`;
};

interface Props {
  view: ScorecardMacroView;
  /** Shown under the heading, e.g. the editor's note on a macro with no settings yet. */
  note?: ReactNode;
  /** Reads the next page of a level's goals. */
  more?: GoalPages<ScorecardMacroView>;
}

export function MacroScorecard({ view, note = null, more }: Props) {
  const names = useMemo(() => new Map(view.people.map((p) => [p.accountId, p.displayName])), [view]);
  const single = view.scope.kind === 'goal' ? view.goals[0] : undefined;
  // Every KPI of the level, all pages (the counts cover them all).
  const kpis = Object.values(view.counts).reduce((n, c) => n + c, 0);
  return (
    <article className="sm-scorecard" aria-labelledby="sm-title" data-testid="scorecard-macro">
      <header className="sm-head">
        <span className="sm-kicker">Throughline scorecard</span>
        <h2 id="sm-title">{view.title}</h2>
        {view.snapshot && (
          <p className="pd-banner tl-small" data-testid="scorecard-snapshot">
            <strong>Snapshot of {view.snapshot.name}</strong>
            <span>frozen when it closed on {day(view.snapshot.closedDay)}; values recorded since are not shown.</span>
          </p>
        )}
        {note}
        {view.scope.kind === 'level' && (
          <div className="sm-summary" data-testid="scorecard-summary">
            <span className="sm-summary-lead">
              {plural(view.totalGoals ?? view.goals.length, 'goal')} · {plural(kpis, 'KPI')} of their own:
            </span>
            <StatusCounts counts={view.counts} />
          </div>
        )}
      </header>
      {view.organisation && <OrganisationSection rows={view.organisation} />}
      {single ? (
        <GoalSection scorecard={single} names={names} headed={false} frozen={Boolean(view.snapshot)} />
      ) : view.goals.length === 0 ? (
        <EmptyState title={`No ${view.scope.kind === 'level' ? LEVEL_LABEL[view.scope.level].toLowerCase() : ''} goals yet`}>
          Strategy editors add goals in Jira (Apps → Throughline → Goals); their scorecards then show here.
        </EmptyState>
      ) : (
        view.goals.map((g) => <GoalSection key={g.goal.id} scorecard={g} names={names} headed frozen={Boolean(view.snapshot)} />)
      )}
      {view.cursor && more && (
        <ShowMore
          shown={view.goals.length}
          what="the goals"
          words={scorecardsShown(view.goals.length, view.totalGoals ?? view.goals.length)}
          loading={more.loading}
          error={more.error}
          onMore={more.more}
        />
      )}
      <footer className="sm-foot tl-small tl-subtle" data-testid="scorecard-freshness">
        {view.snapshot ? `Snapshot of ${view.snapshot.name}, closed ${day(view.snapshot.closedDay)}` : `KPIs as of ${day(view.today)}`} · {workWords(view.asOf)}{' '}
        ({PROGRESS_RULE_LABEL[view.rule].toLowerCase()}) · Read-only: leaders record values in Jira (Apps → Throughline → Scorecards).
      </footer>
    </article>
  );
}
