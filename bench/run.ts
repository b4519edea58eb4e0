// `npm run bench`: builds the enterprise fixture on the emulators, runs each scenario, prints the figures next to
// the targets and writes them as JSON to bench/results/. Speed and memory are measured here, never asserted in tests.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createLocalForge } from '../dev/runtime/local-forge';
import { buildEnterprise } from './fixture';
import { seedRollups } from './seed-rollups';
import { JIRA_MS, measure, STORAGE_MS, type Figures } from './harness';
import { scenarios } from './scenarios';
import { EPIC_TAG_PROPERTY } from '../src/shared/epic-tag';

const pad = (s: string | number, n: number) => String(s).padEnd(n);

const main = async (): Promise<void> => {
  const t0 = performance.now();
  const enterprise = buildEnterprise();
  const forge = await createLocalForge({ seed: enterprise.jira, strategy: enterprise.strategy, runScheduledAtStart: false });
  const epics = await seedRollups(forge.jira.state, new Date().toISOString());
  const setupMs = Math.round(performance.now() - t0);
  const tagged = new Set(forge.jira.state.issues.filter((i) => i.properties[EPIC_TAG_PROPERTY] !== undefined).map((i) => i.id));
  const story = forge.jira.state.issues.find((i) => i.parentId !== undefined && tagged.has(i.parentId))!;
  const rows: Figures[] = [];
  for (const s of scenarios(enterprise.viewer, story.key)) rows.push(await measure(forge, s));

  console.log(`\nThroughline bench: ${enterprise.strategy.goals.length} goals, ${enterprise.jira.projects.length} projects, ` +
    `${forge.jira.state.issues.length} issues, ${epics} epic roll-ups (fixture and seeding ${setupMs} ms)`);
  console.log(`simulated time = Jira calls × ${JIRA_MS} ms + storage operations × ${STORAGE_MS} ms (sequential upper bound)\n`);
  console.log(`${pad('scenario', 62)}${pad('Jira', 8)}${pad('storage', 9)}${pad('simulated', 12)}${pad('real', 10)}heap`);
  for (const r of rows) {
    console.log(`${pad(r.scenario, 62)}${pad(r.jiraCalls, 8)}${pad(r.storageOps, 9)}${pad(`${(r.simulatedMs / 1000).toFixed(1)} s`, 12)}${pad(`${r.realMs} ms`, 10)}${r.peakHeapMb} MB${r.note ? `  (${r.note})` : ''}`);
  }
  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), jiraMs: JIRA_MS, storageMs: STORAGE_MS, setupMs, rows }, null, 2));
  console.log(`\nfigures written to ${path.relative(process.cwd(), file)}`);
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
