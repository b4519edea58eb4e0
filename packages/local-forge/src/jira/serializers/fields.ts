// Which fields and properties a request asks for, by Jira's rules: comma lists, `*all`, `*navigable`,
// `-field` exclusions; unknown fields are ignored as Jira ignores them.

/** The story points ("Story point estimate") custom field of this emulated site. */
export const STORY_POINTS_FIELD = 'customfield_10016';
export const STORY_POINTS_NAME = 'Story point estimate';

export const FIELD_NAMES: Record<string, string> = {
  summary: 'Summary',
  status: 'Status',
  issuetype: 'Issue Type',
  project: 'Project',
  parent: 'Parent',
  labels: 'Labels',
  assignee: 'Assignee',
  reporter: 'Reporter',
  created: 'Created',
  updated: 'Updated',
  statuscategorychangedate: 'Status Category Changed',
  [STORY_POINTS_FIELD]: STORY_POINTS_NAME,
};

/** Every field the emulator knows; all are navigable. */
export const ALL_FIELDS: readonly string[] = Object.keys(FIELD_NAMES);

/** `id`: issues carry only their id (search/jql's default); otherwise the listed fields (possibly none). */
export type FieldSelection = { mode: 'id' } | { mode: 'fields'; fields: string[] };

export const selectFields = (requested: readonly string[] | undefined, fallback: 'all' | 'id'): FieldSelection => {
  const tokens = (requested ?? [])
    .flatMap((f) => f.split(','))
    .map((f) => f.trim())
    .filter((f) => f !== '');
  if (tokens.length === 0) return fallback === 'id' ? { mode: 'id' } : { mode: 'fields', fields: [...ALL_FIELDS] };
  let all = false;
  let onlyIdTokens = true;
  const include = new Set<string>();
  const exclude = new Set<string>();
  for (const t of tokens) {
    if (t === '*all' || t === '*navigable') all = true;
    else if (t.startsWith('-')) exclude.add(t.slice(1));
    else if (t !== 'id' && t !== 'key') include.add(t);
    if (t !== 'id') onlyIdTokens = false;
  }
  if (onlyIdTokens) return { mode: 'id' };
  // Only exclusions ("-labels") start from every field, as Jira's default set does.
  const base = all || (include.size === 0 && exclude.size > 0) ? ALL_FIELDS : ALL_FIELDS.filter((f) => include.has(f));
  return { mode: 'fields', fields: base.filter((f) => !exclude.has(f)) };
};

/** GET issue and bulkfetch always return id, key and self; `fields=id` there just means no fields. */
export const withKeys = (sel: FieldSelection): FieldSelection => (sel.mode === 'id' ? { mode: 'fields', fields: [] } : sel);

/** True when a search page may hold up to 5,000 issues: nothing but id/key requested. */
export const isIdOrKeyOnly = (sel: FieldSelection): boolean => sel.mode === 'id' || sel.fields.length === 0;

/** Issue properties to include: explicit keys, or `*all` minus `-key` exclusions. undefined → none requested. */
export const selectProperties = (requested: readonly string[] | undefined): ((props: Record<string, unknown>) => Record<string, unknown>) | undefined => {
  const tokens = (requested ?? [])
    .flatMap((f) => f.split(','))
    .map((f) => f.trim())
    .filter((f) => f !== '');
  if (tokens.length === 0) return undefined;
  const all = tokens.includes('*all');
  const exclude = new Set(tokens.filter((t) => t.startsWith('-')).map((t) => t.slice(1)));
  const include = tokens.filter((t) => t !== '*all' && !t.startsWith('-'));
  return (props) => {
    const keys = all ? Object.keys(props) : include;
    const out: Record<string, unknown> = {};
    for (const k of keys) if (!exclude.has(k) && k in props) out[k] = props[k];
    return out;
  };
};
