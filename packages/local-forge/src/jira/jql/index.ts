// JQL entry point: parse with @atlaskit/jql-ast, compile, narrow the candidates through the search indexes where
// the query allows it (./issue-index.ts), and evaluate the whole query on them for the issues the principal may browse.
import type { JiraIssue } from '../model';
import { badRequest } from '../http';
import { canBrowse } from '../permissions';
import { indexWorld, type Principal, type World } from '../world';
import { compileClause } from './evaluate';
import { candidates } from './issue-index';
import type { JqlEnv } from './field-def';
import { compileOrder } from './order';
import { parseJql } from './parse';

export const jqlEnv = (world: World, principal: Principal): JqlEnv => {
  const index = indexWorld(world.state);
  const visibleProjects = world.state.projects.filter((p) => canBrowse(principal, p));
  const visibleIds = new Set(visibleProjects.map((p) => p.id));
  return {
    index,
    principal,
    aliases: world.aliases,
    now: world.clock(),
    visibleProjects,
    isVisible: (issue) => visibleIds.has(issue.projectId),
  };
};

/** 'indexed' evaluates the query on the candidates its indexed clauses allow; 'scan' on every issue (the reference). */
export type SearchMode = 'indexed' | 'scan';

export interface SearchRun {
  issues: JiraIssue[];
  /** How many issues the query was evaluated on. */
  examined: number;
}

/** Every visible issue matching `jql`, in the query's order; 400 for anything the emulator cannot evaluate. */
export const runSearch = (world: World, principal: Principal, jql: string, mode: SearchMode = 'indexed'): SearchRun => {
  const query = parseJql(jql);
  if (world.requireBoundedJql && !query?.where) {
    return badRequest('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  }
  const env = jqlEnv(world, principal);
  const where = query?.where ? compileClause(query.where, env) : undefined;
  const order = compileOrder(query?.orderBy, env);
  // Candidates keep the issues' order, so the stable sort below breaks ties exactly as it does over every issue.
  const pool = mode === 'indexed' && where?.narrow ? candidates(world.state, where.narrow) : world.state.issues;
  const test = where?.test ?? (() => true);
  return { issues: pool.filter((i) => env.isVisible(i) && test(i)).sort(order), examined: pool.length };
};

export const searchIssues = (world: World, principal: Principal, jql: string): JiraIssue[] => runSearch(world, principal, jql).issues;
