// What the running app knows about itself: name, version and environment, from the Forge runtime.
import { getAppContext } from '@forge/api';
import type { AppInfo } from '../services/ports/app-info';

export const appInfo = (): AppInfo => {
  try {
    const ctx = getAppContext();
    return { name: 'Throughline', version: ctx.appVersion, environment: String(ctx.environmentType) };
  } catch {
    return { name: 'Throughline', version: 'unknown', environment: 'unknown' };
  }
};
