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
