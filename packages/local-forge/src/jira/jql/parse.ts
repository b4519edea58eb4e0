// Parses JQL with Atlassian's own parser and turns its syntax errors into Jira's 400 message.
import { JastBuilder, type Query } from '@atlaskit/jql-ast';
import { badRequest } from '../http';

/** Queries parsed lately: paging asks for the same JQL page after page, and Atlassian's parser takes ~10 ms
 *  for a list of 100 ids. The trees are only read after parsing, so sharing them is safe. */
const recent = new Map<string, Query>();
const RECENT_MAX = 64;

/** The parsed query, or undefined for an empty (whitespace-only) string. */
export const parseJql = (jql: string): Query | undefined => {
  if (jql.trim() === '') return undefined;
  const hit = recent.get(jql);
  if (hit) return hit;
  const query = parse(jql);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value as string);
  recent.set(jql, query);
  return query;
};

const parse = (jql: string): Query => {
  // A fresh builder each time: JastBuilder memoizes its token stream per instance, so building the same
  // string twice in a row on one instance re-reads a consumed stream and yields an empty query.
  const jast = new JastBuilder().build(jql);
  const [first] = jast.errors;
  if (first) {
    const where =
      'line' in first && 'charPositionInLine' in first ? ` (line ${String(first.line)}, character ${String(Number(first.charPositionInLine) + 1)})` : '';
    return badRequest(`Error in the JQL Query: ${first.message}${where}`);
  }
  if (!jast.query) return badRequest('Error in the JQL Query: the query could not be parsed.');
  return jast.query;
};
