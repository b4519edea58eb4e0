import { closeWords } from './close-words';

describe('closing a period, in words', () => {
  const q3 = { name: 'Q3 2026', end: '2026-09-30' };

  it('says the figures are today’s, with the day', () => {
    expect(closeWords(q3, '2026-10-03')).toBe('Every goal’s KPIs, work and last check-in are frozen as they are today, 3 Oct 2026. This cannot be undone.');
  });

  it('warns, with the days, when the close comes more than a week after the period ended', () => {
    expect(closeWords(q3, '2026-12-06')).toMatch(
      /^Q3 2026 ended 67 days ago, on 30 Sept? 2026: the snapshot holds today’s figures, not those of its last day\. /,
    );
    expect(closeWords(q3, '2026-10-07')).not.toMatch(/ended/);
    expect(closeWords(q3, '2026-10-08')).toMatch(/^Q3 2026 ended 8 days ago/);
  });
});
