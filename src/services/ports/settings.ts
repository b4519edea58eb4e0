// The app's settings as the use cases read and write them. Implemented by src/platform/storage/settings-store.ts.
import type { Settings } from '../../shared/model/settings';

export interface SettingsStore {
  read(): Promise<Settings>;
  write(s: Settings): Promise<void>;
}
