// The test environment of every project (unit, integration and end-to-end): Jest's Node environment (what `'node'` names),
// plus a few libraries loaded once per worker by Node instead of once per test file into Jest's module registry.
// They keep no state a test could see, so sharing them changes no outcome; each costs a tenth of a second to half a
// second of CPU per file to load: `@atlaskit/jql-ast` (Atlassian's ANTLR JQL parser, which the emulator and the app
// run; its parse tables are also built once per worker instead of once per file), `playwright-core` (the browser
// client), `zod` (every schema of the app) and `yaml` (the manifest). moduleNameMapper sends their imports to
// test/support/worker-modules/, which reads them from here.
// What they make lives in Node's realm, not the test file's: `instanceof Error` or `toStrictEqual` against a test's
// own literal would see another realm's prototypes; `toEqual`, which the tests use, compares values only.
import vm from 'node:vm';
import { TestEnvironment } from 'jest-environment-node';
import { TEARDOWN } from './file-teardown';
import { dropKeptConnections, FRESH_CONNECTIONS } from './fresh-connections';

/** The libraries shared by a worker's test files, by the name test code imports. */
export const WORKER_MODULES = ['@atlaskit/jql-ast', 'playwright-core', 'zod', 'yaml'] as const;

export default class ThroughlineEnvironment extends TestEnvironment {
  constructor(...args: ConstructorParameters<typeof TestEnvironment>) {
    // Jest contextifies a Proxy as each file's global, so every global a file's code names (Math, JSON, Object…) is
    // looked up through a C++ interceptor and a Proxy trap: a loop over Math.imul ran 150 times slower than in Node.
    // Where Node has it, the file's context is an ordinary one (vm.constants.DONT_CONTEXTIFY), whose globals are
    // as fast as Node's; Jest installs its globals on it as before. Files stay as isolated from each other as they were.
    const plain = (vm.constants as unknown as { DONT_CONTEXTIFY?: unknown }).DONT_CONTEXTIFY;
    const createContext = vm.createContext;
    if (plain !== undefined) (vm as { createContext: unknown }).createContext = () => createContext(plain as vm.Context);
    try {
      super(...args);
    } finally {
      (vm as { createContext: unknown }).createContext = createContext;
    }
    const modules = {};
    // Node's own require, outside Jest's registry: Node caches each library for the worker's later files. Loaded
    // on first use only, so a file that never imports one pays nothing.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    for (const name of WORKER_MODULES) Object.defineProperty(modules, name, { enumerable: true, get: () => require(name) as unknown });
    this.global.__throughlineWorkerModules = modules;
    this.global[TEARDOWN] = [];
    // In this realm, whose fetch the file's code calls (Jest copies Node's fetch onto the file's global).
    this.global[FRESH_CONNECTIONS] = () => dropKeptConnections(globalThis);
  }

  /**
   * Runs what the file's code asked to run once the whole file is done (`afterFile`, test/support/file-teardown.ts),
   * then Jest's teardown. The end-to-end support closes the browser context a group's members shared there.
   */
  override async teardown(): Promise<void> {
    const steps = (this.global[TEARDOWN] as (() => Promise<void>)[] | undefined) ?? [];
    try {
      for (const step of steps.splice(0)) await step();
    } finally {
      await super.teardown();
    }
  }
}
