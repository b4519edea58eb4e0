// App settings in storage: one key, versioned.
import { kvs } from '@forge/kvs';
import { DEFAULT_SETTINGS, Settings } from '../../shared/model/settings';
import type { SettingsStore } from '../../services/ports/settings';

const KEY = 'settings';


export const forgeSettingsStore: SettingsStore = {
  async read() {
    const raw = await kvs.get(KEY);
    return raw === undefined ? DEFAULT_SETTINGS : Settings.parse(raw);
  },
  async write(s) {
    await kvs.set(KEY, Settings.parse(s));
  },
};
