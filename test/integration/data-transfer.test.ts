// Export and import of all app data through the real admin-page resolver on the demo: Jira admins only; a round trip
// (export, reset, import, export) is byte-identical and writes the epic tags back to Jira; a bad file, or data already
// there without a confirmation, is refused with a code and nothing is written.
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { exportFileText, type ExportRecord } from '../../src/shared/model/data-transfer';
import { dataTransfer } from '../support/data-transfer';
import { demoForge, isEpic, type DemoForge, type PersonaId } from '../support/local-forge';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const { call, exportAll, upload, checkAll, applyAll, importText } = dataTransfer(() => t);

const epicTags = () =>
  Object.fromEntries(
    t.forge.jira.state.issues.filter((i) => isEpic(i) && i.properties[EPIC_TAG_PROPERTY] !== undefined).map((i) => [i.id, i.properties[EPIC_TAG_PROPERTY]]),
  );

describe('exporting all app data', () => {
  it('gives one versioned file with every store, the same twice', async () => {
    const first = await exportAll();
    const file = JSON.parse(first.text) as { format: string; version: number; records: ExportRecord[] };
    expect(file).toMatchObject({ format: 'throughline-export', version: 1 });
    const stores = new Set(file.records.map((r) => r.store));
    for (const s of [
      'settings',
      'catalog',
      'goal',
      'project-alignment',
      'epic-tag',
      'kpi',
      'measurement',
      'check-in',
      'agreement',
      'input',
      'proposal',
      'period-calendar',
      'audit',
    ]) {
      expect(stores).toContain(s);
    }
    expect(first.pages).toBeGreaterThan(1);
    expect((await exportAll()).text).toBe(first.text);
  });

  it.each<PersonaId>(['lead', 'member', 'outsider'])('refuses %s with FORBIDDEN', async (persona) => {
    expect(await call(persona, 'data/export-page', { cursor: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});

describe('a round trip: export, reset, import, export', () => {
  it('is byte-identical, and the epic tags are back in Jira', async () => {
    const before = await exportAll();
    const tags = epicTags();
    expect(Object.keys(tags).length).toBeGreaterThan(20);
    t.forge.kvs.clear();
    for (const issue of t.forge.jira.state.issues) delete issue.properties[EPIC_TAG_PROPERTY];

    const { summary, done } = await importText(before.text, 'round-trip-1');
    expect(summary).toMatchObject({ replacing: false });
    expect(done).toMatchObject({ phase: 'done', written: summary.records, next: null });
    expect(done.tags.asYou + done.tags.asApp).toBe(Object.keys(tags).length);
    expect((await exportAll()).text).toBe(before.text);
    expect(epicTags()).toEqual(tags);
  });

  it('writes a tag as the app where Jira refuses the admin', async () => {
    const before = await exportAll();
    const atlasEpic = t.issue((i) => isEpic(i) && i.key.startsWith('ATLAS') && i.properties[EPIC_TAG_PROPERTY] !== undefined);
    t.forge.kvs.clear();
    delete atlasEpic.properties[EPIC_TAG_PROPERTY];
    // The exec administers Jira but is not on the deal team: Jira answers the admin's write to ATLAS as not found.
    const { done } = await importText(before.text, 'round-trip-app');
    expect(atlasEpic.properties[EPIC_TAG_PROPERTY]).toBeDefined();
    expect(done.tags.asApp).toBeGreaterThan(0);
  });
});

describe('importing over data already there', () => {
  it('is refused with CONFLICT without a confirmation, and nothing changes', async () => {
    const before = await exportAll();
    const chunks = await upload(before.text, 'over-data-1');
    const out = await checkAll('over-data-1', chunks, false);
    expect(out.error).toMatchObject({ code: 'CONFLICT' });
    expect(await call('exec', 'data/import-apply', { importId: 'over-data-1', cursor: null })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect((await exportAll()).text).toBe(before.text);
  });

  it('replaces the data after a confirmation: what the file lacks is gone, its tag too', async () => {
    const before = await exportAll();
    const file = JSON.parse(before.text) as { records: ExportRecord[] };
    const dropped = file.records.find((r) => r.store === 'epic-tag')!;
    const smaller = exportFileText(file.records.filter((r) => r !== dropped));
    const { summary, done } = await importText(smaller, 'replace-1', true);
    expect(summary.replacing).toBe(true);
    expect(done.tags.removed).toBe(1);
    expect((await exportAll()).text).toBe(smaller);
    expect(t.forge.jira.state.issues.find((i) => i.id === dropped.key)!.properties[EPIC_TAG_PROPERTY]).toBeUndefined();
  });
});

describe('a bad file', () => {
  const refusedAndUnchanged = async (text: string, importId: string) => {
    const before = t.forge.kvs.snapshot();
    const chunks = await upload(text, importId);
    const out = await checkAll(importId, chunks, true);
    expect(out.error).toMatchObject({ code: 'VALIDATION' });
    const after = t.forge.kvs.snapshot();
    expect(after.entities).toEqual(before.entities);
    return out.error!;
  };

  it('is refused when it is not JSON', async () => {
    await refusedAndUnchanged('{"format":"throughline-export", oops', 'bad-json-1');
  });

  it('is refused when its version is another', async () => {
    const error = await refusedAndUnchanged('{"format":"throughline-export","version":2,"records":[]}\n', 'bad-version');
    expect(error.message).toMatch(/version 2/);
  });

  it('is refused when a KPI names a goal the file lacks, by the record’s path', async () => {
    const file = JSON.parse((await exportAll()).text) as { records: ExportRecord[] };
    const records = file.records.filter((r) => !(r.store === 'goal' && r.key === 'g-release-train'));
    const error = await refusedAndUnchanged(exportFileText(records), 'bad-refs-1');
    expect(JSON.stringify(error.details)).toMatch(/g-release-train/);
  });

  it('is refused when a value breaks its schema or sits under another key', async () => {
    const file = JSON.parse((await exportAll()).text) as { records: ExportRecord[] };
    const kpi = file.records.find((r) => r.store === 'kpi')!;
    const broken = file.records.map((r) => (r === kpi ? { ...r, value: { ...(r.value as object), version: 'one' } } : r));
    await refusedAndUnchanged(exportFileText(broken), 'bad-schema');
    const moved = file.records.map((r) => (r === kpi ? { ...r, key: 'k-elsewhere' } : r));
    await refusedAndUnchanged(exportFileText(moved), 'bad-key-1');
  });

  it.each([
    ['goal-health', 'board', { kpis: {} }],
    ['agreement-board', 'support', { revision: 1, items: {} }],
    ['agreement-board', 'commitments', { revision: 1, items: [] }],
  ])('is refused when %s/%s holds the shape of another of its keys, which every read of it would fail on', async (store, key, value) => {
    const file = JSON.parse((await exportAll()).text) as { records: ExportRecord[] };
    const others = file.records.filter((r) => !(r.store === store && r.key === key));
    const error = await refusedAndUnchanged(exportFileText([...others, { store, key, value }]), `wrong-shape-${key}`);
    expect(JSON.stringify(error.details)).toMatch(/records\.\d+\.value/);
  });

  describe('a catalog whose shards do not hold together, which every screen would then fail to read', () => {
    type Shard = { revision: number; goals: { id: string }[]; people?: object; shards?: number };
    /** The demo's one catalog item cut into two shards, as a catalog of hundreds of goals is stored. */
    const twoShards = async (): Promise<{ records: ExportRecord[]; head: Shard; second: Shard }> => {
      const file = JSON.parse((await exportAll()).text) as { records: ExportRecord[] };
      const one = file.records.find((r) => r.store === 'catalog')!.value as Shard;
      const half = Math.floor(one.goals.length / 2);
      const head = { ...one, goals: one.goals.slice(0, half), shards: 2 };
      const second = { revision: one.revision, goals: one.goals.slice(half) };
      return { records: file.records.filter((r) => r.store !== 'catalog'), head, second };
    };
    const withCatalog = (records: ExportRecord[], shards: [string, object][]): string =>
      exportFileText([...shards.map(([key, value]) => ({ store: 'catalog', key, value })), ...records]);

    it('takes a catalog in two shards whole: every goal reads back', async () => {
      const { records, head, second } = await twoShards();
      await importText(
        withCatalog(records, [
          ['catalog', head],
          ['catalog-1', second],
        ]),
        'two-shards',
        true,
      );
      const listed = await t.as('exec', { moduleKey: 'throughline-strategy', functionKey: 'catalog/list', payload: {} });
      expect(listed).toMatchObject({ ok: true });
      expect((listed as { data: { goals: { id: string }[] } }).data.goals.map((g) => g.id).sort()).toEqual(
        [...head.goals, ...second.goals].map((g) => g.id).sort(),
      );
    });

    it.each([
      [
        'counts a shard the file lacks',
        (h: Shard, s: Shard): [string, object][] => [
          ['catalog', { ...h, shards: 3 }],
          ['catalog-1', s],
        ],
        /names catalog “catalog-2”/,
      ],
      [
        'holds a shard the first does not count',
        (h: Shard, s: Shard): [string, object][] => [
          ['catalog', { ...h, shards: 1 }],
          ['catalog-1', s],
        ],
        /catalog-1 at revision/,
      ],
      [
        'holds a shard of another revision',
        (h: Shard, s: Shard): [string, object][] => [
          ['catalog', h],
          ['catalog-1', { ...s, revision: s.revision + 1 }],
        ],
        /catalog-1 at revision/,
      ],
      [
        'holds a later shard that claims the count',
        (h: Shard, s: Shard): [string, object][] => [
          ['catalog', h],
          ['catalog-1', { ...s, shards: 2 }],
        ],
        /Unrecognized key/,
      ],
    ])('is refused when it %s', async (_, shape, message) => {
      const { records, head, second } = await twoShards();
      const error = await refusedAndUnchanged(withCatalog(records, shape(head, second)), `shards-${message.source.length}`);
      expect(JSON.stringify(error.details)).toMatch(message);
    });
  });

  type Filed = { record: Record<string, unknown> };
  it.each([
    ['agreement', 'ag-query-cache', (v: Filed) => ({ ...v, record: { ...v.record, fromGoalId: 'g-atlas-integration' } }), 'fromGoalId'],
    ['check-in', null, (v: Filed) => ({ ...v, record: { ...v.record, goalId: 'g-atlas-integration' } }), 'goalId'],
    ['epic-tag', null, (v: Filed) => ({ ...v, record: { ...v.record, tag: { ...(v.record.tag as object), goalId: 'g-atlas-integration' } } }), 'goalId'],
    ['kpi', null, (v: Filed) => ({ ...v, record: { ...v.record, goalId: 'g-atlas-integration' } }), 'goalId'],
    ['input', null, (v: Filed) => ({ ...v, record: { ...v.record, goalId: 'g-atlas-integration' } }), 'goalId'],
    ['proposal', null, (v: Filed) => ({ ...v, record: { ...v.record, parentId: 'g-atlas-integration' } }), 'parentId'],
  ])(
    'is refused when a record of the %s store is filed under other fields than its own (readers find it by one and trust the other)',
    async (store, key, tamper, field) => {
      const file = JSON.parse((await exportAll()).text) as { records: ExportRecord[] };
      const target = file.records.find((r) => r.store === store && (key === null || r.key === key));
      expect(target).toBeDefined();
      const index = file.records.indexOf(target!);
      const tampered = file.records.map((r) => (r === target ? { ...r, value: tamper(r.value as Filed) } : r));
      const error = await refusedAndUnchanged(exportFileText(tampered), `filed-${store}`);
      expect(error.details).toEqual([
        { path: `records.${index}.value.${field}`, message: expect.stringMatching(/is filed under .+ while its record says "g-atlas-integration"$/) },
      ]);
    },
  );

  it('is refused when an audit event is filed under another entity than its own, whose history would then show it', async () => {
    const file = JSON.parse((await exportAll()).text) as { records: ExportRecord[] };
    type Audit = { entityId: string; event: { entityId: string } };
    const target = file.records.find((r) => r.store === 'audit' && (r.value as Audit).entityId.startsWith('ag-'))!;
    const index = file.records.indexOf(target);
    const moved = file.records.map((r) => (r === target ? { ...r, value: { ...(r.value as Audit), entityId: 'g-cloud-cost' } } : r));
    const error = await refusedAndUnchanged(exportFileText(moved), 'filed-audit');
    expect(error.details).toEqual([
      { path: `records.${index}.value.entityId`, message: expect.stringMatching(/is filed under entityId "g-cloud-cost" while its record says "ag-/) },
    ]);
  });

  it.each([
    ['0, which its store takes for none yet (every later write a conflict)', 0, 'a revision or version starts at 1'],
    ['at storage’s limit (the next write fails)', 2 ** 31 - 1, 'a revision or version this large leaves no room for the writes to come'],
  ])('is refused when the catalog’s revision is %s', async (_, revision, words) => {
    const file = JSON.parse((await exportAll()).text) as { records: ExportRecord[] };
    const bad = file.records.map((r) => (r.store === 'catalog' ? { ...r, value: { ...(r.value as object), revision } } : r));
    const error = await refusedAndUnchanged(exportFileText(bad), `revision-${revision}`);
    expect(JSON.stringify(error.details)).toContain(words);
  });

  it('is refused when a goal’s health in the board contradicts itself (counts that do not add up, a state they do not give)', async () => {
    const file = JSON.parse((await exportAll()).text) as { records: ExportRecord[] };
    type Board = { revision: number; goals: Record<string, { kpis: number; onTrack: number; state: string }> };
    const board = file.records.find((r) => r.store === 'goal-health' && r.key === 'board')!;
    const [goalId, health] = Object.entries((board.value as Board).goals).find(([, h]) => h.kpis > 0)!;
    for (const [name, lie] of [
      ['counts', { ...health, onTrack: health.onTrack + 99 }],
      ['state', { ...health, state: 'no-kpis' }],
    ] as const) {
      const value = { ...(board.value as Board), goals: { ...(board.value as Board).goals, [goalId]: lie } };
      const error = await refusedAndUnchanged(exportFileText(file.records.map((r) => (r === board ? { ...r, value } : r))), `health-${name}`);
      expect(JSON.stringify(error.details)).toContain('its counts do not add up to its KPIs, or its state is not the one they give');
    }
  });

  it('is refused when the catalog says otherwise than a goal’s record: a restricted goal listed as open', async () => {
    const file = JSON.parse((await exportAll()).text) as { records: ExportRecord[] };
    const index = file.records.findIndex((r) => r.store === 'goal' && r.key === 'g-atlas-integration');
    const opened = file.records.map((r) =>
      r.store === 'catalog'
        ? {
            ...r,
            value: {
              ...(r.value as { goals: { id: string }[] }),
              goals: (r.value as { goals: { id: string }[] }).goals.map((g) => (g.id === 'g-atlas-integration' ? { ...g, restricted: false } : g)),
            },
          }
        : r,
    );
    const error = await refusedAndUnchanged(exportFileText(opened), 'bad-catalog-1');
    expect(error.details).toEqual([{ path: `records.${index}.value`, message: 'goal “g-atlas-integration” says otherwise than its catalog entry' }]);
  });

  it('is refused when its goals make a graph no save could: a strategy goal under one of its own sub-goals', async () => {
    const file = JSON.parse((await exportAll()).text) as { records: ExportRecord[] };
    const under = (g: { id: string; parentId: string | null }) => (g.id === 'g-grow-arr' ? { ...g, parentId: 'g-dashboards-v3' } : g);
    const cycled = file.records.map((r) => {
      if (r.store === 'catalog')
        return { ...r, value: { ...(r.value as object), goals: (r.value as { goals: { id: string; parentId: string | null }[] }).goals.map(under) } };
      if (r.store === 'goal' && r.key === 'g-grow-arr')
        return { ...r, value: { ...(r.value as object), record: under((r.value as { record: { id: string; parentId: string | null } }).record) } };
      return r;
    });
    const error = await refusedAndUnchanged(exportFileText(cycled), 'bad-graph-1');
    const messages = (error.details as { message: string }[]).map((d) => d.message);
    expect(messages).toContain('goal “g-grow-arr” is a strategy goal with a parent goal');
    expect(messages).toContain('goal “g-grow-arr” (strategy) sits under a project goal');
    expect(messages.some((m) => m.endsWith('is its own ancestor'))).toBe(true);
  });

  /** The export with one record's value changed, and that record's index. */
  const withChanged = async (store: string, change: (value: Record<string, unknown>) => Record<string, unknown>) => {
    const file = JSON.parse((await exportAll()).text) as { records: ExportRecord[] };
    const index = file.records.findIndex((r) => r.store === store);
    const records = file.records.map((r, i) => (i === index ? { ...r, value: change(r.value as Record<string, unknown>) } : r));
    return { text: exportFileText(records), index };
  };
  const nested = (levels: number): unknown => {
    let v: unknown = 'deep';
    for (let i = 0; i < levels; i++) v = [v];
    return v;
  };

  it('is refused, before the data there is replaced, when a value holds a field Throughline does not keep', async () => {
    // A field the schema drops was written as it stood: 40 levels deep, storage refused it after everything had been deleted.
    const { text, index } = await withChanged('kpi', (v) => ({ ...v, record: { ...(v.record as object), note: nested(3) } }));
    const error = await refusedAndUnchanged(text, 'bad-field-1');
    expect(error.details).toContainEqual({ path: `records.${index}.value.record.note`, message: 'a field Throughline does not keep' });
  });

  it('is refused when a value nests deeper than storage keeps, however deep, with VALIDATION and not a crash', async () => {
    for (const [levels, id] of [
      [40, 'bad-depth-1'],
      [10_000, 'bad-depth-2'],
    ] as const) {
      // Written as text: JSON.stringify itself cannot nest 10,000 levels.
      const { text, index } = await withChanged('settings', (v) => ({ ...v, record: { ...(v.record as object), extra: 'NESTED' } }));
      const error = await refusedAndUnchanged(text.replace('"NESTED"', `${'['.repeat(levels)}"deep"${']'.repeat(levels)}`), id);
      expect((error.details as { path: string; message: string }[])[0]).toMatchObject({ message: 'nested deeper than app storage keeps (32 levels)' });
      expect((error.details as { path: string }[])[0]!.path.startsWith(`records.${index}.value.record.extra`)).toBe(true);
    }
  });

  it('is refused when an epic tag carries keys such as __proto__, which would reach Jira’s issue property as they are', async () => {
    const { text, index } = await withChanged(
      'epic-tag',
      (v) => JSON.parse(JSON.stringify(v).replace('"tag":{', '"tag":{"__proto__":{"isAdmin":true},')) as Record<string, unknown>,
    );
    expect(text).toContain('"__proto__":{"isAdmin":true}');
    const error = await refusedAndUnchanged(text, 'bad-proto-1');
    expect(error.details).toContainEqual({ path: `records.${index}.value.record.tag.__proto__`, message: 'a field Throughline does not keep' });
  });

  it('is refused when the catalog names someone by anything but a Jira account id', async () => {
    const { text, index } = await withChanged('catalog', (v) => ({ ...v, people: { ...(v.people as object), 'Eve <admin>': 'Eve' } }));
    const error = await refusedAndUnchanged(text, 'bad-people-1');
    expect(error.details).toContainEqual({ path: `records.${index}.value.people.Eve <admin>`, message: expect.stringContaining('account id') });
  });

  it('is refused when a text holds a lone surrogate, which no write of the app lets in', async () => {
    const file = JSON.parse((await exportAll()).text) as { records: ExportRecord[] };
    const index = file.records.findIndex((r) => r.store === 'measurement');
    const m = file.records[index]!;
    const broken = file.records.map((r) => (r === m ? { ...r, value: { ...(r.value as object), note: 'fixed \uDFFF' } } : r));
    const text = exportFileText(broken);
    expect(text).toContain('\\udfff');
    const error = await refusedAndUnchanged(text, 'bad-text-1');
    expect(error.details).toContainEqual({ path: `records.${index}.value.note`, message: 'contains characters that cannot be encoded' });
  });
});

describe('a checked file', () => {
  it('takes no more parts: what is applied is what was checked', async () => {
    const before = await exportAll();
    const chunks = await upload(before.text, 'checked-1');
    expect((await checkAll('checked-1', chunks, true)).summary).not.toBeNull();
    const late = await call('exec', 'data/import-stage', {
      importId: 'checked-1',
      from: 0,
      chunks: ['{"format":"throughline-export","version":1,"records":[]}'],
    });
    expect(late).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await applyAll('checked-1')).phase).toBe('done');
    expect((await exportAll()).text).toBe(before.text);
  });
});

describe('who may import', () => {
  it.each<PersonaId>(['lead', 'member', 'outsider'])('refuses %s with FORBIDDEN at every step, and nothing is written', async (persona) => {
    const before = t.forge.kvs.snapshot();
    expect(await call(persona, 'data/import-stage', { importId: 'not-yours-1', from: 0, chunks: ['{}'] })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await call(persona, 'data/import-check', { importId: 'not-yours-1', chunks: 1, replace: true })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await call(persona, 'data/import-apply', { importId: 'not-yours-1', cursor: null })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.forge.kvs.snapshot()).toEqual(before);
  });
});
