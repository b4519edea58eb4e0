// The alignment board (every project alignment in 16 shards, read by trees in one storage operation): every persona
// sees exactly what the alignments themselves show, saves and removals keep it in step in their own transaction (also
// when another save won the shard, and whichever storage step fails), and the daily recount repairs one that drifted.
import { kvs } from '@forge/kvs';
import { PERSONAS, type PersonaId } from '../../dev/demo';
import { boardAlignments, boardMatches, shardOf } from '../../src/domain/alignment/alignment-board';
import { BOARD_ENTITY, BOARD_KEYS, parseShard, shardKey } from '../../src/platform/storage/alignment-board-store';
import { forgeAlignmentStore } from '../../src/platform/storage/alignment-store';
import { ProjectAlignment } from '../../src/shared/model/project-alignment';
import type { AuditEvent } from '../../src/shared/model/audit';
import { demoForge, type DemoForge } from '../support/local-forge';
import { children, gaps, tree, walk } from './alignment-fixture';

const SETTINGS = 'throughline-project-settings';
const DAILY = 'throughline-recount-rollups';
const WHO: PersonaId[] = ['exec', 'lead', 'member', 'outsider'];

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const stored = (t: DemoForge) => {
  const entities = t.forge.kvs.snapshot().entities;
  const shards = BOARD_KEYS.map((k) => {
    const raw = entities[BOARD_ENTITY]?.[k]?.value;
    return raw === undefined ? undefined : parseShard(raw);
  });
  const alignments = Object.values(entities['project-alignment'] ?? {}).map((i) => ProjectAlignment.parse((i.value as { record: unknown }).record));
  return { shards, alignments };
};

/** Every shard built and holding exactly the stored alignments. */
const inStep = (t: DemoForge): boolean => {
  const { shards, alignments } = stored(t);
  return boardAlignments(shards) !== undefined && boardMatches(shards, alignments);
};

/** What every persona sees: the first screen and the gaps; with `walked`, the whole tree expanded too (slower). */
const views = async (t: DemoForge, walked = false) => {
  const out: Record<string, unknown> = {};
  // The whole walk (slow) for the member, who may see neither the restricted goal nor ATLAS's work.
  for (const who of WHO)
    out[who] = { first: await tree(t, who), gaps: await gaps(t, who), ...(walked && who === 'member' ? { walk: await walk(t, who) } : {}) };
  return out;
};

/** The same views read from the alignments themselves (the board gone, as on a site from before it). */
const viewsWithoutBoard = async (t: DemoForge, walked = false) => {
  const kept = BOARD_KEYS.map((k) => t.forge.kvs.snapshot().entities[BOARD_ENTITY]?.[k]?.value);
  for (const k of BOARD_KEYS) await kvs.entity(BOARD_ENTITY).delete(k);
  const out = await views(t, walked);
  for (const [i, v] of kept.entries()) if (v !== undefined) await kvs.entity(BOARD_ENTITY).set(BOARD_KEYS[i]!, v);
  return out;
};

const account = (id: PersonaId) => PERSONAS.find((p) => p.id === id)!.accountId;
const tagProject = (who: PersonaId, project: string, goalId: string, expectedVersion: number) =>
  t.as(who, {
    moduleKey: SETTINGS,
    functionKey: 'project-tag/save',
    payload: { project, level: 'project', goalId, leaderId: null, managerId: null, expectedVersion },
    extension: { project: { key: project } },
  });
const clearProject = (who: PersonaId, project: string, expectedVersion: number) =>
  t.as(who, { moduleKey: SETTINGS, functionKey: 'project-tag/clear', payload: { project, expectedVersion }, extension: { project: { key: project } } });

describe('the alignment board', () => {
  it('is built by seeding, and every persona sees through it exactly what the alignments themselves show', async () => {
    expect(inStep(t)).toBe(true);
    expect(await views(t, true)).toEqual(await viewsWithoutBoard(t, true));
  });

  it('stays in step when a project is tagged, moved and cleared, and the tree shows each change', async () => {
    expect(await tagProject('exec', 'DOCS', 'g-dashboards-v3', 0)).toMatchObject({ ok: true });
    expect(inStep(t)).toBe(true);
    expect(await tagProject('lead', 'INS', 'g-dashboards-v3', 1)).toMatchObject({ ok: true });
    expect(inStep(t)).toBe(true);
    expect(await views(t)).toEqual(await viewsWithoutBoard(t));
    const under = (await children(t, 'lead', { kind: 'goal', goalId: 'g-dashboards-v3' })).nodes;
    expect(under.find((n) => n.kind === 'project' && n.key === 'INS')).toMatchObject({ alignedHere: true });
    expect(await clearProject('exec', 'DOCS', 1)).toMatchObject({ ok: true });
    expect(inStep(t)).toBe(true);
    expect(await views(t)).toEqual(await viewsWithoutBoard(t));
  });

  it('lands saves made at once in the same shard: a save that lost the shard to another project’s save tries again', async () => {
    const ids = Array.from({ length: 400 }, (_, i) => String(20000 + i))
      .filter((id) => shardOf(id) === 3)
      .slice(0, 6);
    const audit = (id: string): AuditEvent => ({
      id: `a-${id}`,
      entity: 'project',
      entityId: id,
      action: 'tag',
      at: t.clock.now().toISOString(),
      by: account('exec'),
      before: null,
      after: null,
    });
    const alignment = (id: string): ProjectAlignment => ({
      projectId: id,
      level: 'project',
      goalId: 'g-dashboards-v3',
      leaderId: null,
      managerId: null,
      version: 1,
      updatedAt: t.clock.now().toISOString(),
      updatedBy: account('exec'),
      names: {},
    });
    const outcomes = await Promise.all(ids.map((id) => forgeAlignmentStore.saveProject(alignment(id), 0, audit(id))));
    expect(outcomes).toEqual(ids.map(() => 'committed'));
    expect(inStep(t)).toBe(true);
    expect(Object.keys(stored(t).shards[3]!.projects)).toEqual(expect.arrayContaining(ids));
    // A save on a version that moved is still the caller's conflict.
    expect(await forgeAlignmentStore.saveProject({ ...alignment(ids[0]!), version: 2 }, 0, audit('x'))).toBe('conflict');
  });

  it.each([
    ['tagging a project', () => tagProject('lead', 'INS', 'g-dashboards-v3', 1)],
    ['clearing a project’s alignment', () => clearProject('lead', 'INS', 1)],
  ])('stays in step with %s whichever storage step fails', async (_name, write) => {
    const before = t.forge.kvs.log.entries().length;
    expect(await write()).toMatchObject({ ok: true });
    const steps = t.forge.kvs.log.entries().length - before;
    for (let step = 1; step <= steps; step++) {
      t = await demoForge();
      t.forge.kvs.setFaults({ errorAt: step, errorStatus: 503 });
      await write().finally(() => t.forge.kvs.setFaults({}));
      expect({ step, inStep: inStep(t) }).toEqual({ step, inStep: true });
    }
  });

  it('is repaired by the daily recount when alignments were written around it, and read around while a shard is missing', async () => {
    // An alignment written straight to storage (as an older version of the app, or a hand, would): the board misses it.
    const docs = t.demo.jira.projects.find((p) => p.key === 'DOCS')!.id;
    const record = { ...stored(t).alignments[0]!, projectId: docs, goalId: 'g-dashboards-v3' };
    await kvs.entity('project-alignment').set(docs, { projectId: docs, goalId: record.goalId, version: 1, record });
    expect(inStep(t)).toBe(false);
    await t.forge.runScheduledTrigger(DAILY);
    expect(inStep(t)).toBe(true);
    expect(await views(t)).toEqual(await viewsWithoutBoard(t));

    // A shard lost, and one that no longer parses: trees read the alignments themselves until the repair.
    await kvs.entity(BOARD_ENTITY).delete(shardKey(shardOf(docs)));
    await kvs.entity(BOARD_ENTITY).set(shardKey((shardOf(docs) + 1) % BOARD_KEYS.length), { revision: 9, built: true, projects: { x: 1 } });
    expect(await views(t)).toEqual(await viewsWithoutBoard(t));
    await t.forge.runScheduledTrigger(DAILY);
    expect(inStep(t)).toBe(true);
  });
});
