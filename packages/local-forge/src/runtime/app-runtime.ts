// The app's side of the local Forge: how the platform calls the app's resolvers and scheduled functions, given its
// manifest and handlers. The local Forge uses it beside its emulators; a worker thread can use it with backends that
// live in another thread (the bench runs the app under the function's memory limit that way).
import { CLOUD_ID, runInvocation } from './forge-globals';
import { uiModules, type Manifest } from './manifest';
import { LocalTriggers, type Handler } from './triggers';

export interface InvokeRequest {
  moduleKey: string;
  functionKey: string;
  payload?: unknown;
  /** What the browser claims about where it runs (issue, project, macro config…): untrusted, as in production. */
  extension?: Record<string, unknown>;
  /** The principal; the platform vouches for it in production, the host's persona switcher here. */
  accountId?: string;
  /** The module instance the call comes from (a Confluence macro's localId), as the frame's getContext says. */
  localId?: string;
}

export class InvokeError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export interface AppRuntime {
  invoke(req: InvokeRequest): Promise<unknown>;
  runScheduledTrigger(moduleKey: string, opts?: { timeoutMs?: number }): Promise<unknown>;
  readonly triggers: LocalTriggers;
}

export const appRuntime = (manifest: Manifest, handlers: Record<string, Handler | undefined>): AppRuntime => {
  const modules = uiModules(manifest);
  const triggers = new LocalTriggers(manifest, handlers);
  const invoke = async (req: InvokeRequest): Promise<unknown> => {
    const mod = modules.find((m) => m.key === req.moduleKey);
    if (!mod?.handler) throw new InvokeError(404, `no module '${req.moduleKey}' with a resolver in manifest.yml`);
    const handler = handlers[mod.handler];
    if (!handler) throw new InvokeError(500, `the app's handlers do not include '${mod.handler}'`);
    const context = {
      localId: req.localId ?? `${req.moduleKey}-local`,
      cloudId: CLOUD_ID,
      moduleKey: req.moduleKey,
      extension: req.extension ?? {},
    };
    return runInvocation({ moduleKey: req.moduleKey, ...(req.accountId ? { accountId: req.accountId } : {}) }, () =>
      handler(
        { call: { functionKey: req.functionKey, payload: req.payload ?? {} }, context },
        {
          principal: req.accountId ? { accountId: req.accountId } : undefined,
          installContext: `ari:cloud:jira::site/${CLOUD_ID}`,
          license: { isActive: true },
          installation: { installationId: 'local-installation' },
        },
      ),
    );
  };
  return { invoke, runScheduledTrigger: (moduleKey, o) => triggers.runScheduled(moduleKey, o), triggers };
};
