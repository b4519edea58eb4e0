// What a test file's code runs after the whole file: after every describe and afterAll of it, and for a group file
// (test/support/grouping-runner.js) after its last member. The project's environment (test/support/environment.ts)
// keeps the list under the TEARDOWN global of each file and runs it in its teardown.

/** The global under which the environment keeps a file's list. */
export const TEARDOWN = '__throughlineTeardown';

/**
 * Runs `step` once the whole test file is done. Answers false, and keeps nothing, where the environment keeps no
 * list (another environment than the project's): the caller then cleans up in its own afterAll.
 */
export const afterFile = (step: () => Promise<void>, global: object = globalThis): boolean => {
  const steps = (global as Record<string, unknown>)[TEARDOWN];
  if (!Array.isArray(steps)) return false;
  steps.push(step);
  return true;
};
