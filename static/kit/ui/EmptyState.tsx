// A useful empty state: what is missing, why it matters, and what to do about it.
import type { ReactNode } from 'react';

export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="tl-card tl-stack tl-empty" role="note">
      <h3>{title}</h3>
      {children && <div className="tl-subtle">{children}</div>}
      {action && <div>{action}</div>}
    </div>
  );
}
