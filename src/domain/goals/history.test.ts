import type { AuditEvent } from '../../shared/model/audit';
import { NOT_SHOWN_GOAL } from '../../shared/model/audit';
import { historyFor } from './history';

const event = (over: Partial<AuditEvent>): AuditEvent => ({
  id: 'a1',
  entity: 'goal',
  entityId: 'g-moved',
  action: 'update',
  at: '2026-11-20T10:00:00.000Z',
  by: 'acc-exec',
  before: null,
  after: null,
  ...over,
});

describe('a goal’s history as one reader reads it', () => {
  const sees = (id: string) => ['g-moved', 'g-dashboards'].includes(id);

  it('names a former or present parent only when the reader may see it; hidden and gone read alike', () => {
    const moved = event({ before: { title: 'Moved', parentId: 'g-secret' }, after: { title: 'Moved', parentId: 'g-dashboards' } });
    const gone = event({ before: { title: 'Moved', parentId: 'g-deleted-long-ago' }, after: { title: 'Moved', parentId: 'g-dashboards' } });
    const [a, b] = historyFor([moved, gone], sees);
    expect(a).toEqual({ ...moved, before: { title: 'Moved', parentId: NOT_SHOWN_GOAL } });
    expect(b!.before).toEqual(a!.before);
    expect(JSON.stringify(a)).not.toContain('g-secret');
  });

  it('keeps what names no other goal as it was: no parent, its own fields, events with no snapshot', () => {
    const events = [
      event({ action: 'create', after: { title: 'Top', parentId: null } }),
      event({ before: { title: 'Old' }, after: { title: 'New' } }),
      event({ action: 'delete', before: 'not a record', after: null }),
    ];
    expect(historyFor(events, sees)).toEqual(events);
  });

  it('says a goal was carried forward without naming a goal the reader may not see', () => {
    const carried = event({ action: 'create', carry: { direction: 'from', goalId: 'g-secret', title: 'Secret merger', period: 'Q3 2026' } });
    const [out] = historyFor([carried], sees);
    expect(out!.carry).toMatchObject({ direction: 'from', goalId: NOT_SHOWN_GOAL, period: 'Q3 2026' });
    expect(JSON.stringify(out)).not.toMatch(/g-secret|Secret merger/);
    const open = event({ action: 'create', carry: { direction: 'from', goalId: 'g-dashboards', title: 'Dashboards', period: 'Q3 2026' } });
    expect(historyFor([open], sees)).toEqual([open]);
  });
});
