// One goal in the macro: its title, level, leader and manager, the diagnosis with its numbers, then its KPIs.
// A card that printing keeps whole.
import type { GoalScorecard } from '../../../src/shared/api/scorecards';
import { GoalLink } from '../../kit/ui/GoalLink';
import { LEVEL_LABEL } from '../../../src/shared/levels';
import { openGoalPage } from '../../kit/api/open-goal';
import { AtRiskAgreements } from '../../kit/ui/agreements/AtRiskAgreements';
import { DiagnosisNote } from '../../kit/ui/scorecard/DiagnosisNote';
import { KpiList } from './KpiList';
import { PersonName } from '../../kit/ui/Avatar';

const STATUS_NOTE = { draft: 'Draft', achieved: 'Achieved', archived: 'Archived', active: null } as const;

interface Props {
  scorecard: GoalScorecard;
  names: ReadonlyMap<string, string>;
  /** False when the macro's own heading already names the goal. */
  headed: boolean;
  /** A closed period's snapshot: nothing in it can be changed, so it suggests no action. */
  frozen?: boolean;
}

export function GoalSection({ scorecard, names, headed, frozen = false }: Props) {
  const { goal } = scorecard;
  const person = (id: string | null) => (id ? <PersonName person={{ accountId: id, displayName: names.get(id) ?? 'Unknown user' }} /> : 'nobody yet');
  const note = STATUS_NOTE[goal.status];
  const titleId = `sm-goal-${goal.id}`;
  return (
    <section className="tl-card sm-goal" aria-labelledby={headed ? titleId : 'sm-title'} data-testid="goal-scorecard" data-goal={goal.id}>
      <div className="sm-goal-head">
        {headed && (
          <h3 id={titleId}>
            <GoalLink goalId={goal.id} how="new-tab">
              {goal.title}
            </GoalLink>
          </h3>
        )}
        <span className="tl-small tl-subtle" data-testid="goal-roles">
          {LEVEL_LABEL[goal.level]} goal{note && ` · ${note}`} · Leader {person(goal.leaderId)} · Manager {person(goal.managerId)}
        </span>
      </div>
      <DiagnosisNote diagnosis={scorecard.diagnosis} scope="goal" lastCheckIn={scorecard.checkIn.last} />
      <AtRiskAgreements lines={scorecard.agreementsAtRisk} onOpen={(id) => openGoalPage(id, 'new-tab')} linkTitle="Open the goal’s page in a new tab" />
      {scorecard.kpis.length > 0 ? (
        <KpiList scorecard={scorecard} />
      ) : (
        <p className="tl-subtle sm-plain">
          {frozen ? 'This goal had no KPIs when the period closed.' : 'No KPIs on this goal yet. Strategy editors add them in Jira.'}
        </p>
      )}
    </section>
  );
}
