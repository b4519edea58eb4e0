// A goal's history, newest first: who did what, when (relative and absolute), and every changed field.
import type { AuditEvent } from '../../../src/shared/model/audit';
import { HistoryEntry } from './HistoryEntry';
import type { CatalogNamer } from './namer';

export function AuditHistory({ events, names }: { events: AuditEvent[]; names: CatalogNamer }) {
  const newestFirst = [...events].sort((a, b) => b.at.localeCompare(a.at));
  return (
    <section className="tl-stack sc-history" aria-labelledby="sc-history-title">
      <h3 id="sc-history-title">History</h3>
      {newestFirst.length === 0 ? (
        <p className="tl-subtle">No changes recorded yet: the goal is as it was first saved.</p>
      ) : (
        <ol className="sc-history-list" data-testid="goal-history">
          {newestFirst.map((e) => (
            <HistoryEntry key={e.id} event={e} names={names} />
          ))}
        </ol>
      )}
    </section>
  );
}
