// `POST /api/v1/transaction`: up to 25 set/delete/check operations, each key once, all or nothing.
// Everything is validated and every condition evaluated against current values before anything is written.
import { type FilterGroup, matchGroup, parseFilterGroup } from './conditions';
import { type EntityRegistry } from './entity';
import { validateKey } from './keys';
import { type Reply, type Target, targetOf, type ValidatedSet, validateSet } from './ops';
import { KEYS, type Store } from './store';
import { badRequest, isObject, KvsError, optionalArray, requireObject } from './types';

export const TRANSACTION_MAX_OPERATIONS = 25;

interface PlannedOp {
  kind: 'set' | 'delete' | 'check';
  target: Target;
  key: string;
  conditions?: FilterGroup;
  set?: ValidatedSet;
}

/**
 * Emulator-chosen codes (the platform documents the limits, not the codes):
 * EMPTY_TRANSACTION, TRANSACTION_OPERATIONS_LIMIT_EXCEEDED, DUPLICATE_KEYS,
 * CONDITIONS_REQUIRE_ENTITY (conditions/check on a plain key — only entity items take conditions).
 */
function plan(registry: EntityRegistry, body: Record<string, unknown>): PlannedOp[] {
  const raw: [PlannedOp['kind'], unknown][] = [
    ...(optionalArray(body, 'set') ?? []).map((o): [PlannedOp['kind'], unknown] => ['set', o]),
    ...(optionalArray(body, 'delete') ?? []).map((o): [PlannedOp['kind'], unknown] => ['delete', o]),
    ...(optionalArray(body, 'check') ?? []).map((o): [PlannedOp['kind'], unknown] => ['check', o]),
  ];
  if (raw.length === 0) badRequest('EMPTY_TRANSACTION', 'A transaction must contain at least one operation.');
  if (raw.length > TRANSACTION_MAX_OPERATIONS) {
    badRequest(
      'TRANSACTION_OPERATIONS_LIMIT_EXCEEDED',
      `Each transaction can contain a maximum of ${TRANSACTION_MAX_OPERATIONS} operations; got ${raw.length}.`,
    );
  }
  const seen = new Set<string>();
  return raw.map(([kind, entry]) => {
    if (!isObject(entry)) return badRequest('BAD_REQUEST', `Each ${kind} operation must be an object`);
    const target = targetOf(registry, entry.entityName, KEYS);
    const conditions = parseFilterGroup(entry.conditions, 'conditions');
    if ((conditions || kind === 'check') && !target.entity) {
      badRequest('CONDITIONS_REQUIRE_ENTITY', 'Conditions and checks are only allowed on custom entity items (give entityName).');
    }
    if (kind === 'check' && !conditions) badRequest('EMPTY_FILTER_OPERATOR', 'A check operation needs conditions.');
    const set = kind === 'set' ? validateSet(target, entry) : undefined;
    const key = set ? set.key : validateKey(entry.key, target.entity ? 'entity' : 'kvs');
    const id = JSON.stringify([target.entity?.name ?? null, key]);
    if (seen.has(id)) badRequest('DUPLICATE_KEYS', `Each key can only be used once in a transaction: ${JSON.stringify(key)}.`);
    seen.add(id);
    return { kind, target, key, ...(conditions ? { conditions } : {}), ...(set ? { set } : {}) };
  });
}

/**
 * A failed condition (or a keyPolicy FAIL_IF_EXISTS set on an existing key) cancels the whole transaction:
 * 409 CONDITION_CHECK_FAILED with `context.failedKeys[{key, entityName?, operation, reason}]`
 * (emulator-chosen code; the platform's is undocumented).
 */
export function transact(store: Store, registry: EntityRegistry, rawBody: unknown): Reply {
  const ops = plan(registry, requireObject(rawBody));
  const failedKeys: { key: string; entityName?: string; operation: string; reason: string }[] = [];
  for (const op of ops) {
    const current = store.read(op.target.space, op.key);
    const conditionFailed = op.conditions !== undefined && !matchGroup(current?.value, op.conditions);
    const exists = op.set?.options.failIfExists === true && current !== undefined;
    if (conditionFailed || exists) {
      const reason = conditionFailed ? 'CONDITION_NOT_MET' : 'KEY_EXISTS';
      failedKeys.push({ key: op.key, ...(op.target.entity ? { entityName: op.target.entity.name } : {}), operation: op.kind, reason });
    }
  }
  if (failedKeys.length > 0) {
    throw new KvsError(409, 'CONDITION_CHECK_FAILED', 'Transaction cancelled: a condition was not met; nothing was written.', {
      failedKeys,
    });
  }
  let mutated = false;
  for (const op of ops) {
    if (op.kind === 'set' && op.set) {
      store.write(op.target.space, op.key, op.set.value, op.set.options.ttlMs);
      mutated = true;
    } else if (op.kind === 'delete') {
      if (store.remove(op.target.space, op.key)) mutated = true;
    }
  }
  return { status: 200, mutated };
}
