// The local Forge platform: emulators behind the platform globals, the real handlers of src/index.ts, and
// `invoke`, which runs exactly what a browser's bridge `invoke` would run in production.
import path from 'node:path';
import { installForgeGlobals, runInvocation, useBackends, CLOUD_ID } from './forge-globals';
import { readManifest, uiModules, ROOT, type Manifest } from './manifest';
import { createJiraEmulator, searchAliasesFromManifest, type JiraEmulator } from '../jira/emulator';
import { createKvsEmulator, entitiesFromManifest, type KvsEmulator, type KvsSnapshot } from '../kvs/emulator';
import type { JiraSeed } from '../jira/model';
import type { DemoStrategy } from '../demo';
import type * as SeedStorage from './seed-storage';
import { LocalTriggers, type TriggerDelivery } from './triggers';
import type { Clock } from '../../src/shared/clock';
import { systemClock } from '../../src/platform/clock';

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

export interface LocalForge {
  readonly manifest: Manifest;
  readonly jira: JiraEmulator;
  readonly kvs: KvsEmulator;
  invoke(req: InvokeRequest): Promise<unknown>;
  /** Runs a `scheduledTrigger` module now, as the platform's scheduler would; `timeoutMs` overrides its budget. */
  runScheduledTrigger(moduleKey: string, opts?: { timeoutMs?: number }): Promise<unknown>;
  /** Resolves once every Jira event raised so far has reached the app's triggers. */
  eventsDelivered(): Promise<void>;
  /** What the app's triggers were given and whether they succeeded. */
  readonly triggerLog: TriggerDelivery[];
}

export interface LocalForgeOptions {
  seed: JiraSeed;
  /** The demo strategy, written to storage when storage holds no catalog yet. */
  strategy?: DemoStrategy;
  /** A file to keep storage in across restarts; in memory when absent. */
  kvsFile?: string;
  /**
   * Storage to start from (what `kvs.snapshot()` of an earlier local Forge gave): a test fixture seeds the demo
   * once and restores it for every test instead of seeding again.
   */
  kvsSnapshot?: KvsSnapshot;
  manifest?: Manifest;
  /** Run the roll-up reconcile job once at start when storage holds no roll-ups (default true). */
  runScheduledAtStart?: boolean;
  /**
   * The clock of the app, the emulators and the seeding. Without one the handlers are production's own
   * (src/index.ts, the system clock); with one they are built by the composition root with this clock.
   */
  clock?: Clock;
}

type Handler = (event: unknown, ctx: unknown) => Promise<unknown>;

export class InvokeError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export const createLocalForge = async (opts: LocalForgeOptions): Promise<LocalForge> => {
  installForgeGlobals();
  const manifest = opts.manifest ?? readManifest();
  const clockMs = opts.clock ? () => opts.clock!.now().getTime() : undefined;
  const jira = createJiraEmulator({ seed: opts.seed, searchAliases: searchAliasesFromManifest(manifest), ...(clockMs ? { clock: clockMs } : {}) });
  const kvs = createKvsEmulator({ entities: entitiesFromManifest(manifest), ...(opts.kvsFile ? { persistFile: opts.kvsFile } : {}), ...(clockMs ? { clock: clockMs } : {}) });
  if (opts.kvsSnapshot) kvs.load(structuredClone(opts.kvsSnapshot));
  useBackends({ jira, kvs });
  // Imported only now: @forge/kvs captures __forge_fetch__ when it loads.
  const handlers = (
    opts.clock ? (await import(path.join(ROOT, 'src', 'handlers'))).createHandlers({ clock: opts.clock }) : await import(path.join(ROOT, 'src', 'index'))
  ) as Record<string, Handler | undefined>;
  const env = { clock: opts.clock ?? systemClock };
  const modules = uiModules(manifest);
  // Test manifests without the app's storage entities (e.g. the bridge probe) get no strategy to seed.
  if (opts.strategy && entitiesFromManifest(manifest).some((e) => e.name === 'catalog')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { hasCatalog, seedStrategy } = require('./seed-storage') as typeof SeedStorage;
    if (!(await hasCatalog())) await seedStrategy(opts.strategy, jira.state, env);
  }
  if (entitiesFromManifest(manifest).some((e) => e.name === 'goal-health')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { hasCatalog, hasGoalHealth, seedGoalHealth } = require('./seed-storage') as typeof SeedStorage;
    // A store kept from before goal health existed: evaluate it once, as the daily job would.
    if ((await hasCatalog()) && !(await hasGoalHealth())) await seedGoalHealth(env);
  }
  const triggers = new LocalTriggers(manifest, handlers);
  jira.onIssueEvent((event, meta) => triggers.deliver(event, meta));
  if (opts.runScheduledAtStart !== false && entitiesFromManifest(manifest).some((e) => e.name === 'epic-rollup')) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { hasRollups, ROLLUP_RECONCILE } = require('./seed-storage') as typeof SeedStorage;
    if (triggers.scheduledKeys().includes(ROLLUP_RECONCILE) && !(await hasRollups())) await triggers.runScheduled(ROLLUP_RECONCILE);
  }

  const invoke = async (req: InvokeRequest): Promise<unknown> => {
    const mod = modules.find((m) => m.key === req.moduleKey);
    if (!mod?.handler) throw new InvokeError(404, `no module '${req.moduleKey}' with a resolver in manifest.yml`);
    const handler = handlers[mod.handler];
    if (!handler) throw new InvokeError(500, `src/index.ts does not export '${mod.handler}'`);
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

  return {
    manifest,
    jira,
    kvs,
    invoke,
    runScheduledTrigger: (moduleKey, o) => triggers.runScheduled(moduleKey, o),
    eventsDelivered: () => triggers.idle(),
    get triggerLog() {
      return triggers.log;
    },
  };
};
