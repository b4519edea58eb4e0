// The chain, bottom up: this issue, its epic, then each goal to the strategy, with level, status, KPI health
// and people.
import type { ChainLinkView, GoalContext, Person } from '../../../src/shared/api/panel';
import { LEVEL_LABEL } from '../../../src/shared/levels';
import { GoalLink } from '../../kit/ui/GoalLink';
import { HealthMarker } from '../../kit/ui/HealthMarker';
import { Lozenge } from '../../kit/ui/Lozenge';
import { StageDetails } from '../../kit/ui/StageMark';
import { StatusLozenge } from '../../kit/ui/StatusLozenge';
import { SaySomething } from './SaySomething';
import { PersonName } from '../../kit/ui/Avatar';

const name = (p: Person, missing: string) => (p ? <PersonName person={p} /> : <span className="tl-panel-missing">{missing}</span>);

function GoalItem({ link }: { link: ChainLinkView }) {
  if (link.kind === 'missing') {
    return (
      <li className="tl-chain-item tl-chain-item--missing">
        <Lozenge tone="danger" icon="✕">
          Deleted goal
        </Lozenge>
        <span className="tl-subtle"> This goal no longer exists; the tag needs a new goal.</span>
      </li>
    );
  }
  return (
    <li className={`tl-chain-item tl-chain-item--${link.level}`} data-testid="chain-goal">
      <div className="tl-row">
        <span className="tl-level">{LEVEL_LABEL[link.level]}</span>
        <StatusLozenge status={link.status} />
        <HealthMarker health={link.health} />
      </div>
      <div className="tl-chain-title">
        <GoalLink goalId={link.id} testId="chain-goal-link">
          {link.title}
        </GoalLink>
      </div>
      <div className="tl-small tl-subtle">
        Leader: {name(link.leader, 'none')} · Manager: {name(link.manager, 'none')}
      </div>
      <StageDetails stage={link.stage} />
      <SaySomething goal={link} />
    </li>
  );
}

/** The epic's own leader and manager, when its tag names them. */
function EpicPeople({ epic }: { epic: NonNullable<GoalContext['epic']> }) {
  if (!epic.leader && !epic.manager) return null;
  return (
    <div className="tl-small tl-subtle">
      Leader: {name(epic.leader, 'none')} · Manager: {name(epic.manager, 'none')}
    </div>
  );
}

export function ChainList({ context }: { context: GoalContext }) {
  const { issue, epic } = context;
  const goalsTopDown = [...context.chain].reverse();
  return (
    <ol className="tl-chain" aria-label="From the strategy goal down to this issue">
      {goalsTopDown.map((link) => (
        <GoalItem key={link.id} link={link} />
      ))}
      {epic && epic.id !== issue.id && (
        <li className="tl-chain-item tl-chain-item--work">
          <span className="tl-level">Epic</span>
          <div className="tl-chain-title">
            {epic.key} {epic.summary}
          </div>
          <EpicPeople epic={epic} />
        </li>
      )}
      <li className="tl-chain-item tl-chain-item--work tl-chain-item--here" aria-current="true">
        <span className="tl-level">This {issue.typeName.toLowerCase()}</span>
        <div className="tl-chain-title">
          {issue.key} {issue.summary}
        </div>
        {epic && epic.id === issue.id && <EpicPeople epic={epic} />}
      </li>
    </ol>
  );
}
