// Checks the syntax of JQL a user typed, with Atlassian's own parser, before a KPI stores it. Whether the fields
// and values exist is for Jira to say when the query first runs.
import { JastBuilder } from '@atlaskit/jql-ast';

/** Null when the JQL parses; otherwise what is wrong and where, in words. */
export const jqlSyntaxProblem = (jql: string): string | null => {
  if (jql.trim() === '') return 'The query is empty';
  // A fresh builder each time: one instance memoizes its token stream and answers an empty query for a string
  // it has seen before.
  const jast = new JastBuilder().build(jql);
  const [first] = jast.errors;
  if (first) {
    const at =
      'line' in first && 'charPositionInLine' in first ? ` (line ${String(first.line)}, character ${String(Number(first.charPositionInLine) + 1)})` : '';
    return `${first.message}${at}`;
  }
  if (!jast.query) return 'The query could not be parsed';
  return null;
};
