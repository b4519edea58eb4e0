// The skipped-level rule as a table: which parent leaves which levels out.
import { skippedLevels } from './skipped-levels';

describe('a goal that skips a level', () => {
  it.each([
    ['strategy', 'functional', []],
    ['strategy', 'process', ['functional']],
    ['strategy', 'project', ['functional', 'process']],
    ['strategy', 'self', ['functional', 'process', 'project']],
    ['functional', 'process', []],
    ['functional', 'project', []],
    ['functional', 'self', []],
    ['process', 'project', []],
    ['project', 'self', []],
    ['project', 'project', []],
    ['strategy', 'strategy', []],
    ['project', 'functional', []],
  ] as const)('a %s goal above a %s goal leaves out %j', (parent, child, skipped) => {
    expect(skippedLevels(parent, child)).toEqual(skipped);
  });
});
