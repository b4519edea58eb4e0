// Names for ids: people from the catalog's `people` (the account id when the catalog does not know them), and
// goals by title.
import type { CatalogView } from '../../../src/shared/api/catalog';
import type { Namer } from './goal-diff';
import { NOT_SHOWN_GOAL_WORDS } from '../../../src/shared/model/audit';

export interface CatalogNamer extends Namer {
  /** The display name, or undefined when the catalog does not know this person. */
  knownPerson(accountId: string): string | undefined;
}

export const makeNamer = (view: Pick<CatalogView, 'people' | 'goals'>, extra: Record<string, string> = {}): CatalogNamer => {
  const people = new Map(view.people.map((p) => [p.accountId, p.displayName]));
  for (const [id, name] of Object.entries(extra)) people.set(id, name);
  const goals = new Map(view.goals.map((g) => [g.id, g.title]));
  return {
    knownPerson: (id) => people.get(id),
    person: (id) => people.get(id) ?? id,
    goal: (id) => goals.get(id) ?? NOT_SHOWN_GOAL_WORDS,
  };
};

/** The namer, also knowing people picked in a form who are not in the catalog yet. */
export const withPeople = (names: CatalogNamer, refs: readonly ({ accountId: string; displayName: string } | null)[]): CatalogNamer => {
  const extra = new Map(refs.filter((r) => r !== null).map((r) => [r.accountId, r.displayName]));
  return {
    knownPerson: (id) => names.knownPerson(id) ?? extra.get(id),
    person: (id) => names.knownPerson(id) ?? extra.get(id) ?? id,
    goal: names.goal,
  };
};
