// Resolver of the project alignment page (jira:projectPage): the project's chain, epics by goal, untagged epics
// with a one-click tag (through the tag-epic use case, as the viewer), and its gaps.
import { Resolver } from '../wiring/resolver';
import { projectPageCalls } from '../shared/api/project-page';
import { AppFailure } from '../shared/errors';
import { readProjectPage, tagEpicFromProject } from '../services/alignment/project-page';
import { defineHandler } from '../wiring/define';
import type { CallContext } from './define';
import { projectPageDeps, projectTagEpicDeps } from '../wiring/deps';
import type { Env } from '../wiring/env';
import { definePeopleCalls } from '../wiring/people-calls';

/** The page acts on the project it is shown on; a payload naming another project is refused. */
const sameProject = (ctx: CallContext, ref: string): void => {
  const project = ctx.extension.project as { key?: unknown; id?: unknown } | undefined;
  if (project && project.key !== ref && String(project.id) !== ref)
    throw new AppFailure('VALIDATION', 'The request names a different project than the one shown');
};

export const projectPageResolver = (env: Env) => {
  const resolver = new Resolver();
  resolver.define(
    projectPageCalls.view.key,
    defineHandler(projectPageCalls.view, async ({ project }, ctx) => {
      sameProject(ctx, project);
      return readProjectPage(projectPageDeps(env, ctx.accountId), project);
    }),
  );

  resolver.define(
    projectPageCalls.tagEpic.key,
    defineHandler(projectPageCalls.tagEpic, async ({ project, issue, goalId }, ctx) => {
      sameProject(ctx, project);
      const deps = projectTagEpicDeps(env, ctx.accountId);
      return tagEpicFromProject(deps.page, deps.tag, ctx.accountId, project, issue, goalId);
    }),
  );

  definePeopleCalls(resolver);
  return resolver.getDefinitions();
};
