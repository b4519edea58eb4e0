// A status label: always words (and an icon where given), never colour alone.
import type { ReactNode } from 'react';
import { lozengeClass, type Look } from './looks';

export type Tone = 'success' | 'danger' | 'warning' | 'neutral' | 'info' | 'discovery';

export function Lozenge({ tone, icon, children }: { tone: Tone; icon?: string; children: ReactNode }) {
  return (
    <span className={`tl-lozenge tl-lozenge--${tone}`}>
      {icon && <span aria-hidden="true">{icon}</span>}
      {children}
    </span>
  );
}

/** A state in its one look (static/kit/ui/looks.ts): the same lozenge, icon and word on every surface. */
export function LookLozenge({ look, children, testId, state }: { look: Look; children?: ReactNode; testId?: string; state?: string }) {
  return (
    <span className={lozengeClass(look)} data-testid={testId} data-state={state}>
      <span aria-hidden="true">{look.icon}</span>
      {children ?? look.word}
    </span>
  );
}
