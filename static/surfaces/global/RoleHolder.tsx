// Who holds a role on a goal (leader or manager); an empty role is a warning, with an icon and words.
import { PersonName } from '../../kit/ui/Avatar';
import type { CatalogNamer } from './namer';

export function RoleHolder({ role, accountId, names }: { role: 'leader' | 'manager'; accountId: string | null; names: CatalogNamer }) {
  if (!accountId) {
    return (
      <span className="sc-missing" data-missing={role}>
        <span aria-hidden="true">⚠ </span>
        {role === 'leader' ? 'No leader' : 'No manager'}
      </span>
    );
  }
  return <PersonName person={{ accountId, displayName: names.person(accountId) }} size="small" />;
}
