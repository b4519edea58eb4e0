// Issue entity properties in JQL: by search alias (`appGoal = g1`) or by `issue.property[key].path`.
// Only values declared by a `jira:entityProperty` module are indexed, so only those are searchable.
import type { Field } from '@atlaskit/jql-ast';
import { badRequest } from '../http';
import type { JiraIssue } from '../model';
import type { SearchAlias } from '../types';
import { valuesAtPath } from '../world';
import { parseJqlDate, storedDate } from './dates';
import { literal, unsupportedFunction, type FieldDef, type JqlEnv } from './field-def';

const raw = (alias: SearchAlias, issue: JiraIssue): unknown[] =>
  issue.properties[alias.propertyKey] === undefined ? [] : valuesAtPath(issue.properties[alias.propertyKey], alias.path);

const strings = (alias: SearchAlias, issue: JiraIssue): string[] =>
  raw(alias, issue).flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'number' || typeof v === 'boolean' ? [String(v)] : []));

const numbers = (alias: SearchAlias, issue: JiraIssue): number[] =>
  raw(alias, issue).flatMap((v) => {
    const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : Number.NaN;
    return Number.isFinite(n) ? [n] : [];
  });

const dates = (alias: SearchAlias, issue: JiraIssue): number[] =>
  raw(alias, issue).flatMap((v) => {
    const t = storedDate(v);
    return t === undefined ? [] : [t];
  });

export const aliasField = (alias: SearchAlias, name: string, env: JqlEnv): FieldDef => {
  switch (alias.type) {
    case 'string':
      // Exact, case-sensitive match: string values are indexed as keywords.
      return { kind: 'set', name, tokens: (i) => strings(alias, i), resolve: (s) => [literal(s, name)], sort: (i) => strings(alias, i)[0] };
    case 'user':
      return {
        kind: 'set',
        name,
        tokens: (i) => strings(alias, i),
        resolve: (s) => {
          if (s.kind === 'value') return [s.value];
          if (s.name.toLowerCase() !== 'currentuser') return unsupportedFunction(s, name);
          return env.principal.kind === 'user' ? [env.principal.user.accountId] : [];
        },
        sort: (i) => strings(alias, i)[0],
      };
    case 'number':
      return {
        kind: 'ordered',
        name,
        values: (i) => numbers(alias, i),
        parse: (s) => {
          const n = Number(literal(s, name));
          return Number.isFinite(n) && literal(s, name).trim() !== ''
            ? n
            : badRequest(`The value '${literal(s, name)}' for field '${name}' is not a valid number.`);
        },
        sort: (i) => numbers(alias, i)[0],
      };
    case 'date':
      return {
        kind: 'ordered',
        name,
        values: (i) => dates(alias, i),
        parse: (s) => parseJqlDate(literal(s, name), name, env.now),
        sort: (i) => dates(alias, i)[0],
      };
    case 'text':
      return { kind: 'text', name, texts: (i) => strings(alias, i) };
  }
};

/** `issue.property[key].a.b`: searchable only where an alias indexes that key and path. */
export const propertyField = (field: Field, env: JqlEnv): FieldDef => {
  const [prop] = field.properties ?? [];
  const key = prop?.key ? prop.key.value : '';
  const path = (prop?.path ?? []).map((p) => p.value.replace(/^\.+/, '')).join('.');
  const written = `issue.property[${key}]${path ? `.${path}` : ''}`;
  const alias = env.aliases.find((a) => a.propertyKey === key && a.path === path);
  if (!alias) {
    return badRequest(`Field '${written}' cannot be searched: no jira:entityProperty module indexes property '${key}' at path '${path}'.`);
  }
  return aliasField(alias, written, env);
};
