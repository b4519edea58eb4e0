// Compiles a parsed WHERE clause into a predicate over issues, and into a narrowing (which indexed values any
// match must have) where the clause allows one. All validation (fields, operators, values) happens here, before
// any issue is looked at, so a bad query fails even when nothing would match.
import type { Clause, Operand, TerminalClause } from '@atlaskit/jql-ast';
import { badRequest } from '../http';
import type { JiraIssue } from '../model';
import { lookupField } from './fields';
import type { FieldDef, JqlEnv, Scalar } from './field-def';
import type { Narrowing } from './issue-index';
import { textMatcher } from './text';

export type Predicate = (issue: JiraIssue) => boolean;

/** A compiled clause: the predicate decides; the narrowing, when present, names a superset of its matches. */
export interface Compiled {
  test: Predicate;
  narrow?: Narrowing;
}
type Item = Scalar | { kind: 'empty' };

const HISTORY = new Set(['was', 'was in', 'was not', 'was not in', 'changed']);
const SUPPORTED: Record<FieldDef['kind'], readonly string[]> = {
  set: ['=', '!=', 'in', 'not in', 'is', 'is not'],
  ordered: ['=', '!=', 'in', 'not in', 'is', 'is not', '>', '>=', '<', '<='],
  text: ['~', '!~', 'is', 'is not'],
  sortOnly: [],
};

const flatten = (operand: Operand): Item[] => {
  switch (operand.operandType) {
    case 'value':
      return [{ kind: 'value', value: operand.value }];
    case 'keyword':
      return [{ kind: 'empty' }];
    case 'function':
      return [{ kind: 'function', name: operand.function.value, args: operand.arguments.map((a) => a.value) }];
    case 'list':
      return operand.values.flatMap(flatten);
  }
};

const isEmptyOf = (field: FieldDef): Predicate => {
  switch (field.kind) {
    case 'set':
      return (i) => field.tokens(i).length === 0;
    case 'ordered':
      return (i) => field.values(i).length === 0;
    case 'text':
      return (i) => field.texts(i).every((t) => t.trim() === '');
    case 'sortOnly':
      return () => false;
  }
};

/**
 * Matches any of the non-EMPTY items: set membership, numeric equality, or text containment. On an indexed set
 * field it also narrows: only issues holding one of the resolved values can match.
 */
const anyOf = (field: FieldDef, items: Scalar[]): Compiled => {
  switch (field.kind) {
    case 'set': {
      const wanted = new Set(items.flatMap((s) => field.resolve(s)));
      const test: Predicate = (i) => field.tokens(i).some((t) => wanted.has(t));
      return field.indexed ? { test, narrow: { index: field.indexed, tokens: [...wanted] } } : { test };
    }
    case 'ordered': {
      const wanted = new Set(items.map((s) => field.parse(s)));
      return { test: (i) => field.values(i).some((v) => wanted.has(v)) };
    }
    case 'text': {
      const matchers = items.map((s) => textMatcher(s.kind === 'value' ? s.value : badRequest(`Functions cannot be used with '~'.`), field.name));
      return { test: (i) => matchers.some((m) => m(field.texts(i))) };
    }
    case 'sortOnly':
      return { test: () => false };
  }
};

const compare = (field: FieldDef, op: string, item: Scalar): Predicate => {
  if (field.kind !== 'ordered') return () => false;
  const n = field.parse(item);
  const test: (v: number) => boolean = op === '>' ? (v) => v > n : op === '>=' ? (v) => v >= n : op === '<' ? (v) => v < n : (v) => v <= n;
  return (i) => field.values(i).some(test);
};

const compileTerminal = (clause: TerminalClause, env: JqlEnv): Compiled => {
  const op = clause.operator ? clause.operator.value.toLowerCase() : '';
  const name = clause.field.value;
  if (HISTORY.has(op) || clause.predicates.length > 0) {
    return badRequest(`The Jira emulator keeps no issue history, so it cannot evaluate '${name} ${op.toUpperCase()}'.`);
  }
  const field = lookupField(clause.field, env);
  if (field.kind === 'sortOnly') return badRequest(`Field '${name}' can only be used in ORDER BY.`);
  if (!SUPPORTED[field.kind].includes(op)) return badRequest(`The operator '${op}' is not supported by the '${name}' field.`);
  if (!clause.operand) return badRequest(`Error in the JQL Query: the '${op}' operator on '${name}' has no value.`);
  const isList = clause.operand.operandType === 'list';
  const items = flatten(clause.operand);
  const values = items.filter((s): s is Scalar => s.kind !== 'empty');
  const hasEmpty = items.length > values.length;
  const empty = isEmptyOf(field);

  if (op === 'is' || op === 'is not') {
    if (isList || values.length > 0) return badRequest(`The operator '${op.toUpperCase()}' only supports EMPTY or null as its value.`);
    return { test: op === 'is' ? empty : (i) => !empty(i) };
  }
  if (op === 'in' || op === 'not in') {
    if (!isList && clause.operand.operandType !== 'function') {
      return badRequest(`The operator '${op.toUpperCase()}' requires a list of values, e.g. ${name} ${op.toUpperCase()} (a, b).`);
    }
    const any = anyOf(field, values);
    if (op === 'in') return hasEmpty ? { test: (i) => empty(i) || any.test(i) } : any;
    // Jira: NOT IN never matches an issue whose field is empty.
    return { test: (i) => !empty(i) && !any.test(i) };
  }
  if (isList) return badRequest(`The operator '${op}' does not support a list of values; use IN or NOT IN.`);
  const [item] = items;
  if (!item) return badRequest(`Error in the JQL Query: '${name} ${op}' has no value.`);
  if (item.kind === 'empty') {
    if (op === '=') return { test: empty };
    if (op === '!=') return { test: (i) => !empty(i) };
    return badRequest(`The operator '${op}' does not support EMPTY on field '${name}'.`);
  }
  switch (op) {
    case '=':
    case '~':
      return anyOf(field, [item]);
    case '!=':
    case '!~': {
      // Jira: != and !~ never match an issue whose field is empty.
      const any = anyOf(field, [item]).test;
      return { test: (i) => !empty(i) && !any(i) };
    }
    default:
      return { test: compare(field, op, item) };
  }
};

/** AND narrows to any narrowed part; OR only when every part is narrowed; NOT never. */
export const compileClause = (clause: Clause, env: JqlEnv): Compiled => {
  switch (clause.clauseType) {
    case 'compound': {
      const parts = clause.clauses.map((c) => compileClause(c, env));
      const tests = parts.map((p) => p.test);
      const narrows = parts.flatMap((p) => (p.narrow ? [p.narrow] : []));
      if (clause.operator.value.toLowerCase() === 'and') {
        const test: Predicate = (i) => tests.every((p) => p(i));
        return narrows.length > 0 ? { test, narrow: { op: 'and', parts: narrows } } : { test };
      }
      const test: Predicate = (i) => tests.some((p) => p(i));
      return narrows.length === parts.length ? { test, narrow: { op: 'or', parts: narrows } } : { test };
    }
    case 'not': {
      const inner = compileClause(clause.clause, env).test;
      return { test: (i) => !inner(i) };
    }
    case 'terminal':
      return compileTerminal(clause, env);
  }
};
