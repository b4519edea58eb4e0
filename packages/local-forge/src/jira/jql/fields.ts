// The system fields the emulator's JQL understands, looked up case-insensitively as Jira does.
import type { Field } from '@atlaskit/jql-ast';
import { badRequest } from '../http';
import type { JiraIssue, ProjectPermissionKey } from '../model';
import { PERMISSION_INFO, principalHolds } from '../permissions';
import { STATUS_CATEGORIES } from '../serializers/issue';
import { STORY_POINTS_NAME } from '../serializers/fields';
import { findIssue } from '../world';
import { aliasField, propertyField } from './alias-fields';
import { indexedTokens } from './issue-index';
import { parseJqlDate, storedDate } from './dates';
import { literal, noSuchValue, sortKeyOfIssueKey, unsupportedFunction, type FieldDef, type JqlEnv, type Scalar } from './field-def';

const lower = (s: string): string => s.toLowerCase();

/** Jira sorts statuses and issue types in their configured order: here, the seed's order. */
const position = (map: Map<string, unknown>, id: string): number | undefined => {
  const at = [...map.keys()].indexOf(id);
  return at < 0 ? undefined : at;
};

/** key / issuekey / id / issue / parent values: a numeric id, or the key of an issue the caller can see. */
const issueRef =
  (env: JqlEnv, field: string) =>
  (s: Scalar): string[] => {
    const v = literal(s, field);
    if (/^\d+$/.test(v)) return [v];
    const issue = findIssue(env.index, v);
    if (!issue || !env.isVisible(issue)) return badRequest(`An issue with key '${v}' does not exist for field '${field}'.`);
    return [issue.id];
  };

const userRef =
  (env: JqlEnv, field: string) =>
  (s: Scalar): string[] => {
    if (s.kind === 'function') {
      if (lower(s.name) !== 'currentuser') return unsupportedFunction(s, field);
      // asApp: currentUser() is the app's own user, who holds no issues in the seed.
      return env.principal.kind === 'user' ? [env.principal.user.accountId] : [];
    }
    if (!env.index.userById.has(s.value)) return noSuchValue(field, s.value);
    return [s.value];
  };

const userName = (env: JqlEnv, accountId: string | undefined): string | undefined =>
  accountId === undefined ? undefined : lower(env.index.userById.get(accountId)?.displayName ?? accountId);

const dateField = (env: JqlEnv, name: string, read: (i: JiraIssue) => string): FieldDef => ({
  kind: 'ordered',
  name,
  values: (i) => {
    const t = storedDate(read(i));
    return t === undefined ? [] : [t];
  },
  parse: (s) => {
    if (s.kind === 'function') return lower(s.name) === 'now' && s.args.length === 0 ? env.now : unsupportedFunction(s, name);
    return parseJqlDate(s.value, name, env.now);
  },
  sort: (i) => storedDate(read(i)),
});

type Builder = (env: JqlEnv, name: string) => FieldDef;

/** `projectsWhereUserHasPermission("Administer Projects")`: the browsable projects where the caller holds the permission named. */
const projectsWherePermitted = (env: JqlEnv, s: Extract<Scalar, { kind: 'function' }>, field: string): string[] => {
  const wanted = s.args.length === 1 ? lower(s.args[0]!.trim()) : '';
  const key = Object.entries(PERMISSION_INFO).find(([, info]) => info.type === 'PROJECT' && lower(info.name) === wanted)?.[0];
  if (!key || key === 'ADMINISTER')
    return badRequest(`The permission '${s.args.join(', ')}' passed to the JQL function '${s.name}()' on field '${field}' is not valid.`);
  return env.visibleProjects.filter((p) => principalHolds(env.principal, key as ProjectPermissionKey, p)).map((p) => p.id);
};

const project: Builder = (env, name) => ({
  kind: 'set',
  name,
  tokens: (i) => indexedTokens('project', i),
  indexed: 'project',
  resolve: (s) => {
    if (s.kind === 'function' && lower(s.name) === 'projectswhereuserhaspermission') return projectsWherePermitted(env, s, name);
    const v = lower(literal(s, name));
    const hits = env.visibleProjects.filter((p) => p.id === v || lower(p.key) === v || lower(p.name) === v);
    return hits.length > 0 ? hits.map((p) => p.id) : noSuchValue(name, literal(s, name));
  },
  sort: (i) => lower(env.index.projectById.get(i.projectId)?.name ?? ''),
});

const issueType: Builder = (env, name) => ({
  kind: 'set',
  name,
  tokens: (i) => indexedTokens('issuetype', i),
  indexed: 'issuetype',
  resolve: (s) => {
    const types = [...env.index.typeById.values()];
    if (s.kind === 'function') {
      const fn = lower(s.name);
      if (fn === 'standardissuetypes') return types.filter((t) => !t.subtask).map((t) => t.id);
      if (fn === 'subtaskissuetypes') return types.filter((t) => t.subtask).map((t) => t.id);
      return unsupportedFunction(s, name);
    }
    const hits = types.filter((t) => t.id === s.value || lower(t.name) === lower(s.value));
    return hits.length > 0 ? hits.map((t) => t.id) : noSuchValue(name, s.value);
  },
  sort: (i) => position(env.index.typeById, i.issueTypeId),
});

const status: Builder = (env, name) => ({
  kind: 'set',
  name,
  tokens: (i) => [i.statusId],
  resolve: (s) => {
    const v = literal(s, name);
    const hits = [...env.index.statusById.values()].filter((st) => st.id === v || lower(st.name) === lower(v));
    return hits.length > 0 ? hits.map((st) => st.id) : noSuchValue(name, v);
  },
  sort: (i) => position(env.index.statusById, i.statusId),
});

const statusCategory: Builder = (env, name) => ({
  kind: 'set',
  name,
  tokens: (i) => {
    const st = env.index.statusById.get(i.statusId);
    return st ? [st.category] : [];
  },
  resolve: (s) => {
    const v = lower(literal(s, name));
    const hit = Object.values(STATUS_CATEGORIES).find((c) => c.key === v || String(c.id) === v || lower(c.name) === v);
    return hit ? [hit.key] : noSuchValue(name, literal(s, name));
  },
  sort: (i) => STATUS_CATEGORIES[env.index.statusById.get(i.statusId)?.category ?? 'new'].id,
});

const issueKey =
  (sortBy: 'key' | 'id'): Builder =>
  (env, name) => ({
    kind: 'set',
    name,
    tokens: (i) => indexedTokens('id', i),
    indexed: 'id',
    resolve: issueRef(env, name),
    sort: (i) => (sortBy === 'id' ? Number(i.id) : sortKeyOfIssueKey(i.key)),
  });

const parent: Builder = (env, name) => ({
  kind: 'set',
  name,
  tokens: (i) => indexedTokens('parent', i),
  indexed: 'parent',
  resolve: issueRef(env, name),
  sort: (i) => {
    const p = i.parentId === undefined ? undefined : env.index.issueById.get(i.parentId);
    return p ? sortKeyOfIssueKey(p.key) : undefined;
  },
});

const labels: Builder = (_env, name) => ({
  kind: 'set',
  name,
  tokens: (i) => i.labels.map(lower),
  resolve: (s) => [lower(literal(s, name))],
});

const person =
  (read: (i: JiraIssue) => string | undefined): Builder =>
  (env, name) => ({
    kind: 'set',
    name,
    tokens: (i) => {
      const id = read(i);
      return id === undefined ? [] : [id];
    },
    resolve: userRef(env, name),
    sort: (i) => userName(env, read(i)),
  });

const summary: Builder = (_env, name) => ({ kind: 'text', name, texts: (i) => [i.summary], sort: (i) => lower(i.summary) });
// Jira's `text` also covers description and comments, which the emulator does not keep.
const text: Builder = (_env, name) => ({ kind: 'text', name, texts: (i) => [i.summary] });

const storyPoints: Builder = (_env, name) => ({
  kind: 'ordered',
  name,
  values: (i) => (i.storyPoints === undefined ? [] : [i.storyPoints]),
  parse: (s) => {
    const n = Number(literal(s, name));
    return Number.isFinite(n) ? n : badRequest(`The value '${literal(s, name)}' for field '${name}' is not a valid number.`);
  },
  sort: (i) => i.storyPoints,
});

const SYSTEM: Record<string, Builder> = {
  project,
  issuetype: issueType,
  type: issueType,
  status,
  statuscategory: statusCategory,
  key: issueKey('key'),
  issuekey: issueKey('key'),
  issue: issueKey('key'),
  id: issueKey('id'),
  parent,
  labels,
  assignee: person((i) => i.assigneeAccountId),
  reporter: person((i) => i.reporterAccountId),
  summary,
  text,
  created: (env, name) => dateField(env, name, (i) => i.created),
  createddate: (env, name) => dateField(env, name, (i) => i.created),
  updated: (env, name) => dateField(env, name, (i) => i.updated),
  updateddate: (env, name) => dateField(env, name, (i) => i.updated),
  'cf[10016]': storyPoints,
  [lower(STORY_POINTS_NAME)]: storyPoints,
  rank: (_env, name) => ({ kind: 'sortOnly', name, sort: (i) => Number(i.id) }),
};

/** The field a clause or ORDER BY names; 400 with Jira's message when it is unknown. */
export const lookupField = (field: Field, env: JqlEnv): FieldDef => {
  const name = field.value;
  if (lower(name) === 'issue.property') return propertyField(field, env);
  const system = SYSTEM[lower(name)];
  if (system) return system(env, name);
  const alias = env.aliases.find((a) => lower(a.alias) === lower(name));
  if (alias) return aliasField(alias, name, env);
  return badRequest(`Field '${name}' does not exist or you do not have permission to view it.`);
};
