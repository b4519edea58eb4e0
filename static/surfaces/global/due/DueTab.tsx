// "Due from you" (`/due` in the strategy workspace): what the viewer owes now as the leader or manager of active
// goals, overdue first, each with its one action, which opens the goal's page at the part where it is done. Items go
// once done: the list is read again whenever the tab is opened.
import { dueItemTarget } from '../../../kit/api/goal-route';
import { DUE_KIND_LABEL, dueCalls, UNTAGGED_GROUPED_FROM, untaggedThings, type DueItem, type UntaggedInProject } from '../../../../src/shared/api/due';
import { LEVEL_LABEL } from '../../../../src/shared/levels';
import { openProjectPage } from '../../../kit/api/open-goal';
import { useCall } from '../../../kit/api/useCall';
import { formatDay } from '../../../kit/ui/dates';
import { EmptyState } from '../../../kit/ui/EmptyState';
import { ErrorMessage } from '../../../kit/ui/ErrorMessage';
import { Loading } from '../../../kit/ui/Loading';
import { openGoal, openRoute } from '../workspace-nav';
import './due.css';

function DueRow({ item }: { item: DueItem }) {
  return (
    <li className="tl-card due-item" data-testid="due-item" data-kind={item.kind} data-id={item.id}>
      <div className="tl-stack due-text">
        <div className="tl-row due-head">
          {item.overdue ? (
            <span className="tl-lozenge tl-lozenge--danger">Overdue</span>
          ) : (
            <span className="tl-lozenge tl-lozenge--neutral">{item.since ? 'Due' : 'To do'}</span>
          )}
          <span className="tl-small tl-subtle">{DUE_KIND_LABEL[item.kind]}</span>
          {item.since && <span className="tl-small tl-subtle">· since {formatDay(item.since)}</span>}
        </div>
        <div>
          <button type="button" className="sc-link due-goal" onClick={() => openGoal(item.goal.id)}>
            {item.goal.title}
          </button>
          <span className="tl-small tl-subtle"> · {LEVEL_LABEL[item.goal.level]} goal</span>
        </div>
        <p className="due-sentence">{item.sentence}</p>
      </div>
      <div className="due-action">
        <button type="button" className="tl-button tl-button--primary" onClick={() => openGoal(item.goal.id, item.focus, dueItemTarget(item))}>
          {item.action}
          <span className="tl-visually-hidden"> on “{item.goal.title}”</span>
        </button>
      </div>
    </li>
  );
}

function UntaggedRow({ group }: { group: UntaggedInProject }) {
  const { project, epics, count } = group;
  const named = epics.map((e) => `${e.key} ${e.title}`).join(', ');
  return (
    <li className="tl-card due-item" data-testid="due-item" data-kind="untagged-epics" data-id={`untagged-epics:${project.key}`}>
      <div className="tl-stack due-text">
        <div className="tl-row due-head">
          <span className="tl-lozenge tl-lozenge--neutral">To do</span>
          <span className="tl-small tl-subtle">Epics without a goal</span>
        </div>
        <div>
          <strong>{project.name}</strong>
          <span className="tl-small tl-subtle"> · {project.key}, a project you administer</span>
        </div>
        <p className="due-sentence">
          {count === 1 ? 'One epic has' : `${count} epics have`} no goal, so {count === 1 ? 'its' : 'their'} work counts toward no goal: {named}
          {count > epics.length ? ', …' : '.'}
        </p>
      </div>
      <div className="due-action">
        <button type="button" className="tl-button tl-button--primary" onClick={() => openProjectPage(project.key)}>
          Tag epics
          <span className="tl-visually-hidden"> in {project.name}</span>
        </button>
      </div>
    </li>
  );
}

const epicsWords = (count: number): string => (count === 1 ? '1 epic' : `${count} epics`);

/** Many projects with epics without a goal (a Jira admin administers them all): one thing to do, a button per project. */
function UntaggedGroup({ groups }: { groups: readonly UntaggedInProject[] }) {
  const epics = groups.reduce((n, g) => n + g.count, 0);
  return (
    <li className="tl-card due-item due-item--group" data-testid="due-item" data-kind="untagged-epics" data-id="untagged-epics">
      <div className="tl-stack due-text">
        <div className="tl-row due-head">
          <span className="tl-lozenge tl-lozenge--neutral">To do</span>
          <span className="tl-small tl-subtle">Epics without a goal</span>
        </div>
        <p className="due-sentence">
          {epicsWords(epics)} in {groups.length} projects you administer have no goal, so their work counts toward no goal. Tag them on each project’s page.
        </p>
        <ul className="due-projects" aria-label="Projects with epics without a goal">
          {groups.map(({ project, count }) => (
            <li key={project.id} className="due-project" data-testid="untagged-project" data-id={`untagged-epics:${project.key}`}>
              <span>
                <strong>{project.name}</strong>
                <span className="tl-small tl-subtle">
                  {' '}
                  · {project.key} · {epicsWords(count)}
                </span>
              </span>
              <button type="button" className="tl-button" onClick={() => openProjectPage(project.key)}>
                Tag epics
                <span className="tl-visually-hidden"> in {project.name}</span>
              </button>
            </li>
          ))}
        </ul>
      </div>
    </li>
  );
}

export function DueTab() {
  const { state, retry } = useCall(dueCalls.list, {});
  const items = state.status === 'ready' ? state.data.items : [];
  const untagged = state.status === 'ready' ? state.data.untagged : [];
  const overdue = items.filter((i) => i.overdue).length;
  const total = items.length + untaggedThings(untagged.length);
  return (
    <main className="tl-page tl-stack due-page" data-testid="due-page">
      <header className="tl-stack">
        <h1>Due from you</h1>
        <p className="tl-subtle">What your goals ask of you now, as their leader or manager: the oldest first. Each button opens the goal where it is done.</p>
      </header>
      {state.status === 'loading' && <Loading label="Looking for what is due from you…" />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={retry} />}
      {state.status === 'ready' && state.data.leadsNothing && untagged.length === 0 && (
        <EmptyState
          title="Nothing is due from you"
          action={
            <button type="button" className="tl-button" onClick={() => openRoute('/')}>
              See all goals
            </button>
          }
        >
          You do not lead or manage an active goal. When you do, its check-ins, KPI values, agreements and input to answer are listed here.
        </EmptyState>
      )}
      {state.status === 'ready' && !state.data.leadsNothing && total === 0 && (
        <EmptyState title="You are all caught up">Every goal you lead or manage has its check-in, values and answers in.</EmptyState>
      )}
      {total > 0 && (
        <>
          <p data-testid="due-total">
            <strong>
              {total} {total === 1 ? 'thing' : 'things'} due
            </strong>
            {overdue > 0 ? `, ${overdue} overdue` : ''}
          </p>
          <ul className="due-list" aria-label="Due from you">
            {items.map((i) => (
              <DueRow key={i.id} item={i} />
            ))}
            {untagged.length >= UNTAGGED_GROUPED_FROM ? <UntaggedGroup groups={untagged} /> : untagged.map((g) => <UntaggedRow key={g.project.id} group={g} />)}
          </ul>
          {state.status === 'ready' && state.data.untaggedMore && (
            <p className="tl-small tl-subtle">Jira found more epics without a goal than are counted here; the Gaps tab lists them all.</p>
          )}
        </>
      )}
    </main>
  );
}
