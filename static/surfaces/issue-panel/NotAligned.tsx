// Said plainly: this work traces to no goal. Offers the fix the viewer can make, and says who can otherwise.
import { router } from '@forge/bridge';
import type { GoalContext } from '../../../src/shared/api/panel';
import { EmptyState } from '../../kit/ui/EmptyState';
import { notAlignedAdvice } from './epic-note';

export function NotAligned({ context, onTag }: { context: GoalContext; onTag: () => void }) {
  const { issue, epic } = context;
  const openEpic = () => epic && router.navigate({ target: 'issue', issueKey: epic.key }).catch(() => undefined);
  let action = null;
  const advice = notAlignedAdvice(context);
  if (issue.isEpic && context.canTagEpic) {
    action = (
      <button type="button" className="tl-button tl-button--primary" onClick={onTag} data-editor-opener="epic-tag">
        Tag this epic
      </button>
    );
  } else if (!issue.isEpic && epic) {
    action = (
      <button type="button" className="tl-button" onClick={openEpic}>
        Open {epic.key}
      </button>
    );
  }
  return (
    <EmptyState title="Not aligned to any goal" action={action}>
      <p>This work does not trace up to a strategy goal yet. {advice}</p>
    </EmptyState>
  );
}
