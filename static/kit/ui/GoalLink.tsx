// A goal's title as a link to its page in the strategy workspace: in the same tab from Jira surfaces, in a new
// tab from Confluence macros. A button (the bridge navigates; there is no href to follow), styled as a link.
import type { ReactNode } from 'react';
import { openGoalPage } from '../api/open-goal';
import './goal-link.css';

interface Props {
  goalId: string;
  children: ReactNode;
  how?: 'same-tab' | 'new-tab';
  className?: string;
  testId?: string;
}

export function GoalLink({ goalId, children, how = 'same-tab', className, testId }: Props) {
  return (
    <button
      type="button"
      className={`tl-goal-link${className ? ` ${className}` : ''}`}
      onClick={() => openGoalPage(goalId, how)}
      data-testid={testId}
      data-goal-link={goalId}
      title={how === 'new-tab' ? 'Open the goal’s page in a new tab' : 'Open the goal’s page'}
    >
      {children}
    </button>
  );
}
