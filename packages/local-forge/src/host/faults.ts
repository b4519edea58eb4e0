// The host's runtime switch for injected trouble: `POST /__forge/faults` with `{jira?, kvs?}` sets what each
// emulator injects from then on (latency, 429s and 5xx for Jira; latency, errors and timeouts on chosen storage
// operations), `GET` tells what is on, `DELETE` switches everything off. For trying the app under a flaky network
// by hand and for tools; tests may call the emulators' setFaults directly.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { JiraFaults } from '../jira/types';
import type { KvsFaults } from '../kvs/emulator';
import { HttpError, readJsonObject, sendJson } from './http';
import type { HostState } from './surfaces';

const JIRA_FIELDS = [
  'latencyMs',
  'rateLimitEvery',
  'rateLimitForSeconds',
  'retryAfterSeconds',
  'serverErrorEvery',
  'serverErrorStatus',
  'downFrom',
  'downStatus',
] as const;
const KVS_FIELDS = ['latencyMs', 'errorEvery', 'errorAt', 'errorStatus', 'timeoutEvery', 'timeoutMs', 'ops'] as const;
const LIMITS: Record<string, [number, number]> = {
  latencyMs: [0, 60_000],
  timeoutMs: [0, 120_000],
  rateLimitForSeconds: [0, 3_600],
  retryAfterSeconds: [0, 3_600],
  serverErrorStatus: [500, 599],
  downStatus: [429, 599],
  errorStatus: [400, 599],
};

const object = (v: unknown, what: string): Record<string, unknown> => {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new HttpError(400, `${what} must be an object`);
  return v as Record<string, unknown>;
};

/** Checks one emulator's part: only known fields, whole numbers in range (`ops` a list of operation names). */
const checked = (raw: unknown, what: string, fields: readonly string[]): Record<string, number | string[]> => {
  const body = object(raw, what);
  const out: Record<string, number | string[]> = {};
  for (const [k, v] of Object.entries(body)) {
    if (!fields.includes(k)) throw new HttpError(400, `${what}.${k} is not a fault; use ${fields.join(', ')}`);
    if (k === 'ops') {
      if (!Array.isArray(v) || !v.every((o) => typeof o === 'string' && /^[a-z/]{1,40}$/.test(o)))
        throw new HttpError(400, `${what}.ops must be a list of operation names such as "entity/set"`);
      out[k] = v as string[];
      continue;
    }
    const [min, max] = LIMITS[k] ?? [1, 1_000_000];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max)
      throw new HttpError(400, `${what}.${k} must be a whole number from ${min} to ${max}`);
    out[k] = v;
  }
  return out;
};

const current = (state: HostState) => ({ jira: state.forge.jira.faults, kvs: state.forge.kvs.faults });

export const handleFaults = async (state: HostState, req: IncomingMessage, res: ServerResponse, method: string): Promise<void> => {
  if (method === 'GET') return sendJson(res, 200, current(state));
  if (method === 'DELETE') {
    state.forge.jira.setFaults({});
    state.forge.kvs.setFaults({});
    return sendJson(res, 200, current(state));
  }
  if (method !== 'POST') throw new HttpError(405, 'GET, POST or DELETE');
  const body = object(await readJsonObject(req), 'the body');
  const unknown = Object.keys(body).filter((k) => k !== 'jira' && k !== 'kvs');
  if (unknown.length > 0) throw new HttpError(400, `unknown part ${unknown.join(', ')}: use jira and kvs`);
  // Both parts are checked before either emulator changes.
  const jira = body.jira === undefined ? undefined : checked(body.jira, 'jira', JIRA_FIELDS);
  const kvs = body.kvs === undefined ? undefined : checked(body.kvs, 'kvs', KVS_FIELDS);
  if (jira) {
    const { rateLimitForSeconds, ...rest } = jira as Record<string, number>;
    const faults: JiraFaults = { ...rest };
    if (rateLimitForSeconds) faults.rateLimitUntil = state.forge.jira.now() + rateLimitForSeconds * 1000;
    state.forge.jira.setFaults(faults);
  }
  if (kvs) state.forge.kvs.setFaults(kvs as KvsFaults);
  sendJson(res, 200, current(state));
};
