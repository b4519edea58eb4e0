// Single-key operations shared by plain keys, secrets and custom entities: get / set / delete,
// including keyPolicy, returnValue, ttl and metadata. Batch and transaction handlers reuse the checks.
import { type EntityDeclaration, type EntityRegistry, validateEntityValue } from './entity';
import { keyConflict, keyNotFound, metadataFieldsOf, parseSetOptions, type SetOptions, validateKey, validateValue, viewOf } from './keys';
import { entitySpace, type Space, type Store } from './store';
import { type JsonValue } from './types';

/** What a handler answers; the dispatcher turns it into a WHATWG Response. */
export interface Reply {
  status: number;
  /** undefined → empty body. */
  body?: unknown;
  /** True when stored data changed (triggers persistence). */
  mutated?: boolean;
}

export const empty = (status = 204, mutated = false): Reply => ({ status, mutated });

/** Where a request points: the key space plus, for entities, the declaration. */
export interface Target {
  space: Space;
  entity?: EntityDeclaration;
}

/** Plain space for `entityName` undefined, else the declared entity (400 ENTITY_NOT_DECLARED otherwise). */
export function targetOf(registry: EntityRegistry, entityName: unknown, plain: Space): Target {
  if (entityName === undefined || entityName === null) return { space: plain };
  const entity = registry.get(entityName);
  return { space: entitySpace(entity.name), entity };
}

export interface ValidatedSet {
  key: string;
  value: JsonValue;
  options: SetOptions;
}

/** Every check a write needs before it touches the store (key, value limits, entity schema, options). */
export function validateSet(target: Target, body: Record<string, unknown>): ValidatedSet {
  const key = validateKey(body.key, target.entity ? 'entity' : 'kvs');
  const value = validateValue(body.value);
  if (target.entity) validateEntityValue(target.entity, value);
  return { key, value, options: parseSetOptions(body.options) };
}

export function getOne(store: Store, target: Target, body: Record<string, unknown>): Reply {
  const key = validateKey(body.key, target.entity ? 'entity' : 'kvs');
  const fields = metadataFieldsOf(body);
  const item = store.read(target.space, key);
  if (!item) throw keyNotFound();
  return { status: 200, body: viewOf(key, item, fields, target.entity?.name) };
}

/**
 * 204 with an empty body, unless `returnValue` asks for the PREVIOUS (204 when there was none) or
 * LATEST item; FAIL_IF_EXISTS on a live key → 409 KEY_CONFLICT and nothing is written.
 */
export function setOne(store: Store, target: Target, body: Record<string, unknown>): Reply {
  const { key, value, options } = validateSet(target, body);
  if (options.failIfExists && store.read(target.space, key)) throw keyConflict(key);
  const { previous, current } = store.write(target.space, key, value, options.ttlMs);
  const fields = options.returnMetadataFields;
  if (options.returnValue === 'LATEST') return { status: 200, body: viewOf(key, current, fields, target.entity?.name), mutated: true };
  if (options.returnValue === 'PREVIOUS' && previous) {
    return { status: 200, body: viewOf(key, previous, fields, target.entity?.name), mutated: true };
  }
  return empty(204, true);
}

/** Documented: "succeeds whether the key exists or not" → always 204. */
export function deleteOne(store: Store, target: Target, body: Record<string, unknown>): Reply {
  const key = validateKey(body.key, target.entity ? 'entity' : 'kvs');
  return empty(204, store.remove(target.space, key));
}
