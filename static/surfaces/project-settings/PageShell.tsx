// The page frame every state shares: the heading, the one sentence on why, and what the state shows.
import type { ReactNode } from 'react';

const WHY = 'Every project should trace up to a strategy goal, so the team knows why its work matters and leaders can see which goals have work behind them.';

export function PageShell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="tl-page tl-stack ps-page">
      <header className="tl-stack ps-header">
        <h1>{title}</h1>
        <p className="tl-subtle">{WHY}</p>
      </header>
      {children}
    </main>
  );
}
