// A macro's saved config as the product hands it back (view.getContext() → extension.config), read into the
// contract's TreeMacroConfig. Absent means a macro nobody has configured yet. Confluence may keep parameters as
// strings, so "true" and "3" are read as the boolean and the number they stand for.
import { TreeMacroConfig } from '../../../src/shared/api/macros';

export type SavedConfig =
  { status: 'default'; config: TreeMacroConfig } | { status: 'saved'; config: TreeMacroConfig } | { status: 'invalid'; config: TreeMacroConfig };

/** Ids are kept as written: a goal or period id is never a number or a boolean. */
const IDS = new Set(['rootGoalId', 'asOf']);

const loosen = (v: unknown): unknown => {
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (typeof v === 'string' && /^\d+$/.test(v)) return Number(v);
  return v;
};

export const readMacroConfig = (raw: unknown): SavedConfig => {
  const defaults = TreeMacroConfig.parse({});
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || Object.keys(raw).length === 0) return { status: 'default', config: defaults };
  const entries = Object.entries(raw as Record<string, unknown>)
    .filter(([k, v]) => v !== null && v !== '' && !(IDS.has(k) && v === undefined))
    .map(([k, v]) => [k, IDS.has(k) ? v : loosen(v)]);
  const parsed = TreeMacroConfig.safeParse(Object.fromEntries(entries));
  return parsed.success ? { status: 'saved', config: parsed.data } : { status: 'invalid', config: defaults };
};
