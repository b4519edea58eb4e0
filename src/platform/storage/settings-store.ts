// App settings in storage: one versioned item, saved only when the version is still the one read.
import { kvs, Filter, FilterConditions } from '@forge/kvs';
import { DEFAULT_SETTINGS, Settings } from '../../shared/model/settings';
import type { SettingsStore } from '../../services/ports/settings';
import { isConditionFailure } from './kvs-errors';

const KEY = 'settings';
/** Where settings lived before saves were conditional: read until the first save moves them to the entity. */
const LEGACY_KEY = 'settings';

interface SettingsItem {
  version: number;
  record: Settings;
}

const entity = () => kvs.entity<SettingsItem>('settings');

/** The settings' addresses (the item, and where they lived before), for a batch read that fetches them beside other
 *  items (src/platform/storage/boards.ts). */
export const SETTINGS_ITEMS = [{ key: KEY, entityName: 'settings' }, { key: LEGACY_KEY }] as const;
/** The settings among a batch read's hits, as `read` finds them: the item, else the legacy value, else the defaults. */
export const settingsFrom = (hits: readonly { key: string; entityName?: string; value: unknown }[]): Settings => {
  const item = hits.find((h) => h.entityName === 'settings' && h.key === KEY);
  if (item) return Settings.parse((item.value as SettingsItem).record);
  const legacy = hits.find((h) => h.entityName === undefined && h.key === LEGACY_KEY);
  return legacy ? Settings.parse(legacy.value) : DEFAULT_SETTINGS;
};

export const forgeSettingsStore: SettingsStore = {
  async read() {
    const item = await entity().get(KEY);
    if (item !== undefined) return Settings.parse(item.record);
    const raw = await kvs.get(LEGACY_KEY);
    return raw === undefined ? DEFAULT_SETTINGS : Settings.parse(raw);
  },
  async save(next, expectedVersion) {
    // The condition, not the read before it, decides: the read only tells whether the item exists yet.
    const exists = (await entity().get(KEY)) !== undefined;
    const conditions = exists
      ? new Filter<SettingsItem>().and('version', FilterConditions.equalTo(expectedVersion))
      : new Filter<SettingsItem>().and('version', FilterConditions.notExists());
    const record = Settings.parse(next);
    try {
      await kvs.transact().set<SettingsItem>(KEY, { version: record.version, record }, { entityName: 'settings', conditions }).execute();
      return 'committed';
    } catch (e) {
      if (isConditionFailure(e)) return 'conflict';
      throw e;
    }
  },
  async write(s) {
    const record = Settings.parse(s);
    await entity().set(KEY, { version: record.version, record });
  },
};
