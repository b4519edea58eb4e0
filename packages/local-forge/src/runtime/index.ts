// `@throughline/local-forge/runtime`: the platform globals and the app's side of the local Forge without the
// emulators or the host, for code that runs the app in a thread of its own (e.g. under a memory limit).
export { installForgeGlobals, runInvocation, useBackends, type Backends } from './forge-globals';
export { appRuntime, InvokeError, type AppRuntime, type InvokeRequest } from './app-runtime';
export { readManifest, type Manifest } from './manifest';
export type { Handler } from './triggers';
