// Throughline on the local Forge: configures the app-agnostic local Forge and host (the emulators, the platform
// globals, the page stand-ins) for this app: its manifest, its handlers (src/index.ts, or the composition root
// src/handlers.ts with a clock of the caller's), the demo organisation (dev/demo) and its personas, the seeding
// of storage (dev/seed-storage.ts), the roll-up reconcile at start, and the pages' wording and paths.
// `npm start` (dev/start.ts), the integration fixtures, the end-to-end tests and the bench come through here.
import path from 'node:path';
import {
  createLocalForge as createForge,
  DayClock,
  defaultDataDir,
  readManifest as readManifestFile,
  startHost as startLocalHost,
  todayUtc,
  type Clock,
  type Handlers,
  type Host,
  type LocalForge,
  type LocalForgeOptions,
  type Manifest,
  type ScheduledAtStart,
  type SiteOptions,
  type StartContext,
} from '@throughline/local-forge';
import type { KvsSnapshot } from '@throughline/local-forge/kvs';
import { buildDemoOrganisation, LEAD_PROJECT, OUTSIDER_PROJECT, RESTRICTED_PROJECT, type DemoOrganisation, type DemoStrategy } from './demo';
import type * as SeedStorage from './seed-storage';
import type * as SystemClock from '../src/platform/clock';
import type * as Composition from '../src/handlers';

export type { Host, InvokeRequest, LocalForge } from '@throughline/local-forge';

/** The repository's root: manifest.yml, and the resource paths it names. */
export const ROOT = path.resolve(__dirname, '..');
/** Where `npm start` keeps Jira, storage and macro configs (git-ignored). */
export const DEFAULT_DATA_DIR = defaultDataDir(ROOT);

export const APP_NAME = 'Throughline';

/** Throughline's manifest.yml, or another file. */
export const readManifest = (file = path.join(ROOT, 'manifest.yml')): Manifest => readManifestFile(file);

/**
 * The handlers the manifest names: production's (src/index.ts, the system clock), or built by the composition
 * root with the given clock. The app's modules import @forge/kvs, which captures the platform globals when it
 * loads: they are loaded here, late, and so are the seeding modules below.
 */
const loadHandlers = (clock: Clock | undefined): Handlers =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  (clock ? (require('../src/handlers') as typeof Composition).createHandlers({ clock }) : require('../src/index')) as Handlers;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const seeding = (): typeof SeedStorage => require('./seed-storage') as typeof SeedStorage;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const systemClock = (): Clock => (require('../src/platform/clock') as typeof SystemClock).systemClock;

/** Writes the demo strategy when storage holds no catalog, and evaluates goal health and seeds the demo's agreements for a
 *  store kept from before they existed. */
const seedStorage =
  (strategy: DemoStrategy | undefined) =>
  async (ctx: StartContext): Promise<void> => {
    const env = { clock: ctx.clock ?? systemClock() };
    const { buildAlignmentBoard, hasAgreements, hasAlignmentBoard, hasCatalog, hasGoalHealth, seedAgreements, seedGoalHealth, seedStrategy } = seeding();
    // Test manifests without the app's storage entities (e.g. the bridge probe) get no strategy to seed.
    if (strategy && ctx.entities.includes('catalog')) {
      if (!(await hasCatalog())) await seedStrategy(strategy, ctx.jira.state, env);
    }
    if (strategy && ctx.entities.includes('agreement-board')) {
      // A store kept from before agreements existed: the demo's agreements and commitments, once.
      if ((await hasCatalog()) && !(await hasAgreements())) await seedAgreements(strategy, ctx.jira.state);
    }
    if (ctx.entities.includes('alignment-board')) {
      // A store kept from before the alignment board existed: build it once, as the daily recount would.
      if ((await hasCatalog()) && !(await hasAlignmentBoard())) await buildAlignmentBoard();
    }
    if (ctx.entities.includes('goal-health')) {
      // A store kept from before goal health existed: evaluate it once, as the daily job would.
      if ((await hasCatalog()) && !(await hasGoalHealth())) await seedGoalHealth(env);
    }
  };

/** The roll-up reconcile builds every roll-up at start when storage holds none. */
const SCHEDULED_AT_START: ScheduledAtStart[] = [
  {
    moduleKey: 'throughline-reconcile-rollups',
    when: async (ctx) => ctx.entities.includes('epic-rollup') && !(await seeding().hasRollups()),
  },
];

export interface ThroughlineForgeOptions extends Omit<LocalForgeOptions, 'handlers' | 'appRoot' | 'appName' | 'siteUrl' | 'seedStorage' | 'scheduledAtStart'> {
  /** The demo strategy, written to storage when storage holds no catalog yet. */
  strategy?: DemoStrategy;
}

/** The package's options for Throughline, but the Jira site and the storage file. */
const appOptions = (strategy: DemoStrategy | undefined) => ({
  handlers: loadHandlers,
  appRoot: ROOT,
  appName: APP_NAME,
  siteUrl: 'https://throughline-demo.atlassian.net',
  seedStorage: seedStorage(strategy),
  scheduledAtStart: SCHEDULED_AT_START,
});

/** A local Forge running Throughline: with a `clock` the handlers are built by the composition root with it. */
export const createLocalForge = async (opts: ThroughlineForgeOptions): Promise<LocalForge> => {
  const { strategy, ...rest } = opts;
  return createForge({ ...rest, ...appOptions(strategy) });
};

/** What seeding the demo organisation on a day stored, and when: a test run seeds once and starts every local Forge from it. */
export interface SeededDemo {
  demo: DemoOrganisation;
  /** Storage after seeding and the roll-up reconcile, as `npm start` leaves it. */
  kvs: KvsSnapshot;
  /** Where the app's clock (a DayClock on `demo.today`) stood when seeding ended, epoch ms. */
  at: number;
}

/** Seeds the demo organisation on `today` as `npm start` does (storage, then the roll-up reconcile) and keeps what it stored. */
export const seedDemo = async (today: string): Promise<SeededDemo> => {
  const demo = buildDemoOrganisation({ today });
  const clock = new DayClock(today);
  const forge = await createLocalForge({ seed: structuredClone(demo.jira), strategy: demo.strategy, clock });
  return { demo, kvs: forge.kvs.snapshot(), at: clock.now().getTime() };
};

/** A DayClock on the seeded demo's day, standing where seeding left it. */
export const clockAfter = (seeded: SeededDemo): DayClock => {
  const clock = new DayClock(seeded.demo.today);
  clock.advance(seeded.at - clock.now().getTime());
  return clock;
};

/** How the host's pages name Throughline and what the index links: the demo's projects and Confluence pages. */
export const SITE: SiteOptions = {
  appName: APP_NAME,
  slug: 'throughline',
  samples: {
    issues: [
      { project: LEAD_PROJECT, pick: 'epic', note: 'an epic' },
      { project: LEAD_PROJECT, pick: 'child', note: 'a story under an epic' },
      { project: RESTRICTED_PROJECT, note: 'restricted project' },
      { project: OUTSIDER_PROJECT, note: "the outsider's project" },
    ],
    projects: [LEAD_PROJECT, RESTRICTED_PROJECT],
    projectSettings: [LEAD_PROJECT],
  },
  confluence: {
    space: { id: '65537', key: 'STRAT', name: 'Strategy' },
    pages: [
      {
        id: '1001',
        title: 'Strategy review 2026',
        intro:
          'This page collects where the company stands against its strategy goals. The macros below are live: they read Jira and the app’s storage as the person viewing the page.',
        macros: 'all',
      },
      { id: '1002', title: 'Leadership offsite notes', intro: 'Notes from the leadership offsite: what we agreed, and where the work stands against it.' },
    ],
  },
};

export interface HostOptions {
  /** 0 picks a free port. */
  port: number;
  /** Delete the data folder first and start again from the demo organisation. */
  reset?: boolean;
  /** Where Jira, storage, macro configs and inserted macros persist; default `.local/` at the repo root. */
  dataDir?: string;
  /** Keep nothing on disk (tests). */
  inMemory?: boolean;
  /**
   * The demo's day: every date in the demo organisation is relative to it, and the app and the emulators run
   * on a clock pinned to it (tests). Without it the demo is dated from the real today and the app runs on the
   * system clock (`npm start`).
   */
  today?: string;
  /** Another manifest than manifest.yml (tests of the host itself). */
  manifest?: Manifest;
  /**
   * Start from this seeded demo instead of seeding (tests, in memory only): its day is the demo's day, and the
   * clock stands where its seeding ended. What the host then serves is what seeding on that day would give.
   */
  seeded?: SeededDemo;
}

/** The local host with Throughline and the demo organisation: what `npm start` and the end-to-end tests run. */
export const startHost = async (opts: HostOptions): Promise<Host> => {
  const { seeded } = opts;
  if (seeded && (!opts.inMemory || (opts.today !== undefined && opts.today !== seeded.demo.today)))
    throw new Error('a seeded demo starts an in-memory host on its own day');
  // The demo is dated relative to today, so goals, timeframes and KPIs read as current whatever day it runs.
  const demo = seeded ? structuredClone(seeded.demo) : buildDemoOrganisation({ today: opts.today ?? todayUtc() });
  const clock = seeded ? clockAfter(seeded) : opts.today ? new DayClock(opts.today) : undefined;
  return startLocalHost({
    port: opts.port,
    seed: demo.jira,
    ...(seeded ? { kvsSnapshot: seeded.kvs } : {}),
    personas: demo.personas,
    site: SITE,
    ...appOptions(demo.strategy),
    ...(opts.reset ? { reset: true } : {}),
    ...(opts.dataDir ? { dataDir: opts.dataDir } : {}),
    ...(opts.inMemory ? { inMemory: true } : {}),
    ...(opts.manifest ? { manifest: opts.manifest } : {}),
    ...(clock ? { clock } : {}),
  });
};
