// Goal catalog rules, as tables: placement by level, cycles, archiving in use, versions.
import { aGoal, inputOf, smallCatalog, summaryOf } from '../../../test/builders/goals';
import type { Goal } from '../../shared/model/goal';
import { decideGoal, type GoalUsage } from './decide';
import { buildGraph } from './graph';

const meta = { at: '2026-11-28T10:00:00.000Z', by: 'acc-exec' };
const catalog = smallCatalog();
const graph = buildGraph(catalog.map(summaryOf));
const byId = (id: string): Goal => catalog.find((g) => g.id === id)!;
const noUse: GoalUsage = { children: [], projects: [], epics: [] };

describe('creating a goal', () => {
  it.each([
    ['a strategy goal with no parent', { level: 'strategy', parentId: null }, 'ok'],
    ['a strategy goal with a parent', { level: 'strategy', parentId: 'S' }, 'VALIDATION'],
    ['a functional goal under strategy', { level: 'functional', parentId: 'S' }, 'ok'],
    ['a functional goal under functional', { level: 'functional', parentId: 'F' }, 'ok'],
    ['a project goal under strategy (skipping levels)', { level: 'project', parentId: 'S' }, 'ok'],
    ['a self goal under project', { level: 'self', parentId: 'J' }, 'ok'],
    ['a functional goal under process', { level: 'functional', parentId: 'P' }, 'VALIDATION'],
    ['a process goal under project', { level: 'process', parentId: 'J' }, 'VALIDATION'],
    ['a goal under an unknown parent', { level: 'process', parentId: 'nope' }, 'VALIDATION'],
    ['a goal under an archived parent', { level: 'process', parentId: 'X' }, 'VALIDATION'],
    ['an active process goal with no parent', { level: 'process', parentId: null, status: 'active' }, 'VALIDATION'],
    ['a draft process goal with no parent', { level: 'process', parentId: null, status: 'draft' }, 'ok'],
    [
      'a goal whose timeframe ends before it starts',
      { level: 'strategy', parentId: null, timeframe: { start: '2026-05-01', end: '2026-04-01' } },
      'VALIDATION',
    ],
  ] as const)('%s → %s', (_name, over, expected) => {
    const input = inputOf(aGoal(), over as Partial<ReturnType<typeof inputOf>>);
    const out = decideGoal(graph, null, { kind: 'create', id: 'new', input }, meta);
    expect(out.ok ? 'ok' : out.failure.code).toBe(expected);
  });

  it('starts at version 1, stamped with who and when', () => {
    const out = decideGoal(graph, null, { kind: 'create', id: 'new', input: inputOf(aGoal()) }, meta);
    expect(out).toMatchObject({ ok: true, value: { id: 'new', version: 1, createdAt: meta.at, updatedBy: 'acc-exec' } });
  });
});

describe('editing a goal', () => {
  it.each([
    ['moving a goal under its own child', 'F', { parentId: 'P' }, 'VALIDATION'],
    ['moving a goal under its grandchild', 'F', { parentId: 'J' }, 'VALIDATION'],
    ['moving a goal under itself', 'P', { parentId: 'P' }, 'VALIDATION'],
    ['moving a goal to another strategy goal', 'F', { parentId: 'S2' }, 'ok'],
    ['lowering a goal below its children', 'F', { level: 'project' }, 'VALIDATION'],
    ['raising a goal above its parent', 'P', { level: 'strategy', parentId: null }, 'ok'],
    ['renaming', 'J', { title: 'New name' }, 'ok'],
  ] as const)('%s → %s', (_name, id, over, expected) => {
    const current = byId(id);
    const out = decideGoal(graph, current, { kind: 'update', expectedVersion: current.version, input: inputOf(current, over) }, meta);
    expect(out.ok ? 'ok' : out.failure.code).toBe(expected);
  });

  it('bumps the version on every change', () => {
    const current = byId('J');
    const out = decideGoal(graph, current, { kind: 'update', expectedVersion: 1, input: inputOf(current, { title: 'x' }) }, meta);
    expect(out.ok && out.value.version).toBe(2);
  });

  it('refuses a save against a stale version with CONFLICT, carrying what is stored now', () => {
    const current = { ...byId('J'), version: 3, title: 'Changed by someone else' };
    const out = decideGoal(graph, current, { kind: 'update', expectedVersion: 2, input: inputOf(current, { title: 'Mine' }) }, meta);
    expect(out).toMatchObject({ ok: false, failure: { code: 'CONFLICT', details: { current: { title: 'Changed by someone else', version: 3 } } } });
  });

  it('refuses to edit an unknown goal with NOT_FOUND', () => {
    const out = decideGoal(graph, null, { kind: 'update', expectedVersion: 1, input: inputOf(aGoal()) }, meta);
    expect(out).toMatchObject({ ok: false, failure: { code: 'NOT_FOUND' } });
  });
});

describe('archiving and restoring', () => {
  it('archives a goal nothing uses', () => {
    const out = decideGoal(graph, byId('J'), { kind: 'archive', expectedVersion: 1, usage: noUse }, meta);
    expect(out).toMatchObject({ ok: true, value: { status: 'archived', version: 2 } });
  });

  it.each([
    ['active children', { ...noUse, children: [{ id: 'P', title: 'Process' }] }],
    ['a tagged project', { ...noUse, projects: [{ projectId: '10001' }] }],
    ['a tagged epic', { ...noUse, epics: [{ issueId: '20001' }] }],
  ])('refuses with GOAL_IN_USE and the list when it has %s', (_name, usage) => {
    const out = decideGoal(graph, byId('F'), { kind: 'archive', expectedVersion: 1, usage }, meta);
    expect(out).toEqual({ ok: false, failure: expect.objectContaining({ code: 'GOAL_IN_USE', details: usage }) });
  });

  it('restores an archived goal kept without its earlier status as active', () => {
    const out = decideGoal(graph, byId('X'), { kind: 'restore', expectedVersion: 1 }, meta);
    expect(out).toMatchObject({ ok: true, value: { status: 'active' } });
  });

  it.each(['draft', 'active', 'achieved'] as const)('gives a %s goal its status back after archive and restore', (status) => {
    const before = { ...byId('J'), status };
    const archived = decideGoal(graph, before, { kind: 'archive', expectedVersion: 1, usage: noUse }, meta);
    if (!archived.ok) throw new Error('archive refused');
    expect(archived.value).toMatchObject({ status: 'archived', archivedFrom: status });
    const restored = decideGoal(graph, archived.value, { kind: 'restore', expectedVersion: archived.value.version }, meta);
    if (!restored.ok) throw new Error('restore refused');
    expect(restored.value.status).toBe(status);
    expect(restored.value).not.toHaveProperty('archivedFrom');
  });

  it('refuses to restore a goal whose parent is archived', () => {
    const g = buildGraph([...catalog, aGoal({ id: 'Y', level: 'process', parentId: 'X', status: 'archived' })].map(summaryOf));
    const out = decideGoal(g, aGoal({ id: 'Y', level: 'process', parentId: 'X', status: 'archived' }), { kind: 'restore', expectedVersion: 1 }, meta);
    expect(out).toMatchObject({ ok: false, failure: { code: 'VALIDATION' } });
  });

  it('refuses to edit an archived goal', () => {
    const x = byId('X');
    const out = decideGoal(graph, x, { kind: 'update', expectedVersion: 1, input: inputOf(x, { title: 'x' }) }, meta);
    expect(out).toMatchObject({ ok: false, failure: { code: 'VALIDATION' } });
  });
});
