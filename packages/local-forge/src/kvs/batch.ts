// `POST /api/v1/batch/{set,get,delete}`: 1–25 distinct items, not atomic. A malformed batch fails
// whole (400); per-item problems land in `failedKeys` with `{code, message}`, the rest in `successfulKeys`.
import { type EntityRegistry } from './entity';
import { keyNotFound, metadataFieldsOf, validateKey, viewOf } from './keys';
import { deleteOne, type Reply, setOne, type Target, targetOf } from './ops';
import { KEYS, type Store } from './store';
import { badRequest, isObject, KvsError } from './types';

export const BATCH_MAX_ITEMS = 25;

interface BatchItemRef {
  key: string;
  entityName?: string;
}
interface BatchFailure extends BatchItemRef {
  error: { code: string; message: string };
}

/**
 * Emulator-chosen codes (the platform documents the rules, not the codes): EMPTY_BATCH (no items),
 * BATCH_SIZE_EXCEEDED (more than 25), DUPLICATE_KEYS (same key + entity twice).
 */
function parseItems(body: unknown): Record<string, unknown>[] {
  if (!Array.isArray(body)) return badRequest('BAD_REQUEST', 'Provided request body is invalid: a batch is an array of items');
  if (body.length === 0) badRequest('EMPTY_BATCH', 'A batch operation must contain at least one key.');
  if (body.length > BATCH_MAX_ITEMS) {
    badRequest('BATCH_SIZE_EXCEEDED', `Each batch operation can contain a maximum of ${BATCH_MAX_ITEMS} keys; got ${body.length}.`);
  }
  const seen = new Set<string>();
  return body.map((item) => {
    if (!isObject(item)) return badRequest('BAD_REQUEST', 'Each batch item must be an object');
    const id = JSON.stringify([item.entityName ?? null, item.key]);
    if (seen.has(id)) badRequest('DUPLICATE_KEYS', `The key ${JSON.stringify(item.key)} appears more than once in the batch.`);
    seen.add(id);
    return item;
  });
}

const refOf = (item: Record<string, unknown>): BatchItemRef => ({
  key: typeof item.key === 'string' ? item.key : String(item.key),
  ...(typeof item.entityName === 'string' ? { entityName: item.entityName } : {}),
});

function runEach<S>(items: Record<string, unknown>[], fn: (item: Record<string, unknown>) => S) {
  const successfulKeys: S[] = [];
  const failedKeys: BatchFailure[] = [];
  for (const item of items) {
    try {
      successfulKeys.push(fn(item));
    } catch (e) {
      if (!(e instanceof KvsError)) throw e;
      failedKeys.push({ ...refOf(item), error: { code: e.code, message: e.message } });
    }
  }
  return { successfulKeys, failedKeys };
}

const target = (registry: EntityRegistry, item: Record<string, unknown>): Target => targetOf(registry, item.entityName, KEYS);

export function batchSet(store: Store, registry: EntityRegistry, body: unknown): Reply {
  const items = parseItems(body);
  let mutated = false;
  const result = runEach(items, (item) => {
    // Batch items carry SetOptions (ttl); a keyPolicy, if sent, is honoured per item; nothing is returned.
    const options = isObject(item.options) ? { ...item.options, returnValue: undefined, returnMetadataFields: undefined } : item.options;
    setOne(store, target(registry, item), { key: item.key, value: item.value, options });
    mutated = true;
    return refOf(item);
  });
  return { status: 200, body: result, mutated };
}

export function batchGet(store: Store, registry: EntityRegistry, body: unknown): Reply {
  const items = parseItems(body);
  const result = runEach(items, (item) => {
    const t = target(registry, item);
    const key = validateKey(item.key, t.entity ? 'entity' : 'kvs');
    const stored = store.read(t.space, key);
    if (!stored) throw keyNotFound();
    return viewOf(key, stored, metadataFieldsOf(item), t.entity?.name);
  });
  return { status: 200, body: result };
}

/** Deleting a missing key succeeds, as the single delete does. */
export function batchDelete(store: Store, registry: EntityRegistry, body: unknown): Reply {
  const items = parseItems(body);
  let mutated = false;
  const result = runEach(items, (item) => {
    if (deleteOne(store, target(registry, item), { key: item.key }).mutated) mutated = true;
    return refOf(item);
  });
  return { status: 200, body: result, mutated };
}
