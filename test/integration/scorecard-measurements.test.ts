// Recording, correcting and deleting measurements through the real resolver: one value per KPI and day, every
// change audited, repeated saves idempotent, stale corrections refused.
import type { Measurement } from '../../src/shared/model/kpi';
import { LEAD_KPI, scorecardFixture, type Fixture } from './scorecard-fixture';

let f: Fixture;
beforeEach(async () => {
  f = await scorecardFixture();
});

const DAY = '2026-11-25'; // between two of the demo's weekly measurements
const record = (value: number, note = '', date = DAY) => f.call('lead', 'scorecards/measurement-record', { kpiId: LEAD_KPI, input: { date, value, note } });

describe('recording a measurement', () => {
  it('stores it once, audited, however often the same save arrives', async () => {
    const before = (await f.stored(LEAD_KPI)).length;
    const first = await record(91, 'weekly count');
    expect(first).toMatchObject({ ok: true, data: { outcome: 'created', measurement: { id: `m-${LEAD_KPI}-${DAY}`, value: 91, note: 'weekly count' } } });
    for (let i = 0; i < 3; i++) expect(await record(91, 'weekly count')).toMatchObject({ ok: true, data: { outcome: 'unchanged' } });
    expect((await f.stored(LEAD_KPI)).length).toBe(before + 1);
    expect((await f.history(`m-${LEAD_KPI}-${DAY}`)).map((e) => e.action)).toEqual(['create']);
  });

  it('replaces the value of a day recorded again, keeping the old one in the audit', async () => {
    await record(91);
    expect(await record(93)).toMatchObject({ ok: true, data: { outcome: 'replaced', measurement: { value: 93 } } });
    const stored = (await f.stored(LEAD_KPI)).filter((m) => m.date === DAY);
    expect(stored.map((m) => m.value)).toEqual([93]);
    const [update] = await f.history(stored[0]!.id);
    expect(update).toMatchObject({ action: 'update', before: { value: 91 }, after: { value: 93 } });
  });

  it('lists a KPI’s measurements newest first to anyone who can see the scorecards', async () => {
    const out = await f.call('outsider', 'scorecards/measurements', { kpiId: LEAD_KPI });
    const list = out.data as Measurement[];
    expect(list.length).toBe(53);
    // The newest is eight days old: the demo leaves this week's value due from the lead.
    expect(list[0]!.date).toBe('2026-11-20');
    expect(await f.call('outsider', 'scorecards/measurements', { kpiId: 'k-nope' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('refuses values typed by hand on the KPI measured from JQL', async () => {
    const out = await f.call('exec', 'scorecards/measurement-record', { kpiId: 'k-open-bugs', input: { date: DAY, value: 3, note: '' } });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});

describe('correcting and deleting a measurement', () => {
  const stored = async () => (await f.stored(LEAD_KPI)).find((m) => m.date === DAY)!;

  it('corrects the recording it saw, and refuses a stale one with CONFLICT', async () => {
    await record(91);
    const seen = await stored();
    const corrected = await f.call('lead', 'scorecards/measurement-correct', {
      kpiId: LEAD_KPI,
      id: seen.id,
      expectedRecordedAt: seen.recordedAt,
      value: 92,
      note: 'recounted',
    });
    expect(corrected).toMatchObject({ ok: true, data: { value: 92, note: 'recounted' } });
    const stale = await f.call('lead', 'scorecards/measurement-correct', {
      kpiId: LEAD_KPI,
      id: seen.id,
      expectedRecordedAt: seen.recordedAt,
      value: 10,
      note: '',
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CONFLICT', details: { current: { value: 92 } } } });
    expect((await stored()).value).toBe(92);
  });

  it('deletes the recording it saw, audited, and then it is gone', async () => {
    await record(91);
    const seen = await stored();
    expect(await f.call('lead', 'scorecards/measurement-delete', { kpiId: LEAD_KPI, id: seen.id, expectedRecordedAt: seen.recordedAt })).toMatchObject({
      ok: true,
      data: { id: seen.id },
    });
    expect(await stored()).toBeUndefined();
    expect((await f.history(seen.id)).map((e) => e.action)).toEqual(['delete', 'create']);
    expect(await f.call('lead', 'scorecards/measurement-delete', { kpiId: LEAD_KPI, id: seen.id, expectedRecordedAt: seen.recordedAt })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses to touch a measurement through another KPI', async () => {
    await record(91);
    const seen = await stored();
    const out = await f.call('exec', 'scorecards/measurement-delete', { kpiId: 'k-arr', id: seen.id, expectedRecordedAt: seen.recordedAt });
    expect(out).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await stored()).toEqual(seen);
  });
});
