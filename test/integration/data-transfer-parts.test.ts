// An import file of many parts through the real admin-page resolver: the check reads a few parts per invocation and
// keeps its progress, so a file is checked whole over several invocations (references across parts, a bad record in
// the last part, a check cut by a storage fault) and applied only as it was checked (a part changed is refused).
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { exportFileText, type ExportRecord } from '../../src/shared/model/data-transfer';
import { dataTransfer } from '../support/data-transfer';
import { demoForge, type DemoForge } from '../support/local-forge';

let t: DemoForge;
const { call, exportAll, upload, checkAll, checked, applyAll, importText } = dataTransfer(() => t);

/** The demo with this many audit events more, of 10 KB each: a file of some 2.8 MB, which the check reads in several invocations. */
const PADDING = 250;

const padAudit = (): void => {
  const s = t.forge.kvs.snapshot();
  const audit = s.entities['audit']!;
  const [key, item] = Object.entries(audit)[0]!;
  const value = item.value as { event: object };
  for (let i = 0; i < PADDING; i++) {
    audit[`${key}-pad-${String(i).padStart(5, '0')}`] = { ...item, value: { ...value, event: { ...value.event, after: { note: 'x'.repeat(10_000) } } } };
  }
  t.forge.kvs.load(s);
};

const reset = (): void => {
  t.forge.kvs.clear();
  for (const issue of t.forge.jira.state.issues) delete issue.properties[EPIC_TAG_PROPERTY];
};

const recordsOf = (text: string): ExportRecord[] => (JSON.parse(text) as { records: ExportRecord[] }).records;
const stagedKeys = () => Object.keys(t.forge.kvs.snapshot().keys).filter((k) => k.startsWith('import:'));

let big: string;
beforeEach(async () => {
  t = await demoForge();
  padAudit();
  big = (await exportAll()).text;
});

describe('a file of many parts', () => {
  it('is checked over several invocations, then applied: the round trip stays byte-identical', async () => {
    reset();
    const chunks = await upload(big, 'parts-one');
    const out = await checkAll('parts-one', chunks, false);
    expect(out.steps.length).toBeGreaterThan(1);
    expect(out.steps[0]).toMatchObject({ summary: null, chunks });
    expect(out.steps[0]!.checked).toBeLessThan(chunks);
    expect(out.summary).toMatchObject({ records: recordsOf(big).length, replacing: false });
    expect((await applyAll('parts-one')).phase).toBe('done');
    expect((await exportAll()).text).toBe(big);
    expect(stagedKeys()).toEqual([]);
  });

  it('accepts references between its first and its last part, both ways', async () => {
    const records = recordsOf(big);
    // A goal moved to the end is named by the catalog and KPIs in the first part; a check-in moved after it names a
    // goal of the first part.
    const goal = records.find((r) => r.store === 'goal' && records.some((k) => k.store === 'kpi' && (k.value as { goalId: string }).goalId === r.key))!;
    const checkIn = records.find((r) => r.store === 'check-in')!;
    const moved = [...records.filter((r) => r !== goal && r !== checkIn), goal, checkIn];
    reset();
    const { summary, done } = await importText(exportFileText(moved), 'parts-refs');
    expect(summary.records).toBe(records.length);
    expect(done.phase).toBe('done');
    const stored = recordsOf((await exportAll()).text);
    expect(stored).toContainEqual(goal);
    expect(stored).toContainEqual(checkIn);
  });
});

describe('a bad record in the last part', () => {
  const refusedAtTheEnd = async (records: ExportRecord[], importId: string) => {
    const before = t.forge.kvs.snapshot();
    const chunks = await upload(exportFileText(records), importId);
    const out = await checkAll(importId, chunks, true);
    // The parts before it were checked and found right, in invocations of their own: nothing was written then either.
    expect(out.steps.length).toBeGreaterThan(0);
    expect(out.error).toMatchObject({ code: 'VALIDATION' });
    expect(t.forge.kvs.snapshot().entities).toEqual(before.entities);
    expect(stagedKeys()).toEqual([]);
    expect(await call('exec', 'data/import-apply', { importId, cursor: null })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    return out.error!;
  };

  it('refuses the import by its path, before anything is written', async () => {
    const records = recordsOf(big);
    const last = records[records.length - 1]!;
    const broken = [...records.slice(0, -1), { ...last, value: { ...(last.value as object), at: 7 } }];
    const error = await refusedAtTheEnd(broken, 'parts-bad-last');
    expect(JSON.stringify(error.details)).toContain(`records.${records.length - 1}.value.at`);
  });

  it('refuses a reference from the last part to a goal the file lacks', async () => {
    const records = recordsOf(big);
    const checkIn = records.find((r) => r.store === 'check-in')!;
    const value = checkIn.value as { record: object };
    const orphan = { ...checkIn, key: 'ci-orphan', value: { ...value, goalId: 'g-nowhere', record: { ...value.record, id: 'ci-orphan' } } };
    const error = await refusedAtTheEnd([...records, orphan], 'parts-bad-ref');
    expect(JSON.stringify(error.details)).toMatch(/g-nowhere/);
  });

  it('refuses a record twice, once in the first part and once in the last', async () => {
    const records = recordsOf(big);
    const goal = records.find((r) => r.store === 'goal')!;
    const error = await refusedAtTheEnd([...records, goal], 'parts-twice');
    expect(JSON.stringify(error.details)).toMatch(/appears twice/);
  });
});

describe('a check cut between its invocations', () => {
  it('goes on where it stopped when asked again, counting every record once', async () => {
    reset();
    const chunks = await upload(big, 'parts-cut');
    const first = await call('exec', 'data/import-check', { importId: 'parts-cut', chunks, replace: false });
    expect(first).toMatchObject({ ok: true, data: { summary: null } });
    // Once the check has begun, the file takes no more parts.
    const late = await call('exec', 'data/import-stage', { importId: 'parts-cut', from: chunks - 1, chunks: ['{}'] });
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    // Storage fails in the middle of the next invocation (after it read the check's progress and some parts).
    t.forge.kvs.setFaults({ errorAt: 3, errorStatus: 503 });
    const cut = await call('exec', 'data/import-check', { importId: 'parts-cut', chunks, replace: false });
    t.forge.kvs.setFaults({});
    expect(cut).toMatchObject({ ok: false, error: { code: 'UPSTREAM' } });
    const rest = await checkAll('parts-cut', chunks, false);
    expect(rest.steps[0]!.checked).toBeGreaterThan((first.data as { checked: number }).checked);
    expect(rest.summary).toMatchObject({ records: recordsOf(big).length });
    await applyAll('parts-cut');
    expect((await exportAll()).text).toBe(big);
  });
});

describe('a file changed between check and apply', () => {
  it('is refused before anything is deleted or written', async () => {
    const chunks = await upload(big, 'parts-changed');
    await checked('parts-changed', chunks, true);
    // A part re-staged behind the check's back (the stage call refuses it once the check has begun).
    const s = t.forge.kvs.snapshot();
    const part = s.keys['import:parts-changed:1']!;
    part.value = { text: (part.value as { text: string }).text.replace('"', "'") };
    t.forge.kvs.load(s);
    const before = t.forge.kvs.snapshot().entities;
    const out = await call('exec', 'data/import-apply', { importId: 'parts-changed', cursor: null });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/changed since it was checked/) } });
    expect(t.forge.kvs.snapshot().entities).toEqual(before);
    expect((await exportAll()).text).toBe(big);
  });
});

describe('an upload left half way', () => {
  it('expires from storage three days after its last write, and an apply after that changes nothing', async () => {
    const chunks = await upload(big, 'parts-left');
    const first = await call('exec', 'data/import-check', { importId: 'parts-left', chunks, replace: true });
    expect(first).toMatchObject({ ok: true, data: { summary: null } });
    const s = t.forge.kvs.snapshot();
    const staged = Object.entries(s.keys).filter(([k]) => k.startsWith('import:'));
    expect(staged.length).toBeGreaterThan(chunks);
    const THREE_DAYS = 3 * 24 * 3600 * 1000;
    for (const [key, item] of staged) {
      expect({ key, expires: typeof item.expireAt === 'number' }).toEqual({ key, expires: true });
      expect({ key, afterWrite: item.expireAt! - item.updatedAt }).toEqual({ key, afterWrite: THREE_DAYS });
    }
    // Three days on, the platform has removed what expired; the admin comes back and applies.
    await checked('parts-left', chunks, true);
    const later = t.forge.kvs.snapshot();
    const parts = Object.keys(later.keys).filter((k) => /^import:parts-left:\d+$/.test(k));
    for (const k of parts) delete later.keys[k];
    t.forge.kvs.load(later);
    const before = t.forge.kvs.snapshot().entities;
    const out = await call('exec', 'data/import-apply', { importId: 'parts-left', cursor: null });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringMatching(/more than three days old.*upload it again/) } });
    expect(t.forge.kvs.snapshot().entities).toEqual(before);
    expect((await exportAll()).text).toBe(big);
  });
});
