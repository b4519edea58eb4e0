// Which epics an issue event makes the app count again, as a table: the issue's epic now, the epic it left,
// a subtask's story's epic, an epic itself; and no Jira call at all for changes no roll-up counts.
import { IssueEventPayload } from '../../src/shared/issue-event';
import type { FoundIssue, IssueLink, RollupStore } from '../../src/services/ports/rollups';
import { handleIssueEvent } from '../../src/services/rollup/rollup-events';
import type { RollupDeps } from '../../src/services/rollup/rollup-recount';
import type { EpicRollup } from '../../src/shared/model/rollup';

// E1, E2 epics; S1 in E1 and S2 in E2 stories; T1 a subtask of S1 (moved to S2 in one case); X a story with no epic.
const LINKS: Record<string, IssueLink> = {
  '1': { id: '1', level: 1 },
  '2': { id: '2', level: 1 },
  '11': { id: '11', level: 0, parentId: '1', parentLevel: 1 },
  '21': { id: '21', level: 0, parentId: '2', parentLevel: 1 },
  '111': { id: '111', level: -1, parentId: '11', parentLevel: 0 },
  '30': { id: '30', level: 0 },
  '40': { id: '40', level: 0, parentId: '2' }, // Jira did not say the parent's level
};

const run = async (event: unknown, stored: string[] = []) => {
  const asked: string[][] = [];
  const removed: string[] = [];
  let calls = 0;
  const found = (id: string): FoundIssue => ({
    id,
    level: LINKS[id]?.level ?? 0,
    ...(LINKS[id]?.parentId ? { parentId: LINKS[id]!.parentId } : {}),
    category: 'new',
    storyPoints: null,
    projectId: 'P',
    tag: undefined,
  });
  const deps: RollupDeps = {
    jira: {
      links: async (ids) => (calls++, ids.flatMap((id) => (LINKS[id] ? [LINKS[id]!] : []))),
      epicsAndChildren: async (ids) => (
        calls++,
        asked.push([...ids].sort()),
        Object.keys(LINKS)
          .filter((id) => ids.includes(id) || ids.includes(LINKS[id]!.parentId ?? ''))
          .map(found)
      ),
      children: async (ids) => (
        calls++,
        Object.keys(LINKS)
          .filter((id) => ids.includes(LINKS[id]!.parentId ?? ''))
          .map(found)
      ),
      epicIds: async () => ['1', '2'],
    },
    trust: { goalIds: async () => ({ restricted: new Set(), known: new Set() }), mirroredGoals: async () => new Map() },
    store: {
      epics: async (ids: readonly string[]) => new Map(ids.filter((id) => stored.includes(id)).map((id) => [id, { epicId: id } as EpicRollup])),
      putEpic: async (id: string, next: EpicRollup | undefined) => void (next ? undefined : removed.push(id)),
    } as unknown as RollupStore,
    now: () => new Date('2026-11-28T10:00:00Z'),
    pointsField: 'customfield_10016',
  };
  const out = await handleIssueEvent(deps, IssueEventPayload.parse(event));
  return { asked: asked.flat().sort(), removed, calls, out };
};

const ev = (type: string, id: string, extra: Record<string, unknown> = {}) => ({
  eventType: `avi:jira:${type}:issue`,
  issue: { id, key: `K-${id}`, fields: {} },
  ...extra,
});
const moved = (from: string) => ({ changelog: { id: '9', items: [{ field: 'IssueParentAssociation', from, to: 'x' }] } });
const status = { changelog: { id: '9', items: [{ field: 'status', fieldId: 'status', from: '1', to: '3' }] } };

describe('tracing an issue event to the epics to count again', () => {
  it.each<[string, unknown, string[]]>([
    ['a story created under an epic', ev('created', '11'), ['1']],
    ['a story whose status changed', ev('updated', '21', status), ['2']],
    ['a subtask whose status changed (its story’s epic)', ev('updated', '111', status), ['1']],
    ['a story moved from one epic to another', ev('updated', '21', moved('1')), ['1', '2']],
    ['a subtask moved to a story of another epic', ev('updated', '111', moved('21')), ['1', '2']],
    ['an epic moved to another project', ev('updated', '2', { changelog: { id: '9', items: [{ field: 'project', fieldId: 'project' }] } }), ['2']],
    ['a story whose parent’s level Jira did not say (recounting checks it)', ev('created', '40'), ['2']],
    ['a story with no epic', ev('created', '30'), []],
    ['an update without a changelog', ev('updated', '11'), ['1']],
    ['a deleted story, traced through the parent in its payload', ev('deleted', '99', { issue: { id: '99', fields: { parent: { id: '2' } } } }), ['2']],
    ['a deleted subtask, traced through its story', ev('deleted', '98', { issue: { id: '98', fields: { parent: { id: '11' } } } }), ['1']],
  ])('%s', async (_name, event, epics) => {
    expect((await run(event)).asked).toEqual(epics);
  });

  it('removes a deleted epic’s roll-up without asking Jira about it', async () => {
    const out = await run(ev('deleted', '2'), ['2']);
    expect(out.removed).toEqual(['2']);
    expect(out.asked).toEqual([]);
  });

  const renamed = { changelog: { id: '9', items: [{ field: 'summary', fieldId: 'summary' }, { field: 'labels' }] } };
  const typed = (id: string, hierarchyLevel: number) => ({ issue: { id, key: `K-${id}`, fields: { issuetype: { hierarchyLevel } } } });

  it('spends no Jira call on a change no roll-up counts (a story renamed, labels changed)', async () => {
    const out = await run(ev('updated', '11', { ...renamed, ...typed('11', 0) }));
    expect(out).toMatchObject({ calls: 0, asked: [], out: { skipped: true } });
  });

  it('counts an epic again when it is renamed: its roll-up keeps the title the tree shows', async () => {
    expect((await run(ev('updated', '2', { ...renamed, ...typed('2', 1) }))).asked).toEqual(['2']);
  });
});
