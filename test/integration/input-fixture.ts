// Helpers of the input integration tests: the demo on a local Forge, input left from the issue panel as a persona,
// the goal page's reads and triage, and what storage holds, read straight from it.
import { auditHistory } from '../../src/platform/storage/audit-log';
import { forgeInputStore } from '../../src/platform/storage/input-store';
import type { GoalInputView, InputHistoryEntry, InputSent, InputView } from '../../src/shared/api/input';
import type { Input } from '../../src/shared/model/input';
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';

export const PANEL = 'throughline-goal-panel';
export const STRATEGY = 'throughline-strategy';
export const DASHBOARDS = 'g-dashboards-v3';
/** A story under the Dashboards 3.0 epics: its chain is Dashboards 3.0 → Ship the analytics features → the strategy goal. */
export const STORY = 'INS-3';
/** The demo's input on Dashboards 3.0 left 20 days ago, still open (the gap); and the anonymous one. */
export const WAITING = 'in-demo-snap-grid';
export const ANONYMOUS = 'in-demo-review-demos';
export const RESTRICTED = 'g-atlas-integration';

type Envelope = Awaited<ReturnType<DemoForge['as']>>;

export interface InputFixture {
  t: DemoForge;
  leave(persona: PersonaId | null, body: Record<string, unknown>, issue?: string): Promise<Envelope>;
  goalInput(persona: PersonaId | null, goalId?: string): Promise<Envelope>;
  triage(persona: PersonaId | null, inputId: string, decision: unknown, expectedVersion?: number): Promise<Envelope>;
  history(persona: PersonaId | null, inputId: string): Promise<Envelope>;
  panel(persona: PersonaId, issue?: string): Promise<Envelope>;
  /** Everything stored, straight from storage. */
  stored(): Promise<Input[]>;
  audit(inputId: string): ReturnType<typeof auditHistory>;
}

export const inputFixture = async (): Promise<InputFixture> => {
  const t = await demoForge();
  const leave: InputFixture['leave'] = (persona, body, issue = STORY) =>
    t.as(persona, {
      moduleKey: PANEL,
      functionKey: 'panel/input-add',
      payload: { issue, goalId: DASHBOARDS, kind: 'change', text: 'Fewer status meetings, more pairing', ...body },
      extension: { issue: { key: (body.issue as string | undefined) ?? issue } },
    });
  const goalInput: InputFixture['goalInput'] = (persona, goalId = DASHBOARDS) =>
    t.as(persona, { moduleKey: STRATEGY, functionKey: 'input/goal', payload: { goalId } });
  const triage: InputFixture['triage'] = async (persona, inputId, decision, expectedVersion) =>
    t.as(persona, {
      moduleKey: STRATEGY,
      functionKey: 'input/triage',
      payload: { inputId, expectedVersion: expectedVersion ?? (await forgeInputStore.get(inputId))?.version ?? 1, decision },
    });
  const history: InputFixture['history'] = (persona, inputId) => t.as(persona, { moduleKey: STRATEGY, functionKey: 'input/history', payload: { inputId } });
  const panel: InputFixture['panel'] = (persona, issue = STORY) =>
    t.as(persona, { moduleKey: PANEL, functionKey: 'panel/context', payload: { issue }, extension: { issue: { key: issue } } });
  const stored = async () => {
    const goals = t.demo.strategy.goals.map((g) => g.id);
    return (await Promise.all(goals.map((g) => forgeInputStore.ofGoal(g)))).flatMap((r) => r.inputs);
  };
  return { t, leave, goalInput, triage, history, panel, stored, audit: (id) => auditHistory(id, 50) };
};

export const sent = (e: Envelope): InputSent => {
  if (!e.ok) throw new Error(`expected success: ${JSON.stringify(e.error)}`);
  return e.data as InputSent;
};
export const view = (e: Envelope): GoalInputView => {
  if (!e.ok) throw new Error(`expected success: ${JSON.stringify(e.error)}`);
  return e.data as GoalInputView;
};
export const item = (e: Envelope): InputView => {
  if (!e.ok) throw new Error(`expected success: ${JSON.stringify(e.error)}`);
  return e.data as InputView;
};
export const steps = (e: Envelope): InputHistoryEntry[] => {
  if (!e.ok) throw new Error(`expected success: ${JSON.stringify(e.error)}`);
  return e.data as InputHistoryEntry[];
};
