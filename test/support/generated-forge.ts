// A local Forge on a generated organisation (the bench's enterprise, at a size a test picks), on the demo day, with
// every epic's roll-up written: for tests of what must not grow with the site (pages, storage operations).
import { DayClock } from '@throughline/local-forge';
import { buildEnterprise } from '../../bench/fixture';
import { seedRollups } from '../../bench/seed-rollups';
import { createLocalForge, type LocalForge } from '../../dev/throughline-host';
import { DEMO_TODAY } from './demo-day';

export interface GeneratedForge {
  forge: LocalForge;
  /** The account the enterprise's readers use. */
  viewer: string;
}

/** `withKpis: false` leaves the KPIs out: they cost most of the seeding, and a test of trees needs none. */
export const generatedForge = async (size: Parameters<typeof buildEnterprise>[0], opts: { withKpis?: boolean } = {}): Promise<GeneratedForge> => {
  const enterprise = buildEnterprise(size);
  const clock = new DayClock(DEMO_TODAY);
  const strategy = opts.withKpis === false ? { ...enterprise.strategy, kpis: [], measurements: [] } : enterprise.strategy;
  const forge = await createLocalForge({ seed: enterprise.jira, strategy, clock, runScheduledAtStart: false });
  await seedRollups(forge.jira.state, clock.now().toISOString());
  return { forge, viewer: enterprise.viewer };
};
