// Saving goals through the real storage adapter on the KVS emulator: atomic, versioned, audited.
import { freshStorage } from '../support/kvs-only';
import { aGoal, inputOf } from '../builders/goals';
import { saveGoal, type SaveGoalDeps } from '../../src/services/goals/save-goal';
import { forgeCatalogStore } from '../../src/platform/storage/catalog-store';
import type { AppFailure } from '../../src/shared/errors';

let seq = 0;
const deps = (over: Partial<SaveGoalDeps> = {}): SaveGoalDeps => ({
  isEditor: async () => true,
  catalog: forgeCatalogStore,
  externalUsage: async () => ({ projects: [], epics: [] }),
  now: () => new Date('2026-11-28T10:00:00Z'),
  namesOf: async (ids) => Object.fromEntries(ids.map((id) => [id, `Name of ${id}`])),
  newId: (title, taken) => {
    let id = `g-${title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
    while (taken(id)) id += 'x';
    return id;
  },
  auditId: () => `a${++seq}`,
  ...over,
});

const failure = async (p: Promise<unknown>): Promise<AppFailure> => {
  try {
    await p;
  } catch (e) {
    return e as AppFailure;
  }
  throw new Error('expected a failure');
};

const strategyInput = inputOf(aGoal({ title: 'Grow ARR' }));

describe('saving goals', () => {
  beforeEach(() => freshStorage());

  it('refuses a caller who is not a strategy editor before reading or writing anything', async () => {
    const reads = jest.fn(forgeCatalogStore.read);
    const e = await failure(
      saveGoal(deps({ isEditor: async () => false, catalog: { ...forgeCatalogStore, read: reads } }), 'acc-member', { kind: 'create', input: strategyInput }),
    );
    expect([e.code, e.message]).toEqual(['FORBIDDEN', 'Only strategy editors may change goals']);
    expect(reads).not.toHaveBeenCalled();
    expect((await forgeCatalogStore.read()).goals).toEqual([]);
  });

  it('creates a goal, lists it in the catalog and records who did it', async () => {
    const goal = await saveGoal(deps(), 'acc-exec', { kind: 'create', input: strategyInput });
    const catalog = await forgeCatalogStore.read();
    expect(catalog.revision).toBe(1);
    expect(catalog.goals.map((g) => g.title)).toEqual(['Grow ARR']);
    expect(catalog.people).toEqual({ 'acc-leader': 'Name of acc-leader', 'acc-manager': 'Name of acc-manager' });
    expect(await forgeCatalogStore.readGoal(goal.id)).toEqual(goal);
    const history = await forgeCatalogStore.history(goal.id, 10);
    expect(history).toEqual([expect.objectContaining({ action: 'create', by: 'acc-exec', before: null, after: goal })]);
  });

  it('refuses an edit against a stale version with CONFLICT and keeps the first edit', async () => {
    const goal = await saveGoal(deps(), 'acc-exec', { kind: 'create', input: strategyInput });
    await saveGoal(deps(), 'acc-a', { kind: 'update', id: goal.id, expectedVersion: 1, input: { ...strategyInput, title: 'First' } });
    const e = await failure(saveGoal(deps(), 'acc-b', { kind: 'update', id: goal.id, expectedVersion: 1, input: { ...strategyInput, title: 'Second' } }));
    expect(e.code).toBe('CONFLICT');
    expect((await forgeCatalogStore.readGoal(goal.id))?.title).toBe('First');
  });

  it('keeps both of two concurrent edits to different goals', async () => {
    const a = await saveGoal(deps(), 'acc-exec', { kind: 'create', input: strategyInput });
    const b = await saveGoal(deps(), 'acc-exec', { kind: 'create', input: { ...strategyInput, title: 'Delight customers' } });
    await Promise.all([
      saveGoal(deps(), 'acc-a', { kind: 'update', id: a.id, expectedVersion: 1, input: { ...strategyInput, title: 'A edited' } }),
      saveGoal(deps(), 'acc-b', { kind: 'update', id: b.id, expectedVersion: 1, input: { ...strategyInput, title: 'B edited' } }),
    ]);
    const titles = (await forgeCatalogStore.read()).goals.map((g) => g.title).sort();
    expect(titles).toEqual(['A edited', 'B edited']);
  });

  it('refuses to archive a goal with tagged work and changes nothing', async () => {
    const goal = await saveGoal(deps(), 'acc-exec', { kind: 'create', input: strategyInput });
    const before = await forgeCatalogStore.read();
    const e = await failure(
      saveGoal(deps({ externalUsage: async () => ({ projects: [{ projectId: '10100' }], epics: [] }) }), 'acc-exec', {
        kind: 'archive',
        id: goal.id,
        expectedVersion: 1,
      }),
    );
    expect(e.code).toBe('GOAL_IN_USE');
    expect(e.details).toEqual({ children: [], projects: [{ projectId: '10100' }], epics: [] });
    expect(await forgeCatalogStore.read()).toEqual(before);
  });

  it('refuses a goal under its own descendant and stores nothing', async () => {
    const s = await saveGoal(deps(), 'acc-exec', { kind: 'create', input: strategyInput });
    const f = await saveGoal(deps(), 'acc-exec', { kind: 'create', input: { ...strategyInput, title: 'Team', level: 'functional', parentId: s.id } });
    const p = await saveGoal(deps(), 'acc-exec', { kind: 'create', input: { ...strategyInput, title: 'Proc', level: 'functional', parentId: f.id } });
    const before = await forgeCatalogStore.read();
    const e = await failure(
      saveGoal(deps(), 'acc-exec', {
        kind: 'update',
        id: f.id,
        expectedVersion: 1,
        input: { ...strategyInput, title: 'Team', level: 'functional', parentId: p.id },
      }),
    );
    expect(e.code).toBe('VALIDATION');
    expect(await forgeCatalogStore.read()).toEqual(before);
  });
});
