// `@throughline/local-forge`: an offline Forge platform for any Forge app (../README.md). The local Forge runs
// the app's handlers against the Jira and KVS emulators behind the platform globals; the local host serves its
// Custom UI resources inside stand-ins for Jira and Confluence pages. The emulators on their own:
// `@throughline/local-forge/jira` and `@throughline/local-forge/kvs`.
export {
  createLocalForge,
  InvokeError,
  type Handler,
  type Handlers,
  type InvokeRequest,
  type LocalForge,
  type LocalForgeOptions,
  type ScheduledAtStart,
  type StartContext,
} from './runtime/local-forge';
export { APP_ID, CLOUD_ID, currentInvocation, installForgeGlobals, runInvocation, useBackends, type Backends, type Invocation } from './runtime/forge-globals';
export { handlerExports, readManifest, uiModules, type Manifest, type ManifestModule, type UiModule } from './runtime/manifest';
export type { TriggerDelivery } from './runtime/triggers';
export { DayClock, type Clock } from './runtime/clock';
export { todayUtc } from './runtime/today';
export { defaultDataDir, startHost, type Host, type HostOptions } from './host/server';
export { isJiraMutation } from './host/persistence';
export { resolveSite, type ConfluencePage, type IssueSample, type Persona, type Site, type SiteOptions } from './host/site';
export type { HostState } from './host/surfaces';
