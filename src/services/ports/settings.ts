// The app's settings as the use cases read and write them. Implemented by src/platform/storage/settings-store.ts.
import type { Settings } from '../../shared/model/settings';

export interface SettingsStore {
  read(): Promise<Settings>;
  /** Writes when the stored version is still `expectedVersion`, in one conditional write; 'conflict' otherwise. */
  save(next: Settings, expectedVersion: number): Promise<'committed' | 'conflict'>;
  /** Writes whatever is stored (seeding only). */
  write(s: Settings): Promise<void>;
}
