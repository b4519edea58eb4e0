// Decisions on KPIs and measurements: versions, the goal a KPI sits on, one value per day, dates and conflicts.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import { aKpi, aMeasurement, inputOfKpi } from '../../../test/builders/kpis';
import { APP_ACTOR } from '../../shared/model/kpi';
import { decideKpi } from './decide-kpi';
import { decideCorrection, decideDeletion, decideRecord, measurementId } from './decide-measurement';

const goals = new Map([
  ['g-1', summaryOf(aGoal({ id: 'g-1' }))],
  ['g-old', summaryOf(aGoal({ id: 'g-old', status: 'archived' }))],
]);
const goalOf = (id: string) => goals.get(id);
const kpi = aKpi();
const stamp = { today: '2026-07-02', by: 'acc-leader', at: '2026-07-02T10:00:00.000Z' };

describe('deciding on a KPI', () => {
  it.each([
    ['create on an active goal', undefined, { kind: 'create', id: 'k-new', input: inputOfKpi(kpi) }, 'ok'],
    ['create on an unknown goal', undefined, { kind: 'create', id: 'k-new', input: inputOfKpi(kpi, { goalId: 'g-nope' }) }, 'VALIDATION'],
    ['create on an archived goal', undefined, { kind: 'create', id: 'k-new', input: inputOfKpi(kpi, { goalId: 'g-old' }) }, 'VALIDATION'],
    ['create over an existing id', kpi, { kind: 'create', id: 'k-1', input: inputOfKpi(kpi) }, 'CONFLICT'],
    ['edit at the current version', kpi, { kind: 'update', expectedVersion: 1, input: inputOfKpi(kpi, { name: 'ARR' }) }, 'ok'],
    ['edit at a stale version', aKpi({ version: 3 }), { kind: 'update', expectedVersion: 2, input: inputOfKpi(kpi) }, 'CONFLICT'],
    ['edit a KPI that is gone', undefined, { kind: 'update', expectedVersion: 1, input: inputOfKpi(kpi) }, 'NOT_FOUND'],
    ['move to an archived goal', kpi, { kind: 'update', expectedVersion: 1, input: inputOfKpi(kpi, { goalId: 'g-old' }) }, 'VALIDATION'],
    ['delete at the current version', kpi, { kind: 'delete', expectedVersion: 1 }, 'ok'],
    ['delete at a stale version', kpi, { kind: 'delete', expectedVersion: 0 }, 'CONFLICT'],
  ] as const)('%s → %s', (_name, current, cmd, expected) => {
    const out = decideKpi(current, cmd, goalOf);
    expect(out.ok ? 'ok' : out.failure.code).toBe(expected);
  });

  it('starts at version 1 and bumps it on every edit', () => {
    const created = decideKpi(undefined, { kind: 'create', id: 'k-new', input: inputOfKpi(kpi) }, goalOf);
    expect(created.ok && created.value).toMatchObject({ id: 'k-new', version: 1 });
    const edited = decideKpi(kpi, { kind: 'update', expectedVersion: 1, input: inputOfKpi(kpi, { name: 'ARR' }) }, goalOf);
    expect(edited.ok && edited.value).toMatchObject({ id: 'k-1', name: 'ARR', version: 2 });
  });

  it('hands back the stored KPI with a conflict', () => {
    const out = decideKpi(aKpi({ version: 3 }), { kind: 'delete', expectedVersion: 1 }, goalOf);
    expect(!out.ok && out.failure.details).toEqual({ current: aKpi({ version: 3 }) });
  });
});

describe('recording a measurement', () => {
  const input = { date: '2026-07-01', value: 150, note: '' };

  it('creates the value of the day under a key made of the KPI and the day', () => {
    const out = decideRecord(kpi, undefined, input, stamp);
    expect(out).toEqual({
      ok: true,
      value: {
        outcome: 'created',
        measurement: { id: 'm-k-1-2026-07-01', kpiId: 'k-1', date: '2026-07-01', value: 150, note: '', by: 'acc-leader', recordedAt: stamp.at },
      },
    });
    expect(measurementId('k-1', '2026-07-01')).toBe('m-k-1-2026-07-01');
  });

  it('changes nothing when the same value is recorded again', () => {
    const existing = aMeasurement('2026-07-01', 150);
    expect(decideRecord(kpi, existing, input, stamp)).toEqual({ ok: true, value: { outcome: 'unchanged', measurement: existing } });
  });

  it('replaces the value of the day when another value is recorded', () => {
    const out = decideRecord(kpi, aMeasurement('2026-07-01', 140), input, stamp);
    expect(out.ok && out.value).toMatchObject({ outcome: 'replaced', measurement: { value: 150, recordedAt: stamp.at } });
  });

  it.each([
    ['a day in the future', { ...input, date: '2026-07-04' }, 'VALIDATION'],
    ['tomorrow (time zones ahead of UTC)', { ...input, date: '2026-07-03' }, 'ok'],
    ['a day before the baseline', { ...input, date: '2025-12-31' }, 'VALIDATION'],
    ['the baseline day', { ...input, date: '2026-01-01' }, 'ok'],
  ])('on %s → %s', (_name, i, expected) => {
    const out = decideRecord(kpi, undefined, i, stamp);
    expect(out.ok ? 'ok' : out.failure.code).toBe(expected);
  });

  it('refuses values typed by hand on a KPI measured from JQL, but takes the app’s', () => {
    const auto = aKpi({ source: { kind: 'jql-count', jql: 'project = INS' } });
    expect(decideRecord(auto, undefined, input, stamp)).toMatchObject({ ok: false, failure: { code: 'VALIDATION' } });
    expect(decideRecord(auto, undefined, input, { ...stamp, by: APP_ACTOR })).toMatchObject({ ok: true });
  });
});

describe('correcting and deleting a measurement', () => {
  const existing = aMeasurement('2026-07-01', 140, { recordedAt: '2026-07-01T09:00:00.000Z' });

  it.each([
    ['the recording that was seen', existing, existing.recordedAt, 'ok'],
    ['a recording changed since', existing, '2026-06-01T00:00:00.000Z', 'CONFLICT'],
    ['a measurement that is gone', undefined, existing.recordedAt, 'NOT_FOUND'],
  ])('corrects %s → %s', (_name, m, seen, expected) => {
    const out = decideCorrection(m, seen, { value: 150, note: 'recount' }, stamp);
    expect(out.ok ? 'ok' : out.failure.code).toBe(expected);
    const del = decideDeletion(m, seen);
    expect(del.ok ? 'ok' : del.failure.code).toBe(expected);
  });

  it('stamps a correction with who and when, and leaves an identical one alone', () => {
    const out = decideCorrection(existing, existing.recordedAt, { value: 150, note: 'recount' }, stamp);
    expect(out.ok && out.value).toMatchObject({ outcome: 'replaced', measurement: { value: 150, note: 'recount', by: 'acc-leader', recordedAt: stamp.at } });
    expect(decideCorrection(existing, existing.recordedAt, { value: 140, note: '' }, stamp)).toMatchObject({ ok: true, value: { outcome: 'unchanged' } });
  });
});
