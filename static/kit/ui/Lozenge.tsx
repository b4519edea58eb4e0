// A status label: always words (and an icon where given), never colour alone.
import type { ReactNode } from 'react';

export type Tone = 'success' | 'danger' | 'warning' | 'neutral';

export function Lozenge({ tone, icon, children }: { tone: Tone; icon?: string; children: ReactNode }) {
  return (
    <span className={`tl-lozenge tl-lozenge--${tone}`}>
      {icon && <span aria-hidden="true">{icon}</span>}
      {children}
    </span>
  );
}
