// The project's tagged epics grouped by the goal each serves, every group and epic with its progress in words.
import { router } from '@forge/bridge';
import { GoalLink } from '../../kit/ui/GoalLink';
import { JiraStatusLozenge, StatusLozenge } from '../../kit/ui/StatusLozenge';
import type { ProjectPageView } from '../../../src/shared/api/project-page';
import { LEVEL_LABEL } from '../../../src/shared/levels';
import { countWords, ProgressBar } from '../../kit/ui/ProgressBar';

const openIssue = (key: string) => void router.navigate({ target: 'issue', issueKey: key }).catch(() => undefined);

export function EpicGroups({ view }: { view: ProjectPageView }) {
  return (
    <section className="tl-stack pp-section" aria-labelledby="pp-groups-title">
      <h2 id="pp-groups-title">Epics by goal</h2>
      {view.groups.length === 0 && <p className="tl-subtle">No epic of this project is tagged with a goal yet.</p>}
      {view.groups.map((group) => {
        const title = group.goal?.title ?? 'A goal that no longer exists';
        return (
          <div key={group.goalId} className="tl-card tl-stack pp-group" data-testid="epic-group">
            <div className="pp-group-head">
              <div className="tl-stack pp-group-title">
                <span className="pp-level">{group.goal ? `${LEVEL_LABEL[group.goal.level]} goal` : 'Missing goal'}</span>
                <h3>{group.goal ? <GoalLink goalId={group.goalId}>{title}</GoalLink> : title}</h3>
                {group.goal && group.goal.status !== 'active' && <StatusLozenge status={group.goal.status} />}
              </div>
              <div className="pp-progress">
                <ProgressBar progress={group.progress} label={`Progress toward ${title}`} />
                <span className="tl-small tl-subtle">{countWords(group.totals, view.rule)}</span>
              </div>
            </div>
            <ul className="pp-epics">
              {group.epics.map((e) => (
                <li key={e.issueId} className="pp-epic" data-testid="tagged-epic">
                  <div className="pp-epic-name">
                    <button type="button" className="pp-link" onClick={() => openIssue(e.key)}>
                      {e.key}
                    </button>{' '}
                    <span>{e.title}</span> {e.status && <JiraStatusLozenge status={e.status} />}
                  </div>
                  <div className="pp-progress">
                    <ProgressBar progress={e.progress} label={`Progress of ${e.key}`} compact />
                    <span className="tl-small tl-subtle">{countWords(e.totals, view.rule, false)}</span>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
