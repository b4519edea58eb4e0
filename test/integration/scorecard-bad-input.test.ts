// Bad input to the scorecards is refused with a coded error, and nothing is stored.
import { scorecardFixture, LEAD_KPI, newKpi, type Fixture } from './scorecard-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await scorecardFixture();
});

/** What a browser sends for `{"value": 1e309}`: JSON has no Infinity, so the parser overflows to it. */
const overflowed = (JSON.parse('{"value": 1e309}') as { value: number }).value;
const valid = { date: '2026-11-25', value: 50, note: '' };

describe('bad measurements', () => {
  it.each([
    ['NaN', { ...valid, value: Number.NaN }],
    ['Infinity', { ...valid, value: Number.POSITIVE_INFINITY }],
    ['a number that overflowed in JSON (1e309)', { ...valid, value: overflowed }],
    ['the string "1e309"', { ...valid, value: '1e309' }],
    ['a number as a string', { ...valid, value: '50' }],
    ['a value beyond 10^12', { ...valid, value: 1e13 }],
    ['no value', { date: valid.date, note: '' }],
    ['a day that does not exist', { ...valid, date: '2026-02-30' }],
    ['a date before 2000', { ...valid, date: '1999-12-31' }],
    ['a date after 2100', { ...valid, date: '2101-01-01' }],
    ['a date in the future', { ...valid, date: '2026-12-25' }],
    ['a date before the KPI’s baseline', { ...valid, date: '2025-01-01' }],
    ['a date in another format', { ...valid, date: '25/11/2026' }],
    ['an oversized note', { ...valid, note: 'x'.repeat(2001) }],
    ['an extra field', { ...valid, by: 'someone-else' }],
  ])('refuses %s with VALIDATION and stores nothing', async (_name, input) => {
    const before = await f.stored(LEAD_KPI);
    const out = await f.call('lead', 'scorecards/measurement-record', { kpiId: LEAD_KPI, input });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await f.stored(LEAD_KPI)).toEqual(before);
    expect(await f.history(`m-${LEAD_KPI}-${String((input as { date?: string }).date)}`)).toEqual([]);
  });

  it.each([
    ['a non-finite value', { value: overflowed, note: '' }, 'value'],
    // A note a record refuses is refused in a correction too: a lone surrogate cannot be stored or sent to Jira.
    ['a note with a lone surrogate', { value: 51, note: 'fixed \uDFFF' }, 'note'],
    ['an oversized note', { value: 51, note: 'x'.repeat(2001) }, 'note'],
  ])('refuses a correction to %s with VALIDATION and changes nothing', async (_name, change, path) => {
    const [m] = await f.stored(LEAD_KPI);
    const out = await f.call('lead', 'scorecards/measurement-correct', { kpiId: LEAD_KPI, id: m!.id, expectedRecordedAt: m!.recordedAt, ...change });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [expect.objectContaining({ path })] } });
    expect((await f.stored(LEAD_KPI))[0]).toEqual(m);
  });
});

describe('bad KPIs', () => {
  it.each([
    ['a target date before the baseline date', newKpi({ targetDate: '2025-12-31' }), 'input.targetDate'],
    ['a target date on the baseline date', newKpi({ targetDate: '2026-01-01' }), 'input.targetDate'],
    ['a range whose minimum is above its maximum', newKpi({ target: { direction: 'range', min: 10, max: 5 } }), 'input.target.max'],
    ['a baseline of Infinity', newKpi({ baseline: { value: Number.POSITIVE_INFINITY, date: '2026-01-01' } }), 'input.baseline.value'],
    ['a target as a string', { ...newKpi(), target: { direction: 'increase', value: '9' } }, 'input.target.value'],
    ['an at-risk band above the on-track band', newKpi({ bands: { onTrack: 0.8, atRisk: 0.9 } }), 'input.bands.atRisk'],
    ['a target date in 2300', newKpi({ targetDate: '2300-01-01' }), 'input.targetDate'],
    ['an unknown cadence', { ...newKpi(), cadence: 'daily' }, 'input.cadence'],
    ['an empty name', newKpi({ name: '  ' }), 'input.name'],
    ['JQL that does not parse', newKpi({ source: { kind: 'jql-count', jql: 'project = AND' } }), 'input.source.jql'],
    [
      'a ratio whose denominator does not parse',
      newKpi({ source: { kind: 'jql-ratio', numerator: 'project = INS', denominator: 'status in (Done' } }),
      'input.source.denominator',
    ],
    ['a goal that does not exist', newKpi({ goalId: 'g-nope' }), 'input.goalId'],
  ])('refuses %s with VALIDATION, saying where, and stores nothing', async (_name, input, path) => {
    const before = await f.overview();
    const out = await f.call('exec', 'scorecards/kpi-create', { input });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((out.error!.details as { path: string }[]).map((d) => d.path)).toContain(path);
    expect(await f.overview()).toEqual(before);
  });

  it('accepts JQL that parses, and keeps it as typed', async () => {
    const out = await f.call('exec', 'scorecards/kpi-create', {
      input: newKpi({ source: { kind: 'jql-count', jql: 'project = INS AND statusCategory != Done ORDER BY created' } }),
    });
    expect(out).toMatchObject({ ok: true, data: { source: { kind: 'jql-count', jql: 'project = INS AND statusCategory != Done ORDER BY created' } } });
  });
});

describe('bad check-ins', () => {
  it.each([
    ['a confidence of 6', { status: 'on-track', confidence: 6 }],
    ['a confidence of 2.5', { status: 'on-track', confidence: 2.5 }],
    ['an unknown status', { status: 'fine', confidence: 3 }],
    ['oversized learnings', { status: 'on-track', confidence: 3, learnings: 'x'.repeat(2001) }],
  ])('refuses %s with VALIDATION and stores nothing', async (_name, input) => {
    const before = await f.call('lead', 'scorecards/check-ins', { goalId: 'g-dashboards-v3' });
    const out = await f.call('lead', 'scorecards/check-in-add', { goalId: 'g-dashboards-v3', input });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(await f.call('lead', 'scorecards/check-ins', { goalId: 'g-dashboards-v3' })).toEqual(before);
  });
});
