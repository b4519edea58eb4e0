// The KPI editor's form: its defaults, what it sends (numbers parsed, bands in percent), and the numbers it
// refuses before sending.
import { aKpi, inputOfKpi } from '../../../../test/builders/kpis';
import { KpiInput } from '../../../../src/shared/model/kpi';
import { formOf, implausible, inputOf, localProblems, targetDateWarning, valueOf, type KpiForm } from './kpi-form';

const TODAY = '2026-11-28';

describe('a new KPI form', () => {
  it('starts as a manual, monthly, increasing operational KPI from today to the end of the year, with default bands', () => {
    expect(formOf(null, TODAY)).toEqual({
      name: '',
      category: 'operational',
      unit: '',
      direction: 'increase',
      target: '',
      min: '',
      max: '',
      baseline: '',
      baselineDate: '2026-11-28',
      targetDate: '2026-12-31',
      cadence: 'monthly',
      source: 'manual',
      jql: '',
      numerator: '',
      denominator: '',
      customBands: false,
      onTrack: '95',
      atRisk: '85',
    });
  });

  it('aims at the end of next year when opened on 31 December, so the target date still comes after the baseline', () => {
    const f = formOf(null, '2026-12-31');
    expect([f.baselineDate, f.targetDate]).toEqual(['2026-12-31', '2027-12-31']);
    const input = inputOf({ ...f, name: 'NPS', baseline: '10', target: '20' }, 'g-1');
    expect(KpiInput.safeParse(input).success).toBe(true);
  });
});

describe('opening an existing KPI', () => {
  it('shows an increasing target as one value', () => {
    const f = formOf(aKpi(), TODAY);
    expect([f.name, f.category, f.unit, f.direction, f.target, f.min, f.max, f.baseline, f.baselineDate, f.targetDate]).toEqual([
      'Revenue',
      'sales',
      '$k',
      'increase',
      '200',
      '',
      '',
      '100',
      '2026-01-01',
      '2026-12-31',
    ]);
  });

  it('shows a range as its minimum and maximum', () => {
    const f = formOf(aKpi({ target: { direction: 'range', min: 2.5, max: 4 } }), TODAY);
    expect([f.direction, f.target, f.min, f.max]).toEqual(['range', '', '2.5', '4']);
  });

  it('shows custom bands in percent', () => {
    const f = formOf(aKpi({ bands: { onTrack: 0.9, atRisk: 0.7 } }), TODAY);
    expect([f.customBands, f.onTrack, f.atRisk]).toEqual([true, '90', '70']);
  });

  it.each([
    [{ kind: 'manual' } as const, { source: 'manual', jql: '', numerator: '', denominator: '' }],
    [{ kind: 'jql-count', jql: 'project = CRM' } as const, { source: 'jql-count', jql: 'project = CRM', numerator: '', denominator: '' }],
    [
      { kind: 'jql-ratio', numerator: 'status = Done', denominator: 'project = CRM' } as const,
      { source: 'jql-ratio', jql: '', numerator: 'status = Done', denominator: 'project = CRM' },
    ],
  ])('shows a %p source with its queries', (source, expected) => {
    expect(formOf(aKpi({ source }), TODAY)).toMatchObject(expected);
  });
});

describe('what the form sends', () => {
  it.each([
    ['an increasing KPI', aKpi()],
    ['a decreasing KPI with custom bands', aKpi({ target: { direction: 'decrease', value: 12.5 }, bands: { onTrack: 0.9, atRisk: 0.75 }, cadence: 'weekly' })],
    ['a range counted by JQL', aKpi({ target: { direction: 'range', min: 10, max: 20 }, source: { kind: 'jql-count', jql: 'project = CRM' } })],
    ['a ratio of two queries', aKpi({ unit: '%', source: { kind: 'jql-ratio', numerator: 'status = Done', denominator: 'project = CRM' } })],
  ])('gives back %s as it was opened', (_case, kpi) => {
    expect(inputOf(formOf(kpi, TODAY), kpi.goalId)).toEqual(inputOfKpi(kpi));
  });

  it('sends what the server contract accepts', () => {
    expect(KpiInput.safeParse(inputOf(formOf(aKpi({ bands: { onTrack: 0.9, atRisk: 0.75 } }), TODAY), 'g-1')).success).toBe(true);
  });

  it('parses numbers as typed, spaces around them ignored, and bands from percent', () => {
    const f: KpiForm = { ...formOf(null, TODAY), name: 'NPS', baseline: ' 12 ', target: '40.5', customBands: true, onTrack: '90', atRisk: '80' };
    const input = inputOf(f, 'g-7');
    expect([input.goalId, input.baseline, input.target, input.bands]).toEqual([
      'g-7',
      { value: 12, date: TODAY },
      { direction: 'increase', value: 40.5 },
      { onTrack: 0.9, atRisk: 0.8 },
    ]);
  });

  it('sends a blank or non-numeric number as NaN, for the server to refuse on that field', () => {
    const input = inputOf({ ...formOf(null, TODAY), direction: 'range', min: '', max: 'ten' }, 'g-1');
    expect(input.target).toEqual({ direction: 'range', min: Number.NaN, max: Number.NaN });
    expect(input.baseline.value).toBeNaN();
  });

  it('sends no bands when the KPI uses the defaults, whatever the band fields hold', () => {
    expect(inputOf({ ...formOf(null, TODAY), onTrack: '50' }, 'g-1').bands).toBeNull();
  });

  it('sends only the queries of the chosen source', () => {
    const f = { ...formOf(null, TODAY), jql: 'project = CRM', numerator: 'a', denominator: 'b' };
    expect(inputOf({ ...f, source: 'manual' }, 'g-1').source).toEqual({ kind: 'manual' });
    expect(inputOf({ ...f, source: 'jql-count' }, 'g-1').source).toEqual({ kind: 'jql-count', jql: 'project = CRM' });
    expect(inputOf({ ...f, source: 'jql-ratio' }, 'g-1').source).toEqual({ kind: 'jql-ratio', numerator: 'a', denominator: 'b' });
  });
});

describe('the numbers the form refuses before sending', () => {
  const filled: KpiForm = { ...formOf(null, TODAY), baseline: '1', target: '2', min: '1', max: '2' };

  it('finds nothing wrong when every number it needs is a number', () => {
    expect(localProblems(filled)).toEqual({});
  });

  it.each([
    ['a blank baseline', { baseline: '' }, { 'baseline.value': 'Enter a number' }],
    ['a baseline in words', { baseline: 'ten' }, { 'baseline.value': 'Enter a number' }],
    ['a blank target', { target: '  ' }, { 'target.value': 'Enter a number' }],
    ['an infinite target', { target: 'Infinity' }, { 'target.value': 'Enter a number' }],
    ['a range without bounds', { direction: 'range', min: '', max: 'x' }, { 'target.min': 'Enter a number', 'target.max': 'Enter a number' }],
    ['custom bands left blank', { customBands: true, onTrack: '', atRisk: 'most' }, { 'bands.onTrack': 'Enter a number', 'bands.atRisk': 'Enter a number' }],
  ] as const)('says what is wrong with %s', (_case, over, expected) => {
    expect(localProblems({ ...filled, ...over })).toEqual(expected);
  });

  it('ignores the fields the chosen direction and bands do not use', () => {
    expect(localProblems({ ...filled, direction: 'increase', min: '', max: '' })).toEqual({});
    expect(localProblems({ ...filled, direction: 'range', target: '' })).toEqual({});
    expect(localProblems({ ...filled, customBands: false, onTrack: '' })).toEqual({});
  });
});

describe('a value as people type it', () => {
  it.each([
    ['95', '%', 95],
    ['95%', '%', 95],
    [' 95 % ', '%', 95],
    ['99.93', '%', 99.93],
    ['1,250', '$', 1250],
    ['$ 1,250.5', '$', 1250.5],
    ['-3', 'pts', -3],
    ['12 pts', 'pts', 12],
    ['45500000', '', 45_500_000],
    ['94,5 %', '%', 94.5],
    ['1,25', '', 1.25],
    ['-0,5', 'pts', -0.5],
  ])('reads %j in %j as %d', (text, unit, value) => {
    expect(valueOf(text, unit)).toBe(value);
  });

  it.each([
    ['', '%'],
    ['95 $', '%'],
    ['1,2,5', ''],
    ['12,5.1', '%'],
    ['ninety', ''],
    ['%', '%'],
  ])('refuses %j in %j', (text, unit) => {
    expect(valueOf(text, unit)).toBeNaN();
  });
});

describe('a value that looks like a slip', () => {
  const share = { unit: '%', baseline: { value: 40, date: '2026-01-01' }, target: { direction: 'increase' as const, value: 100 } };
  const money = { unit: '$M', baseline: { value: 30, date: '2026-01-01' }, target: { direction: 'increase' as const, value: 48 } };

  it.each([
    [share, 940, 86, '940% is outside 0–100%, where this KPI’s baseline, target and latest value lie.'],
    [share, -5, 86, '-5% is outside 0–100%, where this KPI’s baseline, target and latest value lie.'],
    [share, 0.9, 86, '0.9% is far below what this KPI has seen: did you mean 90%?'],
    [money, 480, 45.6, '$480M is ten times or more the largest of this KPI’s baseline, target and latest value ($48M).'],
  ])('asks before saving %#: %d', (kpi, value, latest, words) => {
    expect(implausible(value, kpi, latest)).toBe(words);
  });

  it.each([
    [share, 94.5, 86],
    [share, 100, null],
    [share, 0, 86],
    [money, 45.9, 45.6],
    [money, 300, 45.6],
    // A share whose own target is past 100% (a KPI of growth in %) takes values past it.
    [{ ...share, target: { direction: 'increase' as const, value: 150 } }, 140, 120],
  ])('saves at once %#: %d', (kpi, value, latest) => {
    expect(implausible(value, kpi, latest)).toBeNull();
  });
});

describe('a target date after the goal ends', () => {
  it('is pointed out, without stopping the save', () => {
    expect(targetDateWarning('2027-04-08', '2026-12-31')).toBe(
      'The goal ends on 31 Dec 2026, before this target date: while the goal runs, the KPI is judged on a pace toward a later date.',
    );
    expect(targetDateWarning('2026-12-31', '2026-12-31')).toBeNull();
    expect(targetDateWarning('2027-04-08', null)).toBeNull();
    expect(targetDateWarning('', '2026-12-31')).toBeNull();
  });
});
