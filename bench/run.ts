// `npm run bench`: builds the enterprise fixture on the emulators, runs each scenario, prints the figures next to
// the targets and writes them as JSON to bench/results/. Speed and memory are measured here, never asserted in tests.
//   npm run bench -- --name before-change   results file name (default: bench-<timestamp>)
//   npm run bench -- --clicks               also expand the strategy goal node by node (thousands of invocations)
//   npm run bench -- --scale 10             ten times the enterprise (default 1: today's)
//   npm run bench -- --only 'macro|gaps'    only the scenarios whose name contains one of the texts (while developing)
//   npm run bench -- --fresh-fixture        build the fixture even when bench/results/fixtures/ holds it (./fixture-cache.ts)
//   npm run bench -- --shared-heap          run the app in the bench's own thread (no app heap figure; quicker to debug)
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildEnterprise, sizeAt } from './fixture';
import { enterpriseForge } from './fixture-cache';
import { JIRA_MS, measure, STORAGE_MS, type Figures } from './harness';
import { APP_HEAP_LIMIT_MB } from './app-thread-host';
import { scenarios } from './scenarios';
import { bundleFigures, printBundles } from './bundles';
import { EPIC_TAG_PROPERTY } from '../src/shared/epic-tag';
import type { Goal } from '../src/shared/model/goal';

const STRATEGY_GOAL = 's0';

const pad = (s: string | number, n: number) => String(s).padEnd(n);
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${Math.ceil(bytes / 1024)} KB`);
const arg = (flag: string): string | undefined => {
  const at = process.argv.indexOf(flag);
  return at < 0 ? undefined : (process.argv[at + 1] ?? '');
};

/** A goal and every goal below it. */
const goalsUnder = (goals: Goal[], rootId: string): string[] => {
  const out = [rootId];
  for (let i = 0; i < out.length; i++) out.push(...goals.filter((g) => g.parentId === out[i]).map((g) => g.id));
  return out;
};

const print = (rows: Figures[]): void => {
  console.log(
    `${pad('scenario', 76)}${pad('Jira', 8)}${pad('storage', 9)}${pad('simulated', 11)}${pad('at latency', 12)}${pad('real', 11)}${pad('app heap', 10)}${pad('app after', 11)}${pad('added', 8)}${pad('live', 8)}${pad('answer', 10)}target`,
  );
  for (const r of rows) {
    const verdict = r.target ? `${r.target}: ${r.met ? 'met' : 'MISSED'}` : '';
    console.log(
      `${pad(r.scenario, 76)}${pad(r.jiraCalls, 8)}${pad(r.storageOps, 9)}${pad(seconds(r.simulatedMs), 11)}${pad(r.atLatencyMs === undefined ? '' : seconds(r.atLatencyMs), 12)}` +
        `${pad(`${r.realMs} ms`, 11)}${pad(r.app ? `${r.app.peakMb} MB` : '', 10)}${pad(r.app ? `${r.app.loadedMb}→${r.app.afterGcMb} MB` : '', 11)}${pad(`${r.addedHeapMb} MB`, 8)}${pad(r.liveHeapMb === undefined ? '' : `${r.liveHeapMb} MB`, 8)}${pad(r.responseBytes === undefined ? '' : kb(r.responseBytes), 10)}${verdict}`,
    );
    if (r.note) console.log(`${''.padEnd(4)}${r.note}`);
    if (r.failed) console.log(`${''.padEnd(4)}FAILED: ${r.failed}`);
  }
};

const main = async (): Promise<void> => {
  const t0 = performance.now();
  const scale = Number(arg('--scale') ?? '1');
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`--scale takes a whole number of times the enterprise (got ${arg('--scale')})`);
  const only = arg('--only');
  const enterprise = buildEnterprise(sizeAt(scale));
  const { forge, epics, from } = await enterpriseForge(enterprise, scale, { fresh: process.argv.includes('--fresh-fixture'), cache: true });
  // The bench edits issues' indexed values only through the emulator's REST API, so the search index is checked after
  // writes instead of before every search (about 100 ms a search over a million issues).
  forge.jira.setIndexCheck('after-writes');
  const setupMs = Math.round(performance.now() - t0);
  const tagged = new Set(forge.jira.state.issues.filter((i) => i.properties[EPIC_TAG_PROPERTY] !== undefined).map((i) => i.id));
  const story = forge.jira.state.issues.find((i) => i.parentId !== undefined && tagged.has(i.parentId))!;
  const subjects = {
    viewer: enterprise.viewer,
    storyKey: story.key,
    epicKey: forge.jira.state.issues.find((i) => i.id === story.parentId)!.key,
    strategyGoalId: STRATEGY_GOAL,
    goalsUnder: goalsUnder(enterprise.strategy.goals, STRATEGY_GOAL),
    clicks: process.argv.includes('--clicks'),
    ...(scale > 1 ? { naiveLimit: 1000 } : {}),
    projectKey: forge.jira.state.projects.find((p) => p.id === story.projectId)!.key,
  };
  console.log(
    `\nThroughline bench at scale ${scale}: ${enterprise.strategy.goals.length} goals, ${enterprise.jira.projects.length} projects, ` +
      `${forge.jira.state.issues.length} issues, ${epics} epic roll-ups (fixture and seeding ${setupMs} ms, ${from === 'built' ? 'built' : `from ${from}`})`,
  );
  console.log(
    `simulated = Jira calls × ${JIRA_MS} ms + storage operations × ${STORAGE_MS} ms (sequential upper bound); ` +
      `at latency = wall time of a second run with that latency injected (the code's own concurrency; CPU time counts a tenth)\n` +
      `app heap = peak heap of the thread that ran the scenario's invocations, limited to ${APP_HEAP_LIMIT_MB} MB (app after = its heap with the code loaded → after the run and a full GC)\n` +
      `added = the whole process's peak above the scenario's start, emulators and garbage included; live = most the process held after a full GC, sampled each second\n`,
  );
  const rows: Figures[] = [];
  for (const s of scenarios(subjects).filter((x) => only === undefined || only.split('|').some((o) => x.name.includes(o)))) {
    console.error(`running: ${s.name}`);
    const row = await measure(forge, s, { appThread: !process.argv.includes('--shared-heap') });
    rows.push(row);
    // Each row as soon as it is measured: a long run stopped half way still tells what it measured.
    console.error(
      `  ${row.jiraCalls} Jira calls, ${row.storageOps} storage ops, ${row.realMs} ms, ${row.responseBytes ?? '-'} bytes` +
        `${row.app ? `, app heap ${row.app.peakMb} MB` : ''}${row.failed ? ` FAILED: ${row.failed}` : ''}${row.met === false ? ' MISSED' : ''}`,
    );
    if (row.note) console.error(`  ${row.note}`);
  }
  print(rows);
  const bundles = existsSync(path.join(process.cwd(), 'static', 'dist')) ? bundleFigures() : [];
  if (bundles.length > 0) printBundles(bundles);
  const dir = path.join(__dirname, 'results');
  mkdirSync(dir, { recursive: true });
  const name = arg('--name') || `bench-x${scale}-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  const file = path.join(dir, `${name.replace(/[^\w.-]/g, '_')}.json`);
  writeFileSync(file, JSON.stringify({ at: new Date().toISOString(), scale, jiraMs: JIRA_MS, storageMs: STORAGE_MS, setupMs, rows, bundles }, null, 2));
  console.log(`\nfigures written to ${path.relative(process.cwd(), file)}`);
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
