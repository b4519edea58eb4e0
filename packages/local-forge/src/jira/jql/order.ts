// ORDER BY: up to 7 fields, ASC by default; empty values sort after every value (before them when DESC).
// Without ORDER BY the emulator returns newest first (id DESC); ties always break on id so paging is stable.
import type { OrderBy } from '@atlaskit/jql-ast';
import { badRequest } from '../http';
import type { JiraIssue } from '../model';
import { lookupField } from './fields';
import type { JqlEnv, SortValue } from './field-def';

export type Comparator = (a: JiraIssue, b: JiraIssue) => number;

const compareValues = (a: SortValue, b: SortValue): number => {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0;
};

const byId =
  (dir: 1 | -1): Comparator =>
  (a, b) =>
    dir * (Number(a.id) - Number(b.id));

export const compileOrder = (orderBy: OrderBy | void, env: JqlEnv): Comparator => {
  if (!orderBy || orderBy.fields.length === 0) return byId(-1);
  if (orderBy.fields.length > 7) return badRequest('The ORDER BY clause can contain at most 7 fields.');
  const keys = orderBy.fields.map((f) => {
    const field = lookupField(f.field, env);
    const sort = field.sort ?? badRequest(`Not able to sort using field '${f.field.value}'.`);
    const dir: 1 | -1 = f.direction && f.direction.value.toUpperCase() === 'DESC' ? -1 : 1;
    return { sort, dir };
  });
  const tie = byId(1);
  return (a, b) => {
    for (const { sort, dir } of keys) {
      const c = compareValues(sort(a), sort(b));
      if (c !== 0) return dir * c;
    }
    return tie(a, b);
  };
};
