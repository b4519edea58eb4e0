// Runs Atlassian's own Forge linter (@forge/lint, client-side mode) offline: the REST route → scope tables come
// from the OpenAPI documents in ../shared/contracts instead of a download. Used by the manifest test.
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../throughline-host';

export const CONTRACTS_DIR = path.resolve(ROOT, '..', 'shared', 'contracts');

export const contractsAvailable = (): boolean => existsSync(path.join(CONTRACTS_DIR, 'jira-platform.v3.json'));

export interface LintProblem {
  file: string;
  line: number;
  column: number;
  message: string;
  reference: string;
  level: 'error' | 'warning';
}

const listSources = (dir: string, out: string[] = []): string[] => {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) listSources(p, out);
    else if (/\.(ts|tsx)$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) out.push(p);
  }
  return out;
};

interface AjvLike {
  opts: Record<string, unknown>;
  RULES: { keywords: Record<string, unknown> };
  formats: Record<string, unknown>;
}
type Compile = (this: AjvLike, schema: unknown, meta?: boolean) => unknown;

/** Validators compiled while sharing is on, by what they were compiled from (see sharingSchemaCompiles). */
const compiled = new Map<string, unknown>();

/**
 * Runs `work` with Ajv compiling each schema once. @forge/manifest gives every validation processor its own Ajv
 * and compiles its 2.3 MB manifest schema in each (about 3 s apiece), and the linter builds six such processors.
 * While `work` runs, an Ajv set up like an earlier one (the same options, keywords and formats) gets the validator
 * compiled earlier from a schema with the same full text; anything else compiles as usual. Validation itself is
 * unchanged: the same code checks the same manifest against the same schema.
 */
export const sharingSchemaCompiles = async <T>(work: () => Promise<T>): Promise<T> => {
  const manifestDir = path.dirname(require.resolve('@forge/manifest'));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const ajv = require(require.resolve('ajv', { paths: [manifestDir] })) as { default: { prototype: { compile: Compile } } };
  const proto = ajv.default.prototype;
  const ownBefore = Object.prototype.hasOwnProperty.call(proto, 'compile');
  const before = proto.compile;
  proto.compile = function (this: AjvLike, schema: unknown, meta?: boolean): unknown {
    if (meta !== undefined || typeof schema !== 'object' || schema === null) return before.call(this, schema, meta);
    const setup = Object.entries(this.opts).filter(([, v]) => v === null || typeof v !== 'object');
    const key = JSON.stringify([setup, Object.keys(this.RULES.keywords).sort(), Object.keys(this.formats).sort(), schema]);
    let validate = compiled.get(key);
    if (!validate) {
      validate = before.call(this, schema);
      compiled.set(key, validate);
    }
    return validate;
  };
  try {
    return await work();
  } finally {
    if (ownBefore) proto.compile = before;
    else delete (proto as { compile?: Compile }).compile;
  }
};

const lintOffline = async (): Promise<LintProblem[]> => {
  const c = (f: string) => path.join(CONTRACTS_DIR, f);
  Object.assign(process.env, {
    USE_LOCAL_SWAGGER: '1',
    LOCAL_JIRA_SWAGGER: c('jira-platform.v3.json'),
    LOCAL_CONF_V2_SWAGGER: c('confluence-v2.v3.json'),
    LOCAL_CONF_SWAGGER: c('stubs/confluence-v1.json'),
    LOCAL_JSM_SWAGGER: c('stubs/jira-service-management.json'),
    LOCAL_JSW_SWAGGER: c('stubs/jira-software.json'),
    LOCAL_BB_SWAGGER: c('stubs/bitbucket.json'),
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { validate } = require('@forge/manifest') as { validate: (a: boolean, f: string) => Promise<{ manifestObject?: { typedContent: unknown } }> };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { lint } = require('@forge/lint') as {
    lint: (...args: unknown[]) => Promise<{ file: string; errors: Omit<LintProblem, 'file' | 'level'>[]; warnings: Omit<LintProblem, 'file' | 'level'>[] }[]>;
  };
  // The linter skips every .ts file unless tsconfig.json lists it file by file (it compares resolved file paths
  // with the "include" entries, and ours are folders), so it runs in a scratch folder that links the app's
  // sources and manifest but has no tsconfig.json: then it parses them all.
  const scratch = mkdtempSync(path.join(tmpdir(), 'throughline-lint-'));
  for (const entry of ['manifest.yml', 'src', 'static', 'package.json']) symlinkSync(path.join(ROOT, entry), path.join(scratch, entry));
  const cwd = process.cwd();
  process.chdir(scratch);
  try {
    const manifest = (await validate(false, 'manifest.yml')).manifestObject?.typedContent;
    const logger = { info: () => undefined, debug: () => undefined, warn: () => undefined, error: () => undefined, trace: () => undefined };
    const statsig = { getDeprecatedRuntimes: async () => [], checkGate: async () => false, getFeatureFlag: async () => false };
    const files = listSources(path.join(ROOT, 'src')).map((f) => path.relative(ROOT, f));
    const results = await lint(files, manifest, 'development', logger, statsig, { linter: { mode: 'client-side' } });
    return results.flatMap((r) => [
      ...r.errors.map((e) => ({ ...e, file: r.file, level: 'error' as const })),
      ...r.warnings.map((w) => ({ ...w, file: r.file, level: 'warning' as const })),
    ]);
  } finally {
    process.chdir(cwd);
    rmSync(scratch, { recursive: true, force: true });
  }
};

export const runForgeLint = (): Promise<LintProblem[]> => sharingSchemaCompiles(lintOffline);

if (require.main === module) {
  runForgeLint()
    .then((problems) => {
      for (const p of problems) console.log(`${p.level} ${p.file}:${p.line}:${p.column} ${p.message} (${p.reference})`);
      console.log(problems.length === 0 ? 'forge lint: no problems' : `forge lint: ${problems.length} problem(s)`);
      process.exitCode = problems.some((p) => p.level === 'error') ? 1 : 0;
    })
    .catch((e: unknown) => {
      console.error(e);
      process.exitCode = 1;
    });
}
