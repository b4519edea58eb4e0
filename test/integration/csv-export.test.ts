// CSV export as each persona sees it, through the real resolvers: the files are built from the viewer's own answers
// (the tree below every strategy goal, read whole page by page; the gaps; the scorecards), so the outsider's holds no
// ATLAS work and nobody outside the deal team gets the restricted goal.
import { RESTRICTED_PROJECT } from '../../dev/demo';
import type { GapsView, TreeView } from '../../src/shared/api/alignment';
import type { SubtreeView } from '../../src/shared/api/macros';
import type { ScorecardsView } from '../../src/shared/api/scorecards';
import { alignmentRows } from '../../static/kit/export/alignment-rows';
import { alignmentCsv, gapsCsv, scorecardsCsv } from '../../static/kit/export/tables';
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';

const STRATEGY = 'throughline-strategy';
const RESTRICTED_GOAL = 'g-atlas-integration';

let t: DemoForge;
let restrictedTitle: string;
beforeAll(async () => {
  t = await demoForge();
  restrictedTitle = t.demo.strategy.goals.find((g) => g.id === RESTRICTED_GOAL)!.title;
});

const data = async <T>(persona: PersonaId, functionKey: string, payload: unknown): Promise<T> => {
  const out = await t.as(persona, { moduleKey: STRATEGY, functionKey, payload });
  if (!out.ok) throw new Error(`${functionKey} failed: ${JSON.stringify(out.error)}`);
  return out.data as T;
};

const files = async (persona: PersonaId) => {
  const tree = await data<TreeView>(persona, 'alignment/tree', {});
  const rows = await alignmentRows(tree.nodes, (q) => data<SubtreeView>(persona, 'alignment/subtree', q));
  return {
    alignment: alignmentCsv(rows),
    gaps: gapsCsv((await data<GapsView>(persona, 'gaps/list', {})).gaps),
    scorecards: scorecardsCsv(await data<ScorecardsView>(persona, 'scorecards/overview', {}), true),
  };
};

const atlasRows = (csv: string): string[] =>
  csv.split('\r\n').filter((line) => line.includes(`${RESTRICTED_PROJECT}-`) || line.includes(`,${RESTRICTED_PROJECT},`));

describe('CSV export as each persona sees it', () => {
  it('gives the exec every ATLAS epic and the restricted goal: the files hold what the tree holds, all of it', async () => {
    const f = await files('exec');
    expect(atlasRows(f.alignment).length).toBeGreaterThan(1);
    expect(f.alignment).toContain(restrictedTitle);
    const epics = t.forge.jira.state.issues.filter((i) => i.key.startsWith(`${RESTRICTED_PROJECT}-`) && i.properties['throughline-alignment']);
    for (const e of epics) expect(f.alignment).toContain(`,${e.key},`);
  });

  it.each<PersonaId>(['outsider', 'member'])('gives the %s no ATLAS row and no restricted goal in any file', async (persona) => {
    const f = await files(persona);
    for (const csv of [f.alignment, f.gaps, f.scorecards]) {
      expect(atlasRows(csv)).toEqual([]);
      expect(csv).not.toContain(RESTRICTED_GOAL);
      expect(csv).not.toContain(restrictedTitle);
    }
    expect(f.alignment.split('\r\n').length).toBeGreaterThan(3);
  });
});
