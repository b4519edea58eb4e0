// A goal's status and a Jira status, each in its one look (static/kit/ui/looks.ts): icon and word, never colour alone.
import type { GoalStatus } from '../../../src/shared/model/goal';
import { GOAL_STATUS_LOOK, JIRA_CATEGORY_LOOK, lozengeClass, type JiraCategory } from './looks';

export function StatusLozenge({ status }: { status: GoalStatus }) {
  const look = GOAL_STATUS_LOOK[status];
  return (
    <span className={lozengeClass(look)} data-status={status}>
      <span aria-hidden="true">{look.icon}</span>
      {look.word}
    </span>
  );
}

/** An issue's status by its name, in the colour of its Jira category (to do grey, in progress blue, done green). */
export function JiraStatusLozenge({ status }: { status: { name: string; category: JiraCategory } }) {
  return (
    <span className={`${lozengeClass(JIRA_CATEGORY_LOOK[status.category])} tl-jira-status`} data-category={status.category}>
      {status.name}
    </span>
  );
}
