// Resolver of project tagging (jira:projectSettingsPage).
import { Resolver } from '../wiring/resolver';
import { projectSettingsCalls } from '../shared/api/project-settings';
import { AppFailure } from '../shared/errors';
import { clearProjectTag, readProjectTag, saveProjectTag } from '../services/alignment/project-tag';
import { defineHandler } from '../wiring/define';
import type { CallContext } from './define';
import { projectTagDeps, peopleMatching } from '../wiring/deps';
import type { Env } from '../wiring/env';
import { definePeopleCalls } from '../wiring/people-calls';

/** The page acts on the project it is shown on; a payload naming another project is refused. */
const sameProject = (ctx: CallContext, ref: string): void => {
  const project = ctx.extension.project as { key?: unknown; id?: unknown } | undefined;
  if (project && project.key !== ref && String(project.id) !== ref)
    throw new AppFailure('VALIDATION', 'The request names a different project than the one shown');
};

export const projectSettingsResolver = (env: Env) => {
  const resolver = new Resolver();
  resolver.define(
    projectSettingsCalls.get.key,
    defineHandler(projectSettingsCalls.get, async ({ project }, ctx) => {
      sameProject(ctx, project);
      return readProjectTag(projectTagDeps(env, ctx.accountId), project);
    }),
  );
  resolver.define(
    projectSettingsCalls.save.key,
    defineHandler(projectSettingsCalls.save, async (req, ctx) => {
      sameProject(ctx, req.project);
      return saveProjectTag(projectTagDeps(env, ctx.accountId), ctx.accountId, req);
    }),
  );
  resolver.define(
    projectSettingsCalls.clear.key,
    defineHandler(projectSettingsCalls.clear, async ({ project, expectedVersion }, ctx) => {
      sameProject(ctx, project);
      return clearProjectTag(projectTagDeps(env, ctx.accountId), ctx.accountId, project, expectedVersion);
    }),
  );
  resolver.define(
    projectSettingsCalls.searchUsers.key,
    defineHandler(projectSettingsCalls.searchUsers, ({ query }) => peopleMatching(query)),
  );

  definePeopleCalls(resolver);
  return resolver.getDefinitions();
};
