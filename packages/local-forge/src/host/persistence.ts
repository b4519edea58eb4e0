// What the local host keeps across restarts in its data folder (.local/ by default): the Jira emulator's world
// (jira.json, rewritten after every successful write that reaches the emulator), macro configs and the macros
// inserted on Confluence pages. KVS
// persistence belongs to the KVS emulator (kvs.json, passed to it as persistFile).
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { JiraEmulator } from '../jira/emulator';
import type { JiraSeed } from '../jira/model';

export const JIRA_FILE = 'jira.json';
export const KVS_FILE = 'kvs.json';
export const MACRO_CONFIG_FILE = 'macro-configs.json';
export const MACRO_INSTANCE_FILE = 'macro-instances.json';

export const prepareDataDir = (dir: string, reset: boolean): void => {
  if (reset) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
};

const writeAtomically = (file: string, value: unknown): void => {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(value));
  renameSync(tmp, file);
};

const readJson = (file: string): unknown => {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as unknown;
  } catch (e) {
    console.warn(`[host] ignoring unreadable ${file}: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
};

const isSeed = (v: unknown): v is JiraSeed => {
  if (typeof v !== 'object' || v === null) return false;
  const o = v as Record<string, unknown>;
  return ['users', 'issueTypes', 'statuses', 'projects', 'issues'].every((k) => Array.isArray(o[k]));
};

/** The Jira world saved by an earlier run, or undefined (then the seed the host was given is used). */
export const loadJiraSeed = (dir: string): JiraSeed | undefined => {
  const v = readJson(path.join(dir, JIRA_FILE));
  if (v === undefined) return undefined;
  if (!isSeed(v)) {
    console.warn(`[host] ${path.join(dir, JIRA_FILE)} is not a Jira world; starting from the seed`);
    return undefined;
  }
  return v;
};

// Read-only POSTs: searches, bulk fetches, counts and permission checks change nothing.
const READ_ONLY_POST = /\/(search(\/jql)?|search\/approximate-count|issue\/bulkfetch|permissions\/check|jql\/(parse|match|sanitize)|expression\/eval)(\?|$)/;

export const isJiraMutation = (method: string, restPath: string): boolean => {
  const m = method.toUpperCase();
  if (m !== 'PUT' && m !== 'POST' && m !== 'DELETE' && m !== 'PATCH') return false;
  const p = restPath.replace(/^https?:\/\/[^/]+/, '');
  return !(m === 'POST' && READ_ONLY_POST.test(p.split('?')[0] ?? p));
};

/**
 * Saves the emulator's live world to <dir>/jira.json after each successful mutating request, whoever sends it
 * (the app's resolvers through __forge_fetch__, or the browser through /__forge/product/jira), and after every
 * issue event (which also covers the host's own actions, such as moving an issue to another project).
 */
export const persistJiraWrites = (jira: JiraEmulator, dir: string): void => {
  const file = path.join(dir, JIRA_FILE);
  const original = jira.fetch.bind(jira);
  const save = (): void => writeAtomically(file, jira.state);
  (jira as { fetch: JiraEmulator['fetch'] }).fetch = async (actor, p, init) => {
    const res = await original(actor, p, init);
    if (res.status < 400 && isJiraMutation(init?.method ?? 'GET', p)) save();
    return res;
  };
  // Moves to another project are host-level actions (no REST call), but they raise an issue event like any write.
  jira.onIssueEvent(() => save());
};

export type MacroConfigs = Record<string, Record<string, unknown>>;

export const loadMacroConfigs = (dir: string | undefined): MacroConfigs => {
  if (!dir) return {};
  const v = readJson(path.join(dir, MACRO_CONFIG_FILE));
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as MacroConfigs) : {};
};

export const saveMacroConfigs = (dir: string | undefined, configs: MacroConfigs): void => {
  if (dir) writeAtomically(path.join(dir, MACRO_CONFIG_FILE), configs);
};

/** One macro inserted on a Confluence page: its instance id and which `macro` module it is. */
export interface MacroInstance {
  localId: string;
  moduleKey: string;
}

/** pageId → the macros inserted on that page, in page order. */
export type MacroInstances = Record<string, MacroInstance[]>;

const isInstance = (v: unknown): v is MacroInstance =>
  typeof v === 'object' && v !== null && typeof (v as MacroInstance).localId === 'string' && typeof (v as MacroInstance).moduleKey === 'string';

export const loadMacroInstances = (dir: string | undefined): MacroInstances => {
  if (!dir) return {};
  const v = readJson(path.join(dir, MACRO_INSTANCE_FILE));
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return {};
  return Object.fromEntries(Object.entries(v).map(([page, list]) => [page, Array.isArray(list) ? list.filter(isInstance) : []]));
};

export const saveMacroInstances = (dir: string | undefined, instances: MacroInstances): void => {
  if (dir) writeAtomically(path.join(dir, MACRO_INSTANCE_FILE), instances);
};
