// A goal's status as a lozenge: an icon and the word, never colour alone.
import type { GoalStatus } from '../../../src/shared/model/goal';
import { STATUS_LABEL } from './format';

const LOOK: Record<GoalStatus, { tone: string; icon: string }> = {
  draft: { tone: 'neutral', icon: '✎' },
  active: { tone: 'info', icon: '▶' },
  achieved: { tone: 'success', icon: '✓' },
  archived: { tone: 'neutral', icon: '⊘' },
};

export function StatusLozenge({ status }: { status: GoalStatus }) {
  const look = LOOK[status];
  return (
    <span className={`tl-lozenge tl-lozenge--${look.tone}`} data-status={status}>
      <span aria-hidden="true">{look.icon}</span>
      {STATUS_LABEL[status]}
    </span>
  );
}
