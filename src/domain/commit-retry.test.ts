import { beaten, commitOnVersion, committed } from './commit-retry';

describe('the read–decide–commit loop', () => {
  it('returns what the first committed try gave, running the step again after each lost race', async () => {
    const tries: number[] = [];
    const value = await commitOnVersion(
      async (attempt) => {
        tries.push(attempt);
        return attempt < 3 ? beaten : committed(`saved on try ${attempt}`);
      },
      () => new Error('never'),
    );
    expect([value, tries]).toEqual(['saved on try 3', [1, 2, 3]]);
  });

  it('gives up after the bound with the caller’s error', async () => {
    let tries = 0;
    await expect(
      commitOnVersion(
        async () => {
          tries += 1;
          return beaten;
        },
        () => new Error('busy: try again'),
        4,
      ),
    ).rejects.toThrow('busy: try again');
    expect(tries).toBe(4);
  });

  it('lets a failure of the step through at once, without trying again', async () => {
    let tries = 0;
    const failing = commitOnVersion(
      async () => {
        tries += 1;
        throw new Error('refused');
      },
      () => new Error('never'),
    );
    await expect(failing).rejects.toThrow('refused');
    expect(tries).toBe(1);
  });
});
