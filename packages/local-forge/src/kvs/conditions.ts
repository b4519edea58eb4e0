// Where/filter/transaction conditions: parsing with the platform's documented error codes
// (INVALID_FILTER_CONDITION, INVALID_FILTER_VALUES, INSUFFICIENT_FILTER_VALUES, EMPTY_FILTER_OPERATOR,
// INVALID_FILTER_OPERATORS_COMBINATION) and evaluation against stored JSON values.
import { badRequest, isObject, type JsonValue } from './types';

export const RANGE_CONDITIONS = ['BEGINS_WITH', 'BETWEEN', 'EQUAL_TO', 'GREATER_THAN', 'GREATER_THAN_EQUAL_TO', 'LESS_THAN', 'LESS_THAN_EQUAL_TO'] as const;
export const FILTER_CONDITIONS = [...RANGE_CONDITIONS, 'CONTAINS', 'NOT_CONTAINS', 'NOT_EQUAL_TO', 'EXISTS', 'NOT_EXISTS'] as const;
export type ConditionName = (typeof FILTER_CONDITIONS)[number];

export interface Clause {
  condition: ConditionName;
  values: JsonValue[];
}
export interface FilterItem extends Clause {
  property: string;
}
export interface FilterGroup {
  op: 'and' | 'or';
  items: FilterItem[];
}

const isScalar = (v: unknown): v is string | number => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v));

export function parseClause(raw: unknown, allowed: readonly ConditionName[], what: string): Clause {
  if (!isObject(raw)) return badRequest('BAD_REQUEST', `${what} must be an object`);
  const condition = raw.condition;
  if (typeof condition !== 'string' || !allowed.includes(condition as ConditionName)) {
    return badRequest('INVALID_FILTER_CONDITION', `The condition ${String(condition)} is not supported for ${what}.`);
  }
  const values = raw.values;
  if (!Array.isArray(values)) return badRequest('INVALID_FILTER_VALUES', `${what}: "values" must be an array`);
  const wanted = condition === 'BETWEEN' ? 2 : 1;
  if (values.length < wanted && condition === 'BETWEEN') {
    badRequest('INSUFFICIENT_FILTER_VALUES', 'The BETWEEN condition needs two values.');
  }
  if (values.length !== wanted) badRequest('INVALID_FILTER_VALUES', `${condition} takes exactly ${wanted} value(s).`);
  const ok = (() => {
    switch (condition as ConditionName) {
      case 'EXISTS':
      case 'NOT_EXISTS':
        return values[0] === true;
      case 'CONTAINS':
      case 'NOT_CONTAINS':
        return values[0] !== null && values[0] !== undefined;
      case 'EQUAL_TO':
      case 'NOT_EQUAL_TO':
        return isScalar(values[0]) || typeof values[0] === 'boolean';
      case 'BETWEEN':
        return isScalar(values[0]) && isScalar(values[1]) && typeof values[0] === typeof values[1];
      default:
        return isScalar(values[0]);
    }
  })();
  if (!ok) badRequest('INVALID_FILTER_VALUES', `Unsupported value(s) for ${condition}: ${JSON.stringify(values)}`);
  return { condition: condition as ConditionName, values: values as JsonValue[] };
}

/** `{and:[…]}` or `{or:[…]}` — never both, never empty. */
export function parseFilterGroup(raw: unknown, what = 'filters'): FilterGroup | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (!isObject(raw)) return badRequest('BAD_REQUEST', `${what} must be an object`);
  const hasAnd = raw.and !== undefined;
  const hasOr = raw.or !== undefined;
  if (hasAnd && hasOr) badRequest('INVALID_FILTER_OPERATORS_COMBINATION', 'Filter operators "and" and "or" cannot be present at the same level.');
  if (!hasAnd && !hasOr) badRequest('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.');
  const op = hasAnd ? 'and' : 'or';
  const list = raw[op];
  if (!Array.isArray(list) || list.length === 0) {
    return badRequest('EMPTY_FILTER_OPERATOR', 'Filter operators "and" and "or" cannot be empty.');
  }
  const items = list.map((entry): FilterItem => {
    const property = isObject(entry) ? entry.property : undefined;
    if (typeof property !== 'string' || property.length === 0) return badRequest('BAD_REQUEST', `${what}: each item needs a "property"`);
    return { property, ...parseClause(entry, FILTER_CONDITIONS, what) };
  });
  return { op, items };
}

const TYPE_RANK: Record<string, number> = { number: 0, string: 1, boolean: 2 };

/**
 * Total order used for index sorting and cursors: numbers < strings < booleans < anything else
 * (compared as JSON). Strings compare by UTF-16 code units, which equals byte order for ASCII keys.
 */
export function compareAny(a: unknown, b: unknown): number {
  const ra = TYPE_RANK[typeof a] ?? 3;
  const rb = TYPE_RANK[typeof b] ?? 3;
  if (ra !== rb) return ra - rb;
  if (ra === 3) {
    const ja = JSON.stringify(a);
    const jb = JSON.stringify(b);
    return ja < jb ? -1 : ja > jb ? 1 : 0;
  }
  // Same primitive type here; the casts only satisfy the type checker (JS compares numbers, strings, booleans natively).
  const x = a as string;
  const y = b as string;
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Ordered comparison only between values of the same primitive type (number or string). */
function ordered(actual: JsonValue | undefined, expected: JsonValue): number | undefined {
  if (typeof actual === 'number' && typeof expected === 'number') return actual - expected;
  if (typeof actual === 'string' && typeof expected === 'string') return actual < expected ? -1 : actual > expected ? 1 : 0;
  return undefined;
}

const deepEqual = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Evaluates one clause against an attribute value (`undefined` = attribute missing).
 * Choice where the platform does not document it: NOT_EQUAL_TO and NOT_CONTAINS hold for a missing attribute.
 */
export function matchClause(actual: JsonValue | undefined, clause: Clause): boolean {
  const [v0, v1] = clause.values as [JsonValue, JsonValue | undefined];
  switch (clause.condition) {
    case 'EXISTS':
      return actual !== undefined;
    case 'NOT_EXISTS':
      return actual === undefined;
    case 'EQUAL_TO':
      return actual !== undefined && deepEqual(actual, v0);
    case 'NOT_EQUAL_TO':
      return actual === undefined || !deepEqual(actual, v0);
    case 'BEGINS_WITH':
      return typeof actual === 'string' && actual.startsWith(String(v0));
    case 'CONTAINS':
    case 'NOT_CONTAINS': {
      if (actual === undefined) return clause.condition === 'NOT_CONTAINS';
      const hit =
        typeof actual === 'string' ? typeof v0 === 'string' && actual.includes(v0) : Array.isArray(actual) ? actual.some((el) => deepEqual(el, v0)) : false;
      return clause.condition === 'CONTAINS' ? hit : !hit;
    }
    case 'BETWEEN': {
      const lo = ordered(actual, v0);
      const hi = ordered(actual, v1 as JsonValue);
      return lo !== undefined && hi !== undefined && lo >= 0 && hi <= 0;
    }
    case 'GREATER_THAN':
    case 'GREATER_THAN_EQUAL_TO':
    case 'LESS_THAN':
    case 'LESS_THAN_EQUAL_TO': {
      const c = ordered(actual, v0);
      if (c === undefined) return false;
      if (clause.condition === 'GREATER_THAN') return c > 0;
      if (clause.condition === 'GREATER_THAN_EQUAL_TO') return c >= 0;
      if (clause.condition === 'LESS_THAN') return c < 0;
      return c <= 0;
    }
  }
}

/** A group against an entity value; a missing item is evaluated as an empty object. */
export function matchGroup(value: JsonValue | undefined, group: FilterGroup): boolean {
  const attrs = isObject(value) ? (value as Record<string, JsonValue>) : {};
  const test = (item: FilterItem): boolean => matchClause(attrs[item.property], item);
  return group.op === 'and' ? group.items.every(test) : group.items.some(test);
}
