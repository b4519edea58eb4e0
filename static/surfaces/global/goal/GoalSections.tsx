// The goal page's lower sections, each from its own read, each with its own loading and error state: the work
// as the viewer may see it, the goal's gaps (Fix opens the exact goal, epic or project settings), check-ins.
import { router } from '@forge/bridge';
import type { FixTarget, GapsView } from '../../../../src/shared/api/alignment';
import type { SubtreeView } from '../../../../src/shared/api/macros';
import type { GoalScorecard } from '../../../../src/shared/api/scorecards';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { GapItem } from '../../../kit/ui/GapItem';
import { Loading } from '../../../kit/ui/Loading';
import { CheckIns } from '../scorecards/CheckIns';
import { openGoal } from '../workspace-nav';
import { gapsOfGoal, goalWork } from './goal-work';
import { GoalWork } from './GoalWork';
import type { Part } from './useGoalPage';

export function PartView<T>({ part, loading, retry, children }: { part: Part<T>; loading: string; retry(): void; children(data: T): React.ReactNode }) {
  if (part.status === 'loading') return <Loading label={loading} />;
  if (part.status === 'error') return <ErrorMessage error={part.error} onRetry={retry} />;
  return <>{children(part.data)}</>;
}

const openFix = (link: FixTarget): void => {
  if (link.target === 'goal') openGoal(link.goalId);
  else void router.navigate(link).catch(() => undefined);
};

export function WorkSection({ work, retry }: { work: Part<SubtreeView>; retry(): void }) {
  return (
    <section className="tl-stack" aria-labelledby="gp-work">
      <h2 id="gp-work">Work</h2>
      <PartView part={work} loading="Loading the work under this goal…" retry={retry}>
        {(view) => <GoalWork view={view} />}
      </PartView>
    </section>
  );
}

export function GapsSection({ goalId, gaps, work, retry }: { goalId: string; gaps: Part<GapsView>; work: Part<SubtreeView>; retry(): void }) {
  return (
    <section className="tl-stack" aria-labelledby="gp-gaps">
      <h2 id="gp-gaps">Gaps</h2>
      <PartView part={gaps} loading="Looking for gaps…" retry={retry}>
        {(view) => {
          const mine = gapsOfGoal(view.gaps, goalId, goalWork(work.status === 'ready' ? work.data.rows : []));
          return mine.length === 0 ? (
            <p className="tl-subtle">No gaps in its alignment: this goal has its people and its work, as far as you can see.</p>
          ) : (
            <ul className="al-gap-list" aria-label="Gaps of this goal" data-testid="goal-gaps">
              {mine.map((g) => (
                <GapItem key={g.id} gap={g} onOpen={openFix} hereGoalId={goalId} />
              ))}
            </ul>
          );
        }}
      </PartView>
    </section>
  );
}

interface CheckInProps {
  scorecard: GoalScorecard;
  names: ReadonlyMap<string, string>;
  onChanged(): void;
  /** What the last change here did, shown under the heading (the page's notice for this part). */
  notice?: React.ReactNode;
  /** Opened from "Check in" (Due from you): the form is open on arrival for those who may check in. */
  startAdding?: boolean;
}

export function CheckInSection({ scorecard, names, onChanged, notice, startAdding = false }: CheckInProps) {
  return (
    <section className="tl-stack" aria-labelledby="gp-check-ins">
      <h2 id="gp-check-ins">Check-ins</h2>
      {notice}
      <CheckIns scorecard={scorecard} names={names} onChanged={onChanged} startAdding={startAdding} />
    </section>
  );
}
