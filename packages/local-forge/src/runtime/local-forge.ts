// The local Forge platform: emulators behind the platform globals, the app's real handlers, and `invoke`, which
// runs exactly what a browser's bridge `invoke` would run in production. It knows nothing of any one app: the
// app says how to load its handlers, what to seed storage with and which scheduled jobs to run at start.
import path from 'node:path';
import { installForgeGlobals, useBackends } from './forge-globals';
import { readManifest, type Manifest } from './manifest';
import { createJiraEmulator, searchAliasesFromManifest, type JiraEmulator } from '../jira/emulator';
import { createKvsEmulator, entitiesFromManifest, type KvsEmulator, type KvsSnapshot } from '../kvs/emulator';
import type { JiraSeed } from '../jira/model';
import type { Handler, TriggerDelivery } from './triggers';
import { appRuntime, type InvokeRequest } from './app-runtime';
import type { Clock } from './clock';

export type { Handler } from './triggers';
export { InvokeError, type InvokeRequest } from './app-runtime';

/** The app's handlers by exported name (what `index.<export>` in the manifest names). */
export type Handlers = Record<string, Handler | undefined>;

export interface LocalForge {
  readonly manifest: Manifest;
  readonly jira: JiraEmulator;
  readonly kvs: KvsEmulator;
  invoke(req: InvokeRequest): Promise<unknown>;
  /** The keys of the manifest's `scheduledTrigger` modules. */
  readonly scheduledTriggers: string[];
  /** Runs a `scheduledTrigger` module now, as the platform's scheduler would; `timeoutMs` overrides its budget. */
  runScheduledTrigger(moduleKey: string, opts?: { timeoutMs?: number }): Promise<unknown>;
  /** Resolves once every Jira event raised so far has reached the app's triggers. */
  eventsDelivered(): Promise<void>;
  /** What the app's triggers were given and whether they succeeded. */
  readonly triggerLog: TriggerDelivery[];
}

/** What the app's start hooks are given: the emulators, the manifest, the clock and the scheduler. */
export interface StartContext {
  readonly manifest: Manifest;
  readonly jira: JiraEmulator;
  readonly kvs: KvsEmulator;
  /** The `clock` option; undefined when the app runs on its own (system) clock. */
  readonly clock: Clock | undefined;
  /** The names of the custom entities the manifest declares (`app.storage.entities`). */
  readonly entities: string[];
  /** The keys of the manifest's `scheduledTrigger` modules. */
  readonly scheduledTriggers: string[];
  runScheduledTrigger(moduleKey: string, opts?: { timeoutMs?: number }): Promise<unknown>;
}

/** A scheduled trigger to run once at start, as the platform's scheduler would, when `when` says so. */
export interface ScheduledAtStart {
  moduleKey: string;
  /** Run only when this answers true (e.g. storage holds no roll-ups yet); always when absent. */
  when?: (ctx: StartContext) => boolean | Promise<boolean>;
}

export interface LocalForgeOptions {
  /** The Jira site: users, groups, projects, permissions, issue types, statuses and issues. */
  seed: JiraSeed;
  /**
   * Loads the app's handlers: the exports the manifest's `function` modules name. Called once the platform
   * globals are installed (import the app's code inside it: @forge/kvs captures __forge_fetch__ when it loads).
   * It is given the `clock` option, to build the handlers with that clock; undefined means production's own.
   */
  handlers: (clock: Clock | undefined) => Handlers | Promise<Handlers>;
  /** The folder holding the app's manifest.yml (and the resource paths it names); default the working directory. */
  appRoot?: string;
  /** The app's display name as its Jira user (what /myself answers as the app). */
  appName?: string;
  /** The Jira site's URL in `self` links. */
  siteUrl?: string;
  /**
   * Fills storage at start, before product events reach the triggers: e.g. a demo written through the app's own
   * storage adapters when storage is empty. Runs on every start: it decides itself whether there is anything to do.
   */
  seedStorage?: (ctx: StartContext) => Promise<void>;
  /** Scheduled triggers to run once at start, in order (unless `runScheduledAtStart` is false). */
  scheduledAtStart?: ScheduledAtStart[];
  /** A file to keep storage in across restarts; in memory when absent. */
  kvsFile?: string;
  /**
   * Storage to start from (what `kvs.snapshot()` of an earlier local Forge gave): a test fixture seeds the demo
   * once and restores it for every test instead of seeding again.
   */
  kvsSnapshot?: KvsSnapshot;
  /** Another manifest than `<appRoot>/manifest.yml` (tests of the host itself). */
  manifest?: Manifest;
  /** Run `scheduledAtStart` (default true). */
  runScheduledAtStart?: boolean;
  /**
   * The clock of the app, the emulators and the seeding, handed to `handlers`. Without one the emulators read
   * the system time and `handlers` gets undefined (production's handlers).
   */
  clock?: Clock;
}

export const createLocalForge = async (opts: LocalForgeOptions): Promise<LocalForge> => {
  installForgeGlobals();
  const manifest = opts.manifest ?? readManifest(path.join(opts.appRoot ?? process.cwd(), 'manifest.yml'));
  const clockMs = opts.clock ? () => opts.clock!.now().getTime() : undefined;
  const jira = createJiraEmulator({
    seed: opts.seed,
    searchAliases: searchAliasesFromManifest(manifest),
    ...(clockMs ? { clock: clockMs } : {}),
    ...(opts.appName ? { appName: opts.appName } : {}),
    ...(opts.siteUrl ? { baseUrl: opts.siteUrl } : {}),
  });
  const kvs = createKvsEmulator({
    entities: entitiesFromManifest(manifest),
    ...(opts.kvsFile ? { persistFile: opts.kvsFile } : {}),
    ...(clockMs ? { clock: clockMs } : {}),
  });
  // `load` copies every stored value (store.ts, normaliseItems), so the caller's snapshot is never aliased: no copy first.
  if (opts.kvsSnapshot) kvs.load(opts.kvsSnapshot);
  useBackends({ jira, kvs });
  // Loaded only now: @forge/kvs captures __forge_fetch__ when it loads.
  const handlers = await opts.handlers(opts.clock);
  const app = appRuntime(manifest, handlers);
  const triggers = app.triggers;
  const start: StartContext = {
    manifest,
    jira,
    kvs,
    clock: opts.clock,
    entities: entitiesFromManifest(manifest).map((e) => e.name),
    scheduledTriggers: triggers.scheduledKeys(),
    runScheduledTrigger: (moduleKey, o) => triggers.runScheduled(moduleKey, o),
  };
  if (opts.seedStorage) await opts.seedStorage(start);
  jira.onIssueEvent((event, meta) => triggers.deliver(event, meta));
  if (opts.runScheduledAtStart !== false) {
    for (const job of opts.scheduledAtStart ?? []) {
      // A manifest without the module (a test manifest) skips it.
      if (start.scheduledTriggers.includes(job.moduleKey) && (!job.when || (await job.when(start)))) await triggers.runScheduled(job.moduleKey);
    }
  }

  return {
    manifest,
    jira,
    kvs,
    invoke: app.invoke,
    scheduledTriggers: triggers.scheduledKeys(),
    runScheduledTrigger: (moduleKey, o) => triggers.runScheduled(moduleKey, o),
    eventsDelivered: () => triggers.idle(),
    get triggerLog() {
      return triggers.log;
    },
  };
};
