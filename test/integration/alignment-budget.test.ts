// What the tree, the gaps radar and the project page cost, and as whom they ask Jira: always as the viewer, in a
// handful of calls and storage operations (the first tree screen within 5 Jira calls and 10 storage operations).
import { demoForge, type DemoForge } from '../support/local-forge';
import { children, gaps, projectIdsOf, projectPage, tree } from './alignment-fixture';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
  t.forge.jira.log.reset();
  t.forge.kvs.log.reset();
});

const jiraCalls = () => t.forge.jira.log.entries();

describe('the cost of reading alignment', () => {
  it('draws the first tree screen with one Jira call as the viewer and at most 10 storage operations', async () => {
    await tree(t, 'exec');
    expect(jiraCalls().map((e) => `${e.method} ${e.path} as ${e.actor.kind}`)).toEqual(['POST /rest/api/3/permissions/project as user']);
    expect(t.forge.kvs.log.count()).toBeLessThanOrEqual(10);
  });

  it('expands a project into its epics with one more search, as the viewer', async () => {
    await children(t, 'exec', { kind: 'project', goalId: 'g-dashboards-v3', projectId: projectIdsOf(t, ['INS'])[0]! });
    const calls = jiraCalls();
    expect(calls.every((e) => e.actor.kind === 'user')).toBe(true);
    expect(calls.filter((e) => e.path === '/rest/api/3/search/jql')).toHaveLength(1);
    expect(calls.length).toBeLessThanOrEqual(3);
  });

  it('reads the gaps as the viewer, in a few calls', async () => {
    await gaps(t, 'member');
    const calls = jiraCalls();
    expect(calls.every((e) => e.actor.kind === 'user')).toBe(true);
    // Three, and the editor check (Jira admin? groups?) because the demo's restricted goal is not the member's.
    expect(calls.length).toBeLessThanOrEqual(5);
  });

  it('opens the project page with three Jira calls as the viewer, and three more for a restricted goal', async () => {
    await projectPage(t, 'lead', 'INS');
    const calls = jiraCalls();
    // Project, epics, edit permission; then, since the demo holds a restricted goal the lead is not admitted to by
    // its people or work, the projects the lead may browse and the editor check (Jira admin? groups?).
    expect(calls.map((e) => e.actor.kind)).toEqual(['user', 'user', 'user', 'user', 'user', 'user']);
    // Six, and for the restricted goal the project alignments and the restricted goals' roll-ups.
    expect(t.forge.kvs.log.count()).toBeLessThanOrEqual(8);
  });
});
