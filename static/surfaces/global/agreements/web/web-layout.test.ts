// The agreement web's layout: goals as a left-to-right tree, agreements as arrows from asker to provider, each
// labelled with its state in words and placed so nothing sits on anything else.
import { aWeb } from '../../../../kit/ui/agreements/fixtures';
import { edgeLabel, edgeStyle, WEB, webLayout, wrapTitle } from './web-layout';

const byId = (layout: ReturnType<typeof webLayout>) => new Map(layout.nodes.map((n) => [n.node.id, n]));

describe('the agreement web’s layout', () => {
  it('puts each depth in its own column and each leaf on its own row, a parent centred on its children', () => {
    const nodes = byId(webLayout(aWeb()));
    const col = (id: string) => (nodes.get(id)!.x - WEB.pad) / (WEB.nodeW + WEB.colGap);
    const row = (id: string) => (nodes.get(id)!.y - WEB.pad) / WEB.rowH;
    expect(['s', 'p', 'd', 'e', 'i', 'r'].map(col)).toEqual([0, 1, 2, 1, 2, 2]);
    expect(['d', 'i', 'r'].map(row)).toEqual([0, 1, 2]);
    expect(row('p')).toBe(0);
    expect(row('e')).toBe(1.5);
    expect(row('s')).toBe(0.75);
  });

  it('never places two goals on one spot', () => {
    const spots = webLayout(aWeb()).nodes.map((n) => `${n.x},${n.y}`);
    expect(new Set(spots).size).toBe(spots.length);
  });

  it('draws a link from each goal to its parent', () => {
    expect(webLayout(aWeb()).links).toHaveLength(5);
  });

  it('draws an arrow from the asker’s side to the provider’s side', () => {
    const layout = webLayout(aWeb());
    const nodes = byId(layout);
    const [down, , same] = layout.edges;
    // p (column 1) asks e (column 1): the same column, so out of the right side and back.
    expect(down!.path.startsWith(`M${nodes.get('p')!.x + WEB.nodeW} `)).toBe(true);
    expect(down!.path.endsWith(`${nodes.get('e')!.x + WEB.nodeW} ${nodes.get('e')!.y + WEB.nodeH / 2}`)).toBe(true);
    // i asks r, both in column 2.
    expect(same!.path).toMatch(/^M\d+ \d+ C/);
  });

  it('labels every arrow with its state in words and its date, and keeps labels apart', () => {
    const layout = webLayout(aWeb());
    expect(layout.edges.map((e) => e.label.text)).toEqual(['⚠ At risk · 15 Mar 2027', '? Proposed · 1 Feb 2027', '⇄ Countered · 10 Feb 2027']);
    const boxes = layout.edges.map((e) => e.label);
    for (const a of boxes)
      for (const b of boxes) {
        if (a === b) continue;
        const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + WEB.labelH && b.y < a.y + WEB.labelH;
        expect(overlap).toBe(false);
      }
  });

  it('keeps labels off the goals’ boxes', () => {
    const layout = webLayout(aWeb());
    for (const e of layout.edges)
      for (const n of layout.nodes) {
        const l = e.label;
        const covers = l.x < n.x + WEB.nodeW && n.x < l.x + l.w && l.y < n.y + WEB.nodeH && n.y < l.y + WEB.labelH;
        expect({ label: l.text, goal: n.node.id, covers }).toEqual({ label: l.text, goal: n.node.id, covers: false });
      }
  });

  it('is big enough for every goal and label', () => {
    const layout = webLayout(aWeb());
    for (const n of layout.nodes) {
      expect(n.x + WEB.nodeW).toBeLessThanOrEqual(layout.width);
      expect(n.y + WEB.nodeH).toBeLessThanOrEqual(layout.height);
    }
    for (const e of layout.edges) expect(e.label.x + e.label.w).toBeLessThanOrEqual(layout.width);
  });

  it('keeps apart two arrows between the same goals', () => {
    const web = aWeb();
    const twice = aWeb({ edges: [web.edges[0]!, { ...web.edges[0]!, id: 'a9', state: 'proposed', atRisk: false }] });
    const [a, b] = webLayout(twice).edges;
    expect(a!.path).not.toBe(b!.path);
  });

  it('lists the agreements whose goals it could not draw, instead of drawing them nowhere', () => {
    const web = aWeb();
    const cut = aWeb({ nodes: web.nodes.filter((n) => n.id !== 'r'), truncated: true });
    const layout = webLayout(cut);
    expect(layout.edges.map((e) => e.edge.id)).toEqual(['a1']);
    expect(layout.hidden.map((e) => e.id)).toEqual(['a2', 'a3']);
  });

  it('draws a lone goal with no agreements', () => {
    const web = aWeb();
    const layout = webLayout({ ...web, nodes: [web.nodes[0]!], edges: [] });
    expect(layout.nodes).toHaveLength(1);
    expect(layout.width).toBe(WEB.pad * 2 + WEB.nodeW);
    expect(layout.height).toBe(WEB.pad * 2 + WEB.nodeH);
  });

  it('survives a parent loop in what it was given', () => {
    const web = aWeb();
    const loop = { ...web, nodes: [{ ...web.nodes[1]!, parentId: 'd' }, { ...web.nodes[2]! }] };
    const layout = webLayout(loop);
    expect(layout.nodes.every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
    expect(Number.isFinite(layout.height)).toBe(true);
  });
});

describe('goals of other branches', () => {
  it('sit below the branch, under a rule, as trees of their own', () => {
    const web = aWeb();
    const withOutside = aWeb({
      nodes: [...web.nodes, { id: 'o', title: 'Lift retention', level: 'functional', status: 'active', parentId: 'other-strategy', depth: 1, outside: true }],
      edges: [
        ...web.edges,
        { id: 'a4', fromGoalId: 'o', toGoalId: 'd', state: 'proposed', neededBy: '2027-02-01', atRisk: false, risks: [], summary: 'Proposed' },
      ],
    });
    const layout = webLayout(withOutside);
    const branchBottom = Math.max(...layout.nodes.filter((n) => !n.node.outside).map((n) => n.y + WEB.nodeH));
    const outside = layout.nodes.find((n) => n.node.id === 'o')!;
    expect(layout.outsideTop).not.toBeNull();
    expect(layout.outsideTop!).toBeGreaterThan(branchBottom);
    expect(outside.y).toBeGreaterThan(layout.outsideTop!);
    expect(layout.edges.map((e) => e.edge.id)).toContain('a4');
    expect(webLayout(web).outsideTop).toBeNull();
  });
});

describe('an arrow’s look', () => {
  it.each([
    ['proposed', false, 'open'],
    ['countered', false, 'open'],
    ['accepted', false, 'agreed'],
    ['accepted', true, 'at-risk'],
    ['fulfilled', false, 'done'],
    ['declined', false, 'closed'],
    ['withdrawn', false, 'closed'],
    ['broken', false, 'broken'],
  ] as const)('draws %s (at risk: %s) as %s', (state, atRisk, style) => {
    expect(edgeStyle({ state, atRisk })).toBe(style);
  });

  it('says the state in a word, not only by its line', () => {
    expect(edgeLabel({ state: 'fulfilled', atRisk: false, neededBy: '2027-01-31' })).toBe('✓ Fulfilled · 31 Jan 2027');
  });
});

describe('a goal’s title in a box', () => {
  it('wraps at spaces into at most two lines, shortening the rest', () => {
    expect(wrapTitle('Dashboards 3.0')).toEqual(['Dashboards 3.0']);
    expect(wrapTitle('Ship the analytics features that set us apart')).toEqual(['Ship the analytics features', 'that set us apart']);
    const long = wrapTitle('Answer every support ticket within one business day and then some more words');
    expect(long).toHaveLength(2);
    expect(long[1]!.endsWith('…')).toBe(true);
    expect(long.every((l) => l.length <= WEB.titleChars)).toBe(true);
  });
});
