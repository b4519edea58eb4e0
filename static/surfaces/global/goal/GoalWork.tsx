// The work under a goal as the viewer may see it (the subtree read as the viewer): its sub-goals with their
// progress, and its projects with the epics tagged to it, each with progress and the epic's Jira status in
// Jira's colours (to do grey, in progress blue, done green) and words. Goals open their page; epics and projects
// open in Jira. A goal with more work than one read holds shows the first part and "Show more".
import { useCallback } from 'react';
import type { EpicStatus, GoalNode } from '../../../../src/shared/api/alignment';
import { subtreeCall, type SubtreeView } from '../../../../src/shared/api/macros';
import { call } from '../../../kit/api/invoke';
import { usePages } from '../../../kit/api/subtree-pages';
import { ShowMore } from '../../../kit/ui/ShowMore';
import { LEVEL_LABEL } from '../../../../src/shared/levels';
import { NO_VISIBLE_WORK } from '../../../../src/shared/model/goal-health';
import { openIssue, openProjectPage } from '../../../kit/api/open-goal';
import { Freshness } from '../../../kit/ui/Freshness';
import { countWords, ProgressBar } from '../../../kit/ui/ProgressBar';
import { JiraStatusLozenge } from '../../../kit/ui/StatusLozenge';
import { HealthMarker } from '../../../kit/ui/HealthMarker';
import { openGoal } from '../workspace-nav';
import { goalWork } from './goal-work';

function JiraStatus({ status }: { status: EpicStatus | null }) {
  return status ? <JiraStatusLozenge status={status} /> : null;
}

function SubGoals({ goals, rule }: { goals: GoalNode[]; rule: SubtreeView['rule'] }) {
  if (goals.length === 0) return null;
  return (
    <ul className="gp-list" aria-label="Sub-goals">
      {goals.map((g) => (
        <li key={g.goalId} className="gp-work-row">
          <div>
            <span className="tl-small tl-subtle">{LEVEL_LABEL[g.level]} goal </span>
            <button type="button" className="sc-link" onClick={() => openGoal(g.goalId)} data-testid="goal-link">
              {g.title}
            </button>{' '}
            <HealthMarker health={g.health} />
          </div>
          <div className="gp-work-progress">
            <ProgressBar progress={g.progress} label={`Progress of ${g.title}`} outOfSight={g.workOutOfSight === true} expected={g.expected} />
            <span className="tl-small tl-subtle">{g.workOutOfSight ? `${NO_VISIBLE_WORK}.` : countWords(g.totals, rule)}</span>
          </div>
        </li>
      ))}
    </ul>
  );
}

export function GoalWork({ view: first }: { view: SubtreeView }) {
  const root = first.rows[0]?.node;
  const goalId = root?.kind === 'goal' ? root.goalId : null;
  const next = useCallback(
    (cursor: string) => (goalId === null ? Promise.resolve(first) : call(subtreeCall, { parent: { kind: 'goal', goalId }, depth: 2, cursor })),
    [goalId, first],
  );
  const pages = usePages(first, next);
  const view = pages.view ?? first;
  const work = goalWork(view.rows);
  const nothing = work.projects.length === 0 && work.childGoals.length === 0;
  return (
    <div className="tl-stack" data-testid="goal-work">
      {work.self && (
        <div className="gp-work-total">
          <ProgressBar
            progress={work.self.progress}
            label="Progress of the work under this goal"
            outOfSight={work.self.workOutOfSight === true}
            expected={work.self.expected}
          />
          <span className="tl-small tl-subtle">
            {work.self.workOutOfSight ? `${NO_VISIBLE_WORK}.` : `Everything under this goal: ${countWords(work.self.totals, view.rule)}`}
          </span>
        </div>
      )}
      <Freshness asOf={view.asOf} rule={view.rule} />
      {nothing && <p className="tl-subtle">{work.self?.workOutOfSight ? `${NO_VISIBLE_WORK}.` : 'No projects or epics serve this goal yet.'}</p>}
      <SubGoals goals={work.childGoals} rule={view.rule} />
      {work.projects.map(({ project, epics }) => (
        <section key={project.projectId} className="gp-project" aria-label={`${project.name} (${project.key})`}>
          <div className="gp-work-row">
            <div>
              <span className="tl-small tl-subtle">Project </span>
              <button type="button" className="sc-link" onClick={() => openProjectPage(project.key)} title={`Open ${project.name}’s alignment page`}>
                {project.name} ({project.key})
              </button>
              {!project.alignedHere && <span className="tl-small tl-subtle"> · some of its epics serve this goal</span>}
            </div>
            <div className="gp-work-progress">
              <ProgressBar progress={project.progress} label={`Progress of ${project.name}`} expected={work.self?.expected} />
              <span className="tl-small tl-subtle">{countWords(project.totals, view.rule)}</span>
            </div>
          </div>
          {epics.length > 0 && (
            <ul className="gp-list gp-epics" aria-label={`Epics of ${project.key} serving this goal`}>
              {epics.map((e) => (
                <li key={e.issueId} className="gp-work-row" data-testid="goal-epic">
                  <div>
                    <button type="button" className="sc-link" onClick={() => openIssue(e.key)} title={`Open ${e.key}`}>
                      {e.key} {e.title}
                    </button>{' '}
                    <JiraStatus status={e.status} />
                  </div>
                  <div className="gp-work-progress">
                    <ProgressBar progress={e.progress} label={`Progress of ${e.key}`} compact expected={work.self?.expected} />
                    <span className="tl-small tl-subtle">{countWords(e.totals, view.rule, false)}</span>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {view.cursor !== null && goalId !== null && (
        <ShowMore shown={view.rows.length} what="the work under this goal" loading={pages.loading} error={pages.error} onMore={pages.more} />
      )}
    </div>
  );
}
