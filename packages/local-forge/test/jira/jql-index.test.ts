// The emulator's search indexes: a query narrowed through them returns exactly what evaluating it on every issue
// returns (same issues, same order, same 400s), for every principal, and stays so after writes, moves, deletes
// and direct edits of the state.
import { createJiraEmulator, searchAliasesFromManifest } from '../../src/jira/emulator';
import type { JiraSeed } from '../../src/jira/model';
import { ALIGNMENT, TEST_MANIFEST, TYPES } from './builders';
import { app, call, post } from './http';
import { indexWorld, outcome, principals, searches, worldOver } from './index-world';

const fresh = () => {
  const jira = createJiraEmulator({ seed: indexWorld(), searchAliases: searchAliasesFromManifest(TEST_MANIFEST), clock: () => Date.UTC(2024, 0, 20, 12, 0) });
  return { jira, world: worldOver(jira.state) };
};

/** Every search of the table, as every principal, both ways. */
const expectIndexedEqualsScan = (state: JiraSeed): void => {
  const world = worldOver(state);
  const { narrowed, scanned } = searches(state);
  for (const jql of [...narrowed, ...scanned]) {
    for (const [who, principal] of principals(state)) {
      const indexed = outcome(world, principal, jql, 'indexed');
      const scan = outcome(world, principal, jql, 'scan');
      const ids = (o: typeof indexed) => ('ids' in o ? o.ids : o.error);
      expect({ jql, who, result: ids(indexed) }).toEqual({ jql, who, result: ids(scan) });
    }
  }
};

describe('searching through the indexes', () => {
  const { jira, world } = fresh();
  const { narrowed, scanned } = searches(jira.state);
  const total = jira.state.issues.length;

  it('answers every query of the table exactly as a scan of every issue, for the app and for each user', () => {
    expectIndexedEqualsScan(jira.state);
  });

  it.each(narrowed)('narrows %s to fewer issues than the whole site', (jql) => {
    const run = outcome(world, { kind: 'app' }, jql, 'indexed');
    expect('examined' in run && run.examined).toBeLessThan(total);
  });

  it.each(scanned)('evaluates %s on every issue: OR with an unindexed side, NOT, EMPTY and != give no narrowing', (jql) => {
    const run = outcome(world, { kind: 'app' }, jql, 'indexed');
    expect('examined' in run && run.examined).toBe(total);
  });

  it('looks an id list up instead of scanning: 3 issues examined for 3 ids', () => {
    const ids = jira.state.issues.slice(0, 3).map((i) => i.id);
    expect(outcome(world, { kind: 'app' }, `id in (${ids.join(', ')})`, 'indexed')).toEqual({ ids: [...ids].reverse(), examined: 3 });
  });

  it('takes the smallest side of an AND and the union of an OR', () => {
    const epic = jira.state.issues.find((i) => i.issueTypeId === TYPES.epic.id)!;
    const children = jira.state.issues.filter((i) => i.parentId === epic.id).length;
    expect(outcome(world, { kind: 'app' }, `project = ALPHA AND parent = ${epic.id}`, 'indexed')).toMatchObject({ examined: children });
    expect(outcome(world, { kind: 'app' }, `id = ${epic.id} OR parent = ${epic.id}`, 'indexed')).toMatchObject({ examined: children + 1 });
  });

  it('pages through an indexed query over HTTP exactly as the scan orders it', async () => {
    const [e1, e2] = jira.state.issues.filter((i) => i.issueTypeId === TYPES.epic.id).map((e) => e.id);
    const jql = `id in (${e1}, ${e2}) OR parent in (${e1}, ${e2}) ORDER BY status, key DESC`;
    const keys: string[] = [];
    let token: string | undefined;
    do {
      const page = await post(jira, app, '/rest/api/3/search/jql', { jql, fields: ['summary'], maxResults: 2, ...(token ? { nextPageToken: token } : {}) });
      keys.push(...(page.body.issues as Array<{ key: string }>).map((i) => i.key));
      token = page.body.nextPageToken as string | undefined;
    } while (token);
    const scan = outcome(world, { kind: 'app' }, jql, 'scan');
    expect('ids' in scan && scan.ids.map((id) => jira.state.issues.find((i) => i.id === id)!.key)).toEqual(keys);
  });
});

describe('keeping the indexes true as issues change', () => {
  const parentOf = (jira: ReturnType<typeof fresh>['jira'], key: string) => jira.state.issues.find((i) => i.key === key)?.parentId;
  const keysUnder = (f: ReturnType<typeof fresh>, parentKey: string) => {
    const run = outcome(f.world, { kind: 'app' }, `parent = ${parentKey} ORDER BY key`, 'indexed');
    return 'ids' in run ? run.ids.map((id) => f.jira.state.issues.find((i) => i.id === id)!.key) : run.error;
  };

  it('finds a story under its new epic, and no longer under the old one, once it is re-parented over REST', async () => {
    const f = fresh();
    const target = f.jira.state.issues.filter((i) => i.issueTypeId === TYPES.epic.id && i.key.startsWith('ALPHA-'))[1]!.key;
    expect(keysUnder(f, 'ALPHA-1')).toContain('ALPHA-2');
    expect((await call(f.jira, app, 'PUT', '/rest/api/3/issue/ALPHA-2', { fields: { parent: { key: target } } })).status).toBe(204);
    expect(keysUnder(f, 'ALPHA-1')).not.toContain('ALPHA-2');
    expect(keysUnder(f, target)).toContain('ALPHA-2');
    expectIndexedEqualsScan(f.jira.state);
  });

  it('finds a created issue by id, parent, project and type at once', async () => {
    const f = fresh();
    expectIndexedEqualsScan(f.jira.state); // builds the indexes before the write
    const created = await post(f.jira, app, '/rest/api/3/issue', {
      fields: { project: { key: 'BETA' }, issuetype: { name: 'Story' }, summary: 'New work', parent: { key: 'BETA-1' } },
    });
    expect(created.status).toBe(201);
    const id = created.body.id as string;
    for (const jql of [`id = ${id}`, `parent = BETA-1`, 'project = BETA AND issuetype = Story']) {
      const run = outcome(f.world, { kind: 'app' }, jql, 'indexed');
      expect('ids' in run && run.ids).toContain(id);
    }
    expectIndexedEqualsScan(f.jira.state);
  });

  it("drops a deleted story and its subtasks, and finds its epic's children without a parent after the epic goes", async () => {
    const f = fresh();
    const story = f.jira.state.issues.find(
      (i) => i.issueTypeId !== TYPES.subtask.id && f.jira.state.issues.some((s) => s.parentId === i.id && s.issueTypeId === TYPES.subtask.id),
    )!;
    expectIndexedEqualsScan(f.jira.state);
    expect((await call(f.jira, app, 'DELETE', `/rest/api/3/issue/${story.id}?deleteSubtasks=true`)).status).toBe(204);
    expect(outcome(f.world, { kind: 'app' }, `id = ${story.id} OR parent = ${story.id}`, 'indexed')).toEqual({ ids: [], examined: 0 });
    const epic = f.jira.state.issues.find((i) => i.key === 'BETA-1')!;
    const children = f.jira.state.issues.filter((i) => i.parentId === epic.id).map((i) => i.id);
    expect((await call(f.jira, app, 'DELETE', `/rest/api/3/issue/${epic.id}`)).status).toBe(204);
    expect(outcome(f.world, { kind: 'app' }, `parent = ${epic.id}`, 'indexed')).toEqual({ ids: [], examined: 0 });
    const orphans = outcome(f.world, { kind: 'app' }, 'parent IS EMPTY AND project = BETA', 'indexed');
    expect('ids' in orphans && orphans.ids).toEqual(expect.arrayContaining(children));
    expectIndexedEqualsScan(f.jira.state);
  });

  it('finds a moved epic in its new project and by its new key, with its children still under it', () => {
    const f = fresh();
    const epic = f.jira.state.issues.find((i) => i.key === 'ALPHA-1')!;
    expectIndexedEqualsScan(f.jira.state);
    const moved = f.jira.moveIssue(app, 'ALPHA-1', 'BETA');
    expect(moved.status).toBe(200);
    const inBeta = outcome(f.world, { kind: 'app' }, 'project = BETA AND issuetype = Epic', 'indexed');
    const inAlpha = outcome(f.world, { kind: 'app' }, 'project = ALPHA AND issuetype = Epic', 'indexed');
    expect('ids' in inBeta && inBeta.ids).toContain(epic.id);
    expect('ids' in inAlpha && inAlpha.ids).not.toContain(epic.id);
    expect(outcome(f.world, { kind: 'app' }, `key = ${'key' in moved ? moved.key : ''}`, 'indexed')).toMatchObject({ ids: [epic.id] });
    expect(parentOf(f.jira, 'ALPHA-2')).toBe(epic.id);
    expect(keysUnder(f, epic.id)).toContain('ALPHA-2');
    expectIndexedEqualsScan(f.jira.state);
  });

  it('sees direct edits of the state that bypass the REST API: parent, project, type, order, removal', () => {
    const f = fresh();
    const { issues } = f.jira.state;
    const [a, b, c] = issues.filter((i) => i.issueTypeId === TYPES.story.id);
    const epic = issues.find((i) => i.key === 'BETA-1')!;
    expectIndexedEqualsScan(f.jira.state); // builds the index before the edits
    a!.parentId = epic.id;
    b!.projectId = '10202';
    c!.issueTypeId = TYPES.task.id;
    delete issues.find((i) => i.key === 'ALPHA-5')!.parentId;
    issues.reverse();
    issues.splice(3, 2);
    issues[0]!.properties[ALIGNMENT] = { goalId: 'g1' };
    expect(keysUnder(f, 'BETA-1')).toContain(a!.key);
    expectIndexedEqualsScan(f.jira.state);
    f.jira.state.issues = f.jira.state.issues.slice(1);
    expectIndexedEqualsScan(f.jira.state);
  });

  describe("checked only after writes ('after-writes', for callers that change issues only over REST)", () => {
    const afterWrites = () => {
      const f = fresh();
      f.jira.setIndexCheck('after-writes');
      expectIndexedEqualsScan(f.jira.state); // builds the index
      return f;
    };

    it('sees a re-parenting, a created issue and a move made through the emulator', async () => {
      const f = afterWrites();
      const target = f.jira.state.issues.filter((i) => i.issueTypeId === TYPES.epic.id && i.key.startsWith('ALPHA-'))[1]!.key;
      expect((await call(f.jira, app, 'PUT', '/rest/api/3/issue/ALPHA-2', { fields: { parent: { key: target } } })).status).toBe(204);
      expect(keysUnder(f, 'ALPHA-1')).not.toContain('ALPHA-2');
      expect(keysUnder(f, target)).toContain('ALPHA-2');
      const created = await post(f.jira, app, '/rest/api/3/issue', {
        fields: { project: { key: 'BETA' }, issuetype: { name: 'Story' }, summary: 'New work', parent: { key: 'BETA-1' } },
      });
      const run = outcome(f.world, { kind: 'app' }, `parent = BETA-1`, 'indexed');
      expect('ids' in run && run.ids).toContain(created.body.id as string);
      expect(f.jira.moveIssue(app, 'ALPHA-1', 'BETA').status).toBe(200);
      expectIndexedEqualsScan(f.jira.state);
    });

    it('does not see a direct edit of an indexed value until the next write: the price of not checking every search', async () => {
      const f = afterWrites();
      const story = f.jira.state.issues.find((i) => i.issueTypeId === TYPES.story.id && i.parentId !== undefined)!;
      const epic = f.jira.state.issues.find((i) => i.key === 'BETA-1')!;
      story.parentId = epic.id;
      expect(keysUnder(f, 'BETA-1')).not.toContain(story.key);
      expect((await call(f.jira, app, 'PUT', `/rest/api/3/issue/${story.key}`, { fields: { summary: 'Renamed' } })).status).toBe(204);
      expect(keysUnder(f, 'BETA-1')).toContain(story.key);
      expectIndexedEqualsScan(f.jira.state);
    });

    it('still sees issues added or removed directly (the list changed length)', () => {
      const f = afterWrites();
      f.jira.state.issues = f.jira.state.issues.slice(2);
      expectIndexedEqualsScan(f.jira.state);
    });
  });
});
