import { externalUsageOf, USAGE_CAP, type GoalUsageDeps } from './goal-usage';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

const deps = (o: { projects: string[]; epics: string[]; browsable: string[]; visibleEpics: string[] }) => {
  const calls: string[] = [];
  const d: GoalUsageDeps = {
    projectIdsOf: async (_g, limit) => o.projects.slice(0, limit),
    epicIdsOf: async (_g, limit) => o.epics.slice(0, limit),
    projectsByIds: async (wanted) => {
      calls.push('projects');
      return wanted.filter((id) => o.browsable.includes(id)).map((id) => ({ id, key: `K${id}`, name: `Project ${id}` }));
    },
    epicsByIds: async (wanted) => {
      calls.push(`epics:${wanted.length}`);
      return wanted.filter((id) => o.visibleEpics.includes(id)).map((id) => ({ id, key: `E-${id}`, title: `Epic ${id}` }));
    },
  };
  return { d, calls };
};

describe('what still uses a goal, as the editor may see it', () => {
  it('asks Jira nothing when nothing uses the goal', async () => {
    const { d, calls } = deps({ projects: [], epics: [], browsable: ['1'], visibleEpics: [] });
    expect(await externalUsageOf(d, 'g')).toEqual({ projects: [], epics: [] });
    expect(calls).toEqual([]);
  });

  it('names what the editor may browse and only counts the rest', async () => {
    const { d } = deps({ projects: ['1', '2'], epics: ['10', '11', '12'], browsable: ['1'], visibleEpics: ['10'] });
    expect(await externalUsageOf(d, 'g')).toEqual({
      projects: [{ projectId: '1', key: 'K1', name: 'Project 1' }],
      epics: [{ issueId: '10', key: 'E-10', title: 'Epic 10' }],
      hidden: { projects: 1, epics: 2 },
    });
  });

  it(`lists at most ${USAGE_CAP} of each and says there are more`, async () => {
    const { d, calls } = deps({ projects: ids('p', 3), epics: ids('', USAGE_CAP + 5), browsable: ids('p', 3), visibleEpics: ids('', USAGE_CAP + 5) });
    const out = await externalUsageOf(d, 'g');
    expect(out.epics).toHaveLength(USAGE_CAP);
    expect(out.more).toBe(true);
    expect(calls).toContain(`epics:${USAGE_CAP}`);
  });

  it('does not say "more" at exactly the cap', async () => {
    const { d } = deps({ projects: [], epics: ids('', USAGE_CAP), browsable: [], visibleEpics: ids('', USAGE_CAP) });
    const out = await externalUsageOf(d, 'g');
    expect(out.epics).toHaveLength(USAGE_CAP);
    expect(out.more).toBeUndefined();
  });
});
