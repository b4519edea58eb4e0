// Said plainly: this work traces to no goal. Offers the fix the viewer can make, and says who can otherwise.
import { router } from '@forge/bridge';
import type { GoalContext } from '../../../src/shared/api/panel';
import { EmptyState } from '../../kit/ui/EmptyState';

export function NotAligned({ context, onTag }: { context: GoalContext; onTag: () => void }) {
  const { issue, epic } = context;
  const openEpic = () => epic && router.navigate({ target: 'issue', issueKey: epic.key }).catch(() => undefined);
  let action = null;
  let advice: string;
  if (issue.isEpic && context.canTagEpic) {
    advice = 'Tag this epic with the goal it serves so every issue in it shows its purpose.';
    action = (
      <button type="button" className="tl-button tl-button--primary" onClick={onTag} data-editor-opener="epic-tag">
        Tag this epic
      </button>
    );
  } else if (issue.isEpic) {
    advice = 'Someone who can edit this epic can tag it with a goal, or a project admin can align the whole project.';
  } else if (epic) {
    advice = `Tag the epic ${epic.key} with a goal, or ask a project admin to align ${issue.project.name}.`;
    action = (
      <button type="button" className="tl-button" onClick={openEpic}>
        Open {epic.key}
      </button>
    );
  } else {
    advice = `Put this work in an epic that serves a goal, or ask a project admin to align ${issue.project.name}.`;
  }
  return (
    <EmptyState title="Not aligned to any goal" action={action}>
      <p>This work does not trace up to a strategy goal yet. {advice}</p>
    </EmptyState>
  );
}
