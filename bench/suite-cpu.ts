// Where the test suite's CPU goes, by kind of process: `npm run bench:suite -- [jest arguments]` runs Jest once
// (after `npm run build`, as `npm test` does) and prints the wall time, the machine's busy and idle core-seconds
// (/proc/stat, before and after) and the CPU of each kind of process it started: Jest's workers and main process,
// Chromium's renderers, browser, GPU and network processes, and the rest; for each, how much of it was the kernel's
// (system time), its minor page faults and how many such processes started. The suite is CPU-bound on two cores, and a
// whole run's total varies by about ±5% from run to run on this machine, so an idea is judged by the kind of process
// it should change, over alternating runs (README, "Where the time goes"). Linux only: it reads /proc.
// Jest's own output goes to bench/results/suite-<time>.log.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Run from the repository's root, as npm scripts are. */
const ROOT = process.cwd();
const TICKS = 100; // USER_HZ: /proc reports CPU time in hundredths of a second on Linux.

/** The machine's busy and idle ticks (every core): user, nice, system, irq, softirq against idle and iowait. */
const machine = (): { busy: number; idle: number; sys: number; faults: number } => {
  const [, ...f] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const n = f.map(Number);
  const faults = Number(/^pgfault (\d+)$/m.exec(readFileSync('/proc/vmstat', 'utf8'))?.[1] ?? 0);
  return { busy: n[0]! + n[1]! + n[2]! + n[5]! + n[6]!, idle: n[3]! + n[4]!, sys: n[2]!, faults };
};

/** The kind of a process, from its command line. */
export const kindOf = (cmdline: string, jestPid: number, pid: number): string => {
  if (/chrom(e|ium)|headless[-_]shell/.test(cmdline)) {
    const type = /--type=([a-z-]+)/.exec(cmdline)?.[1];
    if (type === undefined) return 'chromium browser';
    if (type === 'renderer') return 'chromium renderers';
    if (type === 'gpu-process') return 'chromium gpu';
    if (type === 'utility') return 'chromium network and utility';
    return 'chromium other';
  }
  if (cmdline.includes('jest-worker')) return 'jest workers';
  if (pid === jestPid) return 'jest main';
  if (cmdline.includes('dependency-cruise')) return 'dependency-cruiser (layers test)';
  if (cmdline.includes('esbuild')) return 'esbuild';
  return 'other';
};

/** A process's CPU in ticks (user, system) and its minor page faults, at one sample. */
interface Counters {
  user: number;
  sys: number;
  faults: number;
}

interface Seen {
  kind: string;
  /** Whether the process started during the run. */
  started: boolean;
  first: Counters;
  last: Counters;
}

const ZERO: Counters = { user: 0, sys: 0, faults: 0 };

const main = async (): Promise<void> => {
  if (!existsSync('/proc/stat')) throw new Error('bench:suite reads /proc: it runs on Linux only');
  const args = process.argv.slice(2);
  const seen = new Map<string, Seen>();
  let jestPid = -1;
  let before = true;
  const sample = (): void => {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks: Counters = { user: Number(fields[11]), sys: Number(fields[12]), faults: Number(fields[7]) };
        const key = `${entry}:${fields[19]}`;
        const known = seen.get(key);
        if (known) {
          known.last = ticks;
          // A process read between its fork and its exec shows no command line yet, or its parent's: look again.
          if (known.kind === 'other') known.kind = kindOf(readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' '), jestPid, Number(entry));
          continue;
        }
        const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
        // A process that was already running counts from now on only.
        seen.set(key, { kind: kindOf(cmdline, jestPid, Number(entry)), started: !before, first: before ? ticks : ZERO, last: ticks });
      } catch {
        // The process ended between listing and reading: what it used since the last sample is lost (a few ms).
      }
    }
  };
  sample();
  before = false;
  mkdirSync(path.join(ROOT, 'bench/results'), { recursive: true });
  const logFile = path.join(ROOT, 'bench/results', `suite-${new Date().toISOString().replace(/[:.]/g, '-')}.log`);
  const log = createWriteStream(logFile);
  const start = machine();
  const t0 = performance.now();
  const jest = spawn(process.execPath, [path.join(ROOT, 'node_modules/jest/bin/jest.js'), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  jestPid = jest.pid ?? -1;
  jest.stdout.pipe(log);
  jest.stderr.pipe(log);
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-4000);
  };
  jest.stdout.on('data', keep);
  jest.stderr.on('data', keep);
  const timer = setInterval(sample, 250);
  const code = await new Promise<number>((resolve) => jest.on('close', (c) => resolve(c ?? 1)));
  clearInterval(timer);
  sample();
  const wall = (performance.now() - t0) / 1000;
  const end = machine();
  const byKind = new Map<string, Counters & { started: number }>();
  for (const s of seen.values()) {
    const k = byKind.get(s.kind) ?? { ...ZERO, started: 0 };
    if (s.started) k.started += 1;
    k.user += s.last.user - s.first.user;
    k.sys += s.last.sys - s.first.sys;
    k.faults += s.last.faults - s.first.faults;
    byKind.set(s.kind, k);
  }
  const line = (label: string, value: string) => console.log(`${label.padEnd(36)}${value}`);
  const thousands = (n: number) => `${Math.round(n / 1000).toLocaleString('en')}k`;
  console.log(`jest ${args.join(' ')} (exit ${code}; its output: ${path.relative(ROOT, logFile)})`);
  const summary = /^Tests:.*$/m.exec(tail)?.[0];
  if (summary) console.log(summary);
  line('wall', `${wall.toFixed(1)} s`);
  line(
    'machine busy',
    `${((end.busy - start.busy) / TICKS).toFixed(0)} core-s (idle ${((end.idle - start.idle) / TICKS).toFixed(0)}; kernel ${((end.sys - start.sys) / TICKS).toFixed(0)}; page faults ${thousands(end.faults - start.faults)})`,
  );
  for (const [kind, c] of [...byKind].sort((a, b) => b[1].user + b[1].sys - (a[1].user + a[1].sys))) {
    const s = (c.user + c.sys) / TICKS;
    if (s >= 0.5) line(`  ${kind}`, `${s.toFixed(1)} core-s (kernel ${(c.sys / TICKS).toFixed(1)}; page faults ${thousands(c.faults)}; ${c.started} started)`);
  }
  process.exitCode = code;
};

if (process.argv[1]?.endsWith(path.join('bench', 'suite-cpu.ts'))) {
  main().catch((e: unknown) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
