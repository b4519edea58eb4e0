// What the running app knows about itself: name, version and environment, from the Forge runtime.
import { getAppContext } from '@forge/api';

export interface AppInfo {
  name: string;
  version: string;
  environment: string;
}

export const appInfo = (): AppInfo => {
  try {
    const ctx = getAppContext();
    return { name: 'Throughline', version: ctx.appVersion, environment: String(ctx.environmentType) };
  } catch {
    return { name: 'Throughline', version: 'unknown', environment: 'unknown' };
  }
};
