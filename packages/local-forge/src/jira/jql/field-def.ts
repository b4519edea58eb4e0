// What the evaluator needs from a JQL field: how an issue's values are read, how operand values resolve,
// and how the field sorts. Three kinds cover the emulator's fields: sets, ordered values and text.
import type { JiraIssue, JiraProject } from '../model';
import { badRequest } from '../http';
import type { SearchAlias } from '../types';
import type { Principal, WorldIndex } from '../world';
import type { IndexName } from './issue-index';

export interface JqlEnv {
  index: WorldIndex;
  principal: Principal;
  aliases: SearchAlias[];
  now: number;
  /** Projects the principal may browse: JQL values naming any other project "do not exist". */
  visibleProjects: JiraProject[];
  isVisible(issue: JiraIssue): boolean;
}

/** A non-EMPTY operand: a literal or a function call. */
export type Scalar = { kind: 'value'; value: string } | { kind: 'function'; name: string; args: string[] };

export type SortValue = string | number | undefined;

interface Common {
  /** The field as the query wrote it, for messages. */
  name: string;
  sort?: (issue: JiraIssue) => SortValue;
}

/** Values compared by identity (ids, keys, names resolved to ids): =, !=, IN, NOT IN, IS [NOT] EMPTY. */
export interface SetField extends Common {
  kind: 'set';
  tokens(issue: JiraIssue): string[];
  resolve(s: Scalar): string[];
  /** The search index whose values are exactly this field's tokens (`tokens` must read them with `indexedTokens`). */
  indexed?: IndexName;
}

/** Numbers and dates: also >, >=, <, <=. */
export interface OrderedField extends Common {
  kind: 'ordered';
  values(issue: JiraIssue): number[];
  parse(s: Scalar): number;
}

/** Free text: ~, !~, IS [NOT] EMPTY. */
export interface TextField extends Common {
  kind: 'text';
  texts(issue: JiraIssue): string[];
}

/** Fields that can only appear in ORDER BY (rank). */
export interface SortOnlyField extends Common {
  kind: 'sortOnly';
}

export type FieldDef = SetField | OrderedField | TextField | SortOnlyField;

export const noSuchValue = (field: string, value: string): never => badRequest(`The value '${value}' does not exist for the field '${field}'.`);

export const unsupportedFunction = (s: { name: string }, field: string): never =>
  badRequest(`Unable to evaluate the JQL function '${s.name}()' on field '${field}': the Jira emulator does not implement it.`);

/** A literal's text; functions are refused unless the field handles them itself. */
export const literal = (s: Scalar, field: string): string => (s.kind === 'value' ? s.value : unsupportedFunction(s, field));

export const sortKeyOfIssueKey = (key: string): string => {
  const dash = key.lastIndexOf('-');
  return `${key.slice(0, dash).toUpperCase()}\u0000${key.slice(dash + 1).padStart(12, '0')}`;
};
