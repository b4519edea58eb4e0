// JQL entry point: parse with @atlaskit/jql-ast, compile, and run over the issues the principal may browse.
import type { JiraIssue } from '../model';
import { badRequest } from '../http';
import { canBrowse } from '../permissions';
import { indexWorld, type Principal, type World } from '../world';
import { compileClause } from './evaluate';
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

/** Every visible issue matching `jql`, in the query's order; 400 for anything the emulator cannot evaluate. */
export const searchIssues = (world: World, principal: Principal, jql: string): JiraIssue[] => {
  const query = parseJql(jql);
  if (world.requireBoundedJql && !query?.where) {
    return badRequest('Unbounded JQL queries are not allowed here. Please add a search restriction to your query.');
  }
  const env = jqlEnv(world, principal);
  const matches = query?.where ? compileClause(query.where, env) : () => true;
  const order = compileOrder(query?.orderBy, env);
  return world.state.issues.filter((i) => env.isVisible(i) && matches(i)).sort(order);
};
