// Helpers of the goal catalog's end-to-end tests: resolver calls through the host's /__forge/invoke (as the
// platform runs them) and a builder for goal inputs.
import type { GoalInput } from '../../../src/shared/model/goal';
import { getJson, type Host } from './host';

export const STRATEGY_MODULE = 'throughline-strategy';

export interface CatalogEnvelope<T> {
  ok: boolean;
  data?: T;
  error?: { code: string; message: string; details?: unknown };
}

export interface StoredGoal extends GoalInput {
  id: string;
  version: number;
}

/** Calls one catalog resolver function as the given account, and answers with its envelope. */
export const invokeCatalog = async <T>(host: Host, accountId: string, functionKey: string, payload: unknown): Promise<CatalogEnvelope<T>> => {
  const { status, body } = await getJson<CatalogEnvelope<T>>(host, '/__forge/invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ moduleKey: STRATEGY_MODULE, functionKey, payload, accountId }),
  });
  if (status !== 200) throw new Error(`invoke ${functionKey} answered HTTP ${status}`);
  return body;
};

/** A goal input with sensible defaults: an active functional-team goal under the given parent. */
export const aGoal = (overrides: Partial<GoalInput> = {}): GoalInput => ({
  title: 'A goal',
  description: '',
  level: 'functional',
  parentId: null,
  leaderId: null,
  managerId: null,
  timeframe: { start: null, end: null },
  stage: 'assess',
  status: 'active',
  restricted: false,
  ...overrides,
});

/** Creates a goal as the given editor and answers with it; fails the test when the server refuses. */
export const createGoal = async (host: Host, accountId: string, input: GoalInput): Promise<StoredGoal> => {
  const res = await invokeCatalog<StoredGoal>(host, accountId, 'catalog/create', { input });
  if (!res.ok || !res.data) throw new Error(`could not create “${input.title}”: ${res.error?.code} ${res.error?.message}`);
  return res.data;
};
