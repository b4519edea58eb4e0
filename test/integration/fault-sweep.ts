// The fault sweep: a write is first run clean to count its steps (storage operations, or Jira calls); then, for
// each step, a fresh demo runs the same write with that step failing. Whatever the step, the answer is a success
// whose write is there, or a coded failure the user can act on (never INTERNAL) that left storage and Jira
// exactly as they were, or left Jira ahead of storage in a way the hourly reconcile repairs. Never an
// acknowledged write that is not there.
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { demoForge, isEpic, type DemoForge } from '../support/local-forge';
import { ACTIONABLE, prepare, send, type WriteCase } from './write-cases';

const RECONCILE = 'throughline-reconcile-rollups';

export interface Injector {
  /** How many steps of this kind the clean run took. */
  count(t: DemoForge): number;
  /** Makes the given step (1-based, counted from now) fail. */
  fail(t: DemoForge, step: number): void;
  clear(t: DemoForge): void;
}

const jiraTags = (t: DemoForge) =>
  Object.fromEntries(
    t.forge.jira.state.issues
      .filter((i) => isEpic(i) && i.properties[EPIC_TAG_PROPERTY] !== undefined)
      .map((i) => [i.id, (i.properties[EPIC_TAG_PROPERTY] as { goalId?: string }).goalId]),
  );
const mirrors = (t: DemoForge) =>
  Object.fromEntries(Object.entries(t.forge.kvs.snapshot().entities['epic-tag'] ?? {}).map(([id, item]) => [id, (item.value as { goalId: string }).goalId]));
/** Every epic's tag in Jira and the app's mirror of it agree. */
const agree = (t: DemoForge) => JSON.stringify(Object.entries(jiraTags(t)).sort()) === JSON.stringify(Object.entries(mirrors(t)).sort());
const picture = (t: DemoForge) => `${t.forge.kvs.snapshotJson()}\n${JSON.stringify(jiraTags(t))}`;

export type Outcome = 'ok' | 'unchanged' | 'repaired';

export const sweep = async (c: WriteCase, inject: Injector): Promise<{ steps: number; outcomes: Outcome[] }> => {
  const clean = await demoForge();
  expect(agree(clean)).toBe(true);
  const prepared = await prepare(clean, c);
  const before = inject.count(clean);
  const answer = await send(clean, c, prepared);
  const steps = inject.count(clean) - before;
  expect(answer.ok ? answer : answer.error).toMatchObject({ ok: true });
  expect(await c.landed(clean, answer.data, prepared.payload)).toBe(true);

  const outcomes: Outcome[] = [];
  for (let step = 1; step <= steps; step++) {
    const t = await demoForge();
    const p = await prepare(t, c);
    const was = picture(t);
    inject.fail(t, step);
    const got = await send(t, c, p).finally(() => inject.clear(t));
    await t.forge.eventsDelivered();
    if (got.ok) {
      expect({ step, landed: await c.landed(t, got.data, p.payload) }).toEqual({ step, landed: true });
      outcomes.push('ok');
      continue;
    }
    expect({ step, code: got.error!.code, actionable: ACTIONABLE.includes(got.error!.code) }).toEqual({ step, code: got.error!.code, actionable: true });
    if (picture(t) === was) {
      outcomes.push('unchanged');
      continue;
    }
    // Something was written before the failure: only Jira ahead of the mirror is allowed, and the reconcile repairs it.
    await t.forge.runScheduledTrigger(RECONCILE);
    expect({ step, agree: agree(t) }).toEqual({ step, agree: true });
    outcomes.push('repaired');
  }
  return { steps, outcomes };
};
