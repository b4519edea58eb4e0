// Offline emulator of Forge hosted storage behind `@forge/kvs`: answers what `__forge_fetch__` forwards
// for `{type:'kvs'}` (POST /api/v1/<op>, JSON body) with WHATWG Responses shaped like the platform's.
import { batchDelete, batchGet, batchSet } from './batch';
import { type EntityDeclaration, EntityRegistry } from './entity';
import { queryEntities } from './entity-query';
import { deleteOne, getOne, type Reply, setOne, targetOf } from './ops';
import { readSnapshotFile, writeSnapshotFile } from './persist';
import { queryKeys } from './query';
import { replyJson } from './reply-json';
import { KEYS, SECRETS, Store } from './store';
import { transact } from './transaction';
import { textResponse } from '../text-response';
import { KvsError, type KvsSnapshot, requireObject } from './types';

export type { EntityDeclaration, EntityIndexDeclaration, AttributeType } from './entity';
export { entitiesFromManifest } from './entity';
export type { KvsSnapshot, KvsStoredItem } from './types';

export interface KvsCallLogEntry {
  op: string;
  status: number;
  at: number;
}
export interface KvsFaults {
  /** Added before every call. */
  latencyMs?: number;
  /** Every Nth call (of `ops`, or of every operation) fails with `errorStatus` (default 500) and changes nothing. */
  errorEvery?: number;
  /** Only the Nth call (of `ops`, or of every operation) after the switch fails, once: a fault at one chosen step. */
  errorAt?: number;
  errorStatus?: number;
  /** Every Nth call (of `ops`, or of every operation) hangs `timeoutMs` (default 10 s), then fails 504 and changes nothing. */
  timeoutEvery?: number;
  timeoutMs?: number;
  /** The operations the errors and timeouts apply to, as in the path: 'get', 'entity/set', 'transaction', … */
  ops?: string[];
}
export interface KvsFetchInit {
  method?: string;
  body?: string | null;
  headers?: unknown;
}
export interface KvsEmulator {
  /** What `__forge_fetch__` forwards for `type: 'kvs'`. */
  fetch(path: string, init?: KvsFetchInit): Promise<Response>;
  /** The calls, faulted or not; `entries(from)` copies only those from index `from` on. */
  readonly log: { entries(from?: number): KvsCallLogEntry[]; count(op?: string): number; reset(): void };
  /** Replaces the injected faults (and restarts their "every Nth call" count); `{}` switches them off. */
  setFaults(f: KvsFaults): void;
  readonly faults: KvsFaults;
  /** Empty all data. */
  clear(): void;
  /** JSON-serialisable copy of all data (plain keys, secrets, entities). */
  snapshot(): KvsSnapshot;
  /** The same as JSON text, without building the copy: cheaper to store or to compare. */
  snapshotJson(): string;
  /** Replace all data. */
  load(s: KvsSnapshot): void;
}
export interface KvsEmulatorOptions {
  entities?: EntityDeclaration[];
  /** Loaded at creation when it exists; rewritten atomically after every mutating call. */
  persistFile?: string;
  /** Epoch milliseconds; drives createdAt/updatedAt, ttl expiry and log timestamps. */
  clock?: () => number;
}

/** Transactions and batch sets are limited to 4 MB of payload. Emulator-chosen code PAYLOAD_TOO_LARGE. */
const MAX_PAYLOAD_BYTES = 4 * 1024 * 1024;

type Handler = (body: unknown) => Reply;

const json = (status: number, body: unknown): Response => textResponse(status, replyJson(body), { 'content-type': 'application/json' });

export function createKvsEmulator(opts: KvsEmulatorOptions = {}): KvsEmulator {
  const clock = opts.clock ?? Date.now;
  const store = new Store(clock);
  const registry = new EntityRegistry(opts.entities ?? []);
  const persistFile = opts.persistFile;
  let faults: KvsFaults = {};
  let faultedCalls = 0;
  let entries: KvsCallLogEntry[] = [];

  if (persistFile) {
    const saved = readSnapshotFile(persistFile);
    if (saved) store.load(saved);
  }
  const persist = (): void => {
    if (persistFile) writeSnapshotFile(persistFile, store.snapshotJson());
  };

  const obj = (b: unknown) => requireObject(b);
  const routes: Record<string, Handler> = {
    get: (b) => getOne(store, { space: KEYS }, obj(b)),
    set: (b) => setOne(store, { space: KEYS }, obj(b)),
    delete: (b) => deleteOne(store, { space: KEYS }, obj(b)),
    query: (b) => ({ status: 200, body: queryKeys(store, obj(b)) }),
    'secret/get': (b) => getOne(store, { space: SECRETS }, obj(b)),
    'secret/set': (b) => setOne(store, { space: SECRETS }, obj(b)),
    'secret/delete': (b) => deleteOne(store, { space: SECRETS }, obj(b)),
    'entity/get': (b) => getOne(store, targetOf(registry, obj(b).entityName ?? '', KEYS), obj(b)),
    'entity/set': (b) => setOne(store, targetOf(registry, obj(b).entityName ?? '', KEYS), obj(b)),
    'entity/delete': (b) => deleteOne(store, targetOf(registry, obj(b).entityName ?? '', KEYS), obj(b)),
    'entity/query': (b) => ({ status: 200, body: queryEntities(store, registry, obj(b)) }),
    'batch/set': (b) => batchSet(store, registry, b),
    'batch/get': (b) => batchGet(store, registry, b),
    'batch/delete': (b) => batchDelete(store, registry, b),
    transaction: (b) => transact(store, registry, b),
  };

  function handle(op: string | undefined, init: KvsFetchInit | undefined): Reply {
    const handler = op === undefined ? undefined : routes[op];
    if (!handler) throw new KvsError(404, 'NOT_FOUND', `No KVS operation at this path (${op ?? 'unknown'}).`);
    if ((init?.method ?? 'GET').toUpperCase() !== 'POST') throw new KvsError(405, 'METHOD_NOT_ALLOWED', 'KVS operations are POST requests.');
    const text = typeof init?.body === 'string' ? init.body : '';
    if ((op === 'transaction' || op === 'batch/set') && Buffer.byteLength(text, 'utf8') > MAX_PAYLOAD_BYTES) {
      throw new KvsError(400, 'PAYLOAD_TOO_LARGE', 'The payload is limited to 4MB.');
    }
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new KvsError(400, 'BAD_REQUEST', 'Provided request body is invalid');
    }
    return handler(body);
  }

  /** The fault this call meets, if any: it is answered before the operation runs, so nothing is stored. */
  async function injectedFault(op: string | undefined): Promise<Response | undefined> {
    const { errorEvery, errorAt, timeoutEvery, ops } = faults;
    if (!errorEvery && !errorAt && !timeoutEvery) return undefined;
    if (ops && ops.length > 0 && !ops.includes(op ?? '')) return undefined;
    faultedCalls += 1;
    if (timeoutEvery && faultedCalls % timeoutEvery === 0) {
      await new Promise((r) => setTimeout(r, faults.timeoutMs ?? 10_000));
      return json(504, { code: 'GATEWAY_TIMEOUT', message: 'The storage operation timed out (injected).' });
    }
    if ((errorEvery && faultedCalls % errorEvery === 0) || faultedCalls === errorAt) {
      const status = faults.errorStatus ?? 500;
      const code = status === 429 ? 'RATE_LIMIT_EXCEEDED' : 'INTERNAL_SERVER_ERROR';
      return json(status, { code, message: `The storage operation failed (injected ${status}).` });
    }
    return undefined;
  }

  async function fetch(path: string, init?: KvsFetchInit): Promise<Response> {
    const op = /\/api\/v1\/([a-z/]+?)\/?(?:[?#].*)?$/.exec(path)?.[1];
    if (faults.latencyMs && faults.latencyMs > 0) await new Promise((r) => setTimeout(r, faults.latencyMs));
    const injected = await injectedFault(op);
    if (injected) {
      entries.push({ op: op ?? path, status: injected.status, at: clock() });
      return injected;
    }
    let response: Response;
    try {
      const reply = handle(op, init);
      if (reply.mutated) persist();
      response = reply.body === undefined ? textResponse(reply.status, null) : json(reply.status, reply.body);
    } catch (e) {
      if (e instanceof KvsError) {
        response = json(e.status, { code: e.code, message: e.message, ...(e.context ? { context: e.context } : {}) });
      } else {
        response = json(500, { code: 'INTERNAL_SERVER_ERROR', message: `KVS emulator failure: ${(e as Error).message}` });
      }
    }
    entries.push({ op: op ?? path, status: response.status, at: clock() });
    return response;
  }

  return {
    fetch,
    log: {
      entries: (from = 0) => entries.slice(from).map((e) => ({ ...e })),
      count: (op?: string) => (op === undefined ? entries.length : entries.filter((e) => e.op === op).length),
      reset: () => {
        entries = [];
      },
    },
    setFaults: (f) => {
      faults = { ...f };
      faultedCalls = 0;
    },
    get faults() {
      return { ...faults };
    },
    clear: () => {
      store.clear();
      persist();
    },
    snapshot: () => store.snapshot(),
    snapshotJson: () => store.snapshotJson(),
    load: (s) => {
      store.load(s);
      persist();
    },
  };
}
