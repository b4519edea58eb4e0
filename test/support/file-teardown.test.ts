// afterFile: the end-to-end support relies on it to close a group's shared browser context after the group's last file.
import { TEARDOWN, afterFile } from './file-teardown';

describe('afterFile', () => {
  it('adds the step to the list the environment runs after the file', async () => {
    const global = { [TEARDOWN]: [] as (() => Promise<void>)[] };
    const ran: string[] = [];
    expect(afterFile(async () => void ran.push('closed'), global)).toBe(true);
    for (const step of global[TEARDOWN]) await step();
    expect(ran).toEqual(['closed']);
  });

  it('answers false and keeps nothing where the environment keeps no list, so the caller cleans up itself', () => {
    const global: Record<string, unknown> = {};
    expect(afterFile(async () => undefined, global)).toBe(false);
    expect(global).toEqual({});
  });
});
