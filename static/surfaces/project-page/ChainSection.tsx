// The project's chain from the strategy goal down to the project itself, each goal with its level, status,
// leader and manager; or, when the project serves no goal yet, what that means and where to fix it.
import { router } from '@forge/bridge';
import { GoalLink } from '../../kit/ui/GoalLink';
import type { ProjectPageView } from '../../../src/shared/api/project-page';
import { LEVEL_LABEL } from '../../../src/shared/levels';
import { EmptyState } from '../../kit/ui/EmptyState';
import { StatusLozenge } from '../../kit/ui/StatusLozenge';
import { RolePeople } from '../../kit/ui/Avatar';
import type { Person } from '../../../src/shared/api/person';

const people = (leader: Person, manager: Person) => <RolePeople leader={leader} manager={manager} />;

export function ChainSection({ view }: { view: ProjectPageView }) {
  const { alignment, project } = view;
  if (!alignment) {
    return (
      <EmptyState
        title={`${project.name} serves no goal yet`}
        action={
          view.canAlign && (
            <button
              type="button"
              className="tl-button"
              onClick={() => void router.navigate({ target: 'projectSettingsDetails', projectKey: project.key }).catch(() => undefined)}
            >
              Open project settings
            </button>
          )
        }
      >
        Its work traces to the strategy only where each epic is tagged. A project administrator sets the project’s level and goal in its settings.
      </EmptyState>
    );
  }
  const topDown = [...view.chain].reverse();
  return (
    <section className="tl-stack pp-section" aria-labelledby="pp-chain-title">
      <div className="tl-row">
        <h2 id="pp-chain-title">Chain up to strategy</h2>
        {view.reachesStrategy ? (
          <span className="tl-lozenge tl-lozenge--success">
            <span aria-hidden="true">✓</span>Traces to strategy
          </span>
        ) : (
          <span className="tl-lozenge tl-lozenge--warning">
            <span aria-hidden="true">!</span>Stops before a strategy goal
          </span>
        )}
      </div>
      <ol className="pp-chain" data-testid="project-chain">
        {topDown.map((link) =>
          link.kind === 'missing' ? (
            <li key={link.id} className="pp-chain-item">
              <span className="tl-lozenge tl-lozenge--danger">
                <span aria-hidden="true">✕</span>Deleted goal
              </span>
            </li>
          ) : (
            <li key={link.id} className="pp-chain-item" data-testid="chain-goal">
              <span className="pp-level">{LEVEL_LABEL[link.level]}</span>
              <strong>
                <GoalLink goalId={link.id}>{link.title}</GoalLink>
              </strong>
              {link.status !== 'active' && <StatusLozenge status={link.status} />}
              <span className="tl-small tl-subtle">{people(link.leader, link.manager)}</span>
            </li>
          ),
        )}
        <li className="pp-chain-item pp-chain-item--here" aria-current="true">
          <span className="pp-level">This project · {LEVEL_LABEL[alignment.level]}</span>
          <strong>
            {project.name} ({project.key})
          </strong>
          <span className="tl-small tl-subtle">{people(alignment.leader, alignment.manager)}</span>
        </li>
      </ol>
    </section>
  );
}
