// Every answer that grows with the site is paged: on a generated organisation with more goals than one page holds
// (the bench's enterprise, smaller), the Scorecards tab and the scorecard macro of a level answer a page of goals at
// a time with an opaque cursor, the pages together hold every goal exactly once, every answer stays far under the
// 1 MB a response may use, and a cursor that is not one of ours is VALIDATION. "Expand all" is paged the same way.
import type { LocalForge } from '../../dev/throughline-host';
import { GOALS_PER_PAGE } from '../../src/shared/api/goal-pages';
import { generatedForge } from '../support/generated-forge';

const ONE_MB = 1024 * 1024;
// 3 strategy goals and the others in turn functional, process, project: 51 functional goals, more than a page.
const SIZE = { goals: 3 + 3 * (GOALS_PER_PAGE + 1), projects: 30, epics: 300, issues: 1500 };

let forge: LocalForge;
let viewer: string;
beforeAll(async () => {
  ({ forge, viewer } = await generatedForge(SIZE));
}, 120_000);

type Envelope = { ok: boolean; data?: Record<string, unknown>; error?: { code: string } };
const MODULE: Record<string, string> = {
  'scorecards/overview': 'throughline-strategy',
  'alignment/subtree': 'throughline-strategy',
  'macro/scorecard': 'throughline-scorecard',
};
const invoke = async (functionKey: string, payload: unknown): Promise<{ answer: Envelope; bytes: number }> => {
  const answer = (await forge.invoke({ moduleKey: MODULE[functionKey]!, functionKey, payload, accountId: viewer })) as Envelope;
  return { answer, bytes: Buffer.byteLength(JSON.stringify(answer)) };
};

/** Follows the cursors from the first page to the last, checking each page as it comes. */
const allPages = async (functionKey: string, payload: Record<string, unknown>) => {
  const pages: { goals: { goal: { id: string } }[]; cursor: string | null; totalGoals: number; bytes: number }[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < 20; n++) {
    const { answer, bytes } = await invoke(functionKey, { ...payload, ...(cursor ? { cursor } : {}) });
    expect(answer.ok).toBe(true);
    const page = answer.data as unknown as (typeof pages)[number];
    pages.push({ ...page, bytes });
    if (!page.cursor) break;
    cursor = page.cursor;
  }
  return pages;
};

describe.each([
  ['the Scorecards tab', 'scorecards/overview', {}, SIZE.goals],
  ['the scorecard macro of a level', 'macro/scorecard', { config: { level: 'functional' } }, GOALS_PER_PAGE + 1],
] as const)('%s on an organisation of %#', (_name, functionKey, payload, total) => {
  it(`answers ${GOALS_PER_PAGE} goals a page, under 1 MB each, and the pages hold every goal once`, async () => {
    const pages = await allPages(functionKey, payload);
    expect(pages.map((p) => p.goals.length)).toEqual(
      Array.from({ length: Math.ceil(total / GOALS_PER_PAGE) }, (_, i) => Math.min(GOALS_PER_PAGE, total - i * GOALS_PER_PAGE)),
    );
    expect(pages.every((p) => p.totalGoals === total)).toBe(true);
    expect(pages.at(-1)!.cursor).toBeNull();
    const ids = pages.flatMap((p) => p.goals.map((g) => g.goal.id));
    expect(new Set(ids).size).toBe(total);
    for (const p of pages) expect(p.bytes).toBeLessThan(ONE_MB / 2);
  });

  it.each([
    ['a forged cursor', 'g-1'],
    ['markup', '<script>'],
    ['a number', 50],
    ['a long one', `g${'9'.repeat(40)}`],
  ])('refuses %s as a cursor with VALIDATION', async (_c, cursor) => {
    const { answer } = await invoke(functionKey, { ...payload, cursor });
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers an empty last page for a cursor past the end', async () => {
    const { answer } = await invoke(functionKey, { ...payload, cursor: 'g999999' });
    expect(answer).toMatchObject({ ok: true, data: { goals: [], cursor: null, totalGoals: total } });
  });
});

describe('the summaries over every page', () => {
  const kpisOf = (c: Record<string, number>) => Object.values(c).reduce((n, x) => n + x, 0);

  it('counts every KPI of the level in the scorecard macro’s summary line, on every page', async () => {
    const pages = (await allPages('macro/scorecard', { config: { level: 'functional' } })) as unknown as { counts: Record<string, number> }[];
    expect(pages).toHaveLength(2);
    // Two KPIs on every goal of the generated organisation.
    for (const p of pages) expect(kpisOf(p.counts)).toBe(2 * (GOALS_PER_PAGE + 1));
  });

  it('counts every goal below each strategy goal in the organisation scorecard of the first page', async () => {
    const { answer } = await invoke('scorecards/overview', {});
    const rows = (answer.data as { organisation: { counts: Record<string, number> }[] }).organisation;
    expect(rows.reduce((n, r) => n + kpisOf(r.counts), 0)).toBe(2 * SIZE.goals);
  });
});

describe('"Expand all" on the whole organisation', () => {
  it('answers pages under 1 MB whose rows follow on from each other', async () => {
    let cursor: string | null | undefined;
    let rows = 0;
    for (let n = 0; n < 50; n++) {
      const { answer, bytes } = await invoke('alignment/subtree', { parent: { kind: 'goal', goalId: 's0' }, ...(cursor ? { cursor } : {}) });
      expect(answer.ok).toBe(true);
      expect(bytes).toBeLessThan(ONE_MB);
      const page = answer.data as { rows: unknown[]; cursor: string | null };
      rows += page.rows.length;
      cursor = page.cursor;
      if (!cursor) break;
    }
    expect(cursor).toBeNull();
    expect(rows).toBeGreaterThan(SIZE.goals / 3);
  });
});
