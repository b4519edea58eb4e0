import { periodsToClose, closeWords } from './close-words';

describe('closing a period, in words', () => {
  const q3 = { name: 'Q3 2026', end: '2026-09-30' };

  it('says the figures are today’s, with the day', () => {
    expect(closeWords(q3, '2026-10-03')).toBe('Every goal’s KPIs, work and last check-in are frozen as they are today, 3 Oct 2026. This cannot be undone.');
  });

  it('warns, with the days, when the close comes more than a week after the period ended', () => {
    expect(closeWords(q3, '2026-12-06')).toMatch(
      /^Q3 2026 ended 67 days ago, on 30 Sep 2026: the snapshot holds today’s figures, not those of its last day\. /,
    );
    expect(closeWords(q3, '2026-10-07')).not.toMatch(/ended/);
    expect(closeWords(q3, '2026-10-08')).toMatch(/^Q3 2026 ended 8 days ago/);
  });
});

describe('which periods wait to be closed', () => {
  const q = (id: string, start: string, end: string, closed = false) => ({ id, start, end, ...(closed ? { closed: { day: end } } : {}) });
  const year = [
    q('q1', '2026-01-01', '2026-03-31'),
    q('q2', '2026-04-01', '2026-06-30'),
    q('h1', '2026-01-01', '2026-06-30'),
    q('q3', '2026-07-01', '2026-09-30'),
    q('q4', '2026-10-01', '2026-12-31'),
  ];
  const ids = (ps: { id: string }[]) => ps.map((p) => p.id);

  it('offers every ended period, the latest first, while none is closed', () => {
    const out = periodsToClose(year, '2026-12-07');
    expect(ids(out.next)).toEqual(['q3', 'q2', 'h1', 'q1']);
    expect(out.passed).toEqual([]);
  });

  it('once Q3 is closed, puts no older period forward: they were passed over', () => {
    const closedQ3 = year.map((p) => (p.id === 'q3' ? { ...p, closed: { day: '2026-12-07' } } : p));
    const out = periodsToClose(closedQ3, '2026-12-07');
    expect(out.next).toEqual([]);
    expect(ids(out.passed)).toEqual(['q2', 'h1', 'q1']);
    // Q4, once ended, is offered again.
    expect(ids(periodsToClose(closedQ3, '2027-01-02').next)).toEqual(['q4']);
  });
});
