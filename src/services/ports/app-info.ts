// What the running app knows about itself, for the admin page's status. Implemented by src/platform/app-info.ts.
export interface AppInfo {
  name: string;
  version: string;
  environment: string;
}
