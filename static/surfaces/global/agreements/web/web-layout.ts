// Where each goal and arrow of the agreement web sits, pure (no DOM), so it is tested on fixtures. The goals of
// one branch form a tree laid out left to right (a column per depth, each leaf its own row, a parent centred on
// its children); the support agreements are arrows from the asking goal to the providing goal, curving between
// columns or out to the right within one, each with a short label placed so labels do not sit on one another.
import type { AgreementWebView } from '../../../../../src/shared/api/agreements';
import type { SupportState } from '../../../../../src/shared/model/agreement';
import { STATE_LOOK, AT_RISK_LOOK } from '../../../../kit/ui/agreements/words';
import { formatDay } from '../../../../kit/ui/dates';

export const WEB = { nodeW: 232, nodeH: 62, colGap: 110, rowH: 92, pad: 24, bulge: 64, labelH: 20, charW: 7, titleChars: 27 } as const;

type WebNode = AgreementWebView['nodes'][number];
type WebEdge = AgreementWebView['edges'][number];

export interface PlacedNode {
  node: WebNode;
  x: number;
  y: number;
  /** The title in at most two lines, the second shortened with an ellipsis when needed. */
  lines: string[];
}

/** How an arrow is drawn: open (waiting for an answer) dashed, agreed solid, at risk bold, closed dotted. */
export type EdgeStyle = 'open' | 'agreed' | 'at-risk' | 'done' | 'closed' | 'broken';

export interface PlacedEdge {
  edge: WebEdge;
  path: string;
  style: EdgeStyle;
  label: { text: string; x: number; y: number; w: number };
}

export interface WebLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  /** Parent → child links of the goal tree, drawn faintly under the arrows. */
  links: string[];
  edges: PlacedEdge[];
  /** Agreements of the view whose goals are not drawn (the web was cut short). */
  hidden: WebEdge[];
  /** Where the goals of other branches (that the arrows reach) start, below a rule; null when there are none. */
  outsideTop: number | null;
}

export const edgeStyle = (e: Pick<WebEdge, 'state' | 'atRisk'>): EdgeStyle => {
  if (e.atRisk && e.state === 'accepted') return 'at-risk';
  const byState: Record<SupportState, EdgeStyle> = {
    proposed: 'open',
    countered: 'open',
    accepted: 'agreed',
    fulfilled: 'done',
    declined: 'closed',
    withdrawn: 'closed',
    broken: 'broken',
  };
  return byState[e.state];
};

/** An arrow's label: its state in a word and its date, e.g. "✓ Agreed · 15 Mar 2027" or "⚠ At risk · 15 Mar 2027". */
export const edgeLabel = (e: Pick<WebEdge, 'state' | 'atRisk' | 'neededBy'>): string => {
  const look = e.atRisk && e.state === 'accepted' ? AT_RISK_LOOK : STATE_LOOK[e.state];
  return `${look.icon} ${look.word} · ${formatDay(e.neededBy)}`;
};

/** A title in at most two lines of about `max` characters, broken at spaces. */
export const wrapTitle = (title: string, max: number = WEB.titleChars): string[] => {
  const words = title.trim().split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line === '') line = w;
    else if (`${line} ${w}`.length <= max) line = `${line} ${w}`;
    else {
      lines.push(line);
      line = w;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines.map((l) => (l.length > max ? `${l.slice(0, max - 1)}…` : l));
  const second = lines.slice(1).join(' ');
  return [lines[0]!.length > max ? `${lines[0]!.slice(0, max - 1)}…` : lines[0]!, `${second.slice(0, max - 1).trimEnd()}…`];
};

/** Rows of space between the branch and the goals of other branches, for the rule and its caption. */
const OUTSIDE_GAP = 0.6;

const round = (n: number): number => Math.round(n * 10) / 10;

export const webLayout = (view: AgreementWebView): WebLayout => {
  const { nodeW, nodeH, colGap, rowH, pad, bulge, labelH, charW } = WEB;
  const ids = new Set(view.nodes.map((n) => n.id));
  const children = new Map<string, WebNode[]>();
  const roots: WebNode[] = [];
  for (const n of view.nodes) {
    if (n.parentId !== null && ids.has(n.parentId) && n.id !== n.parentId) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
    else roots.push(n);
  }
  const minDepth = Math.min(...view.nodes.map((n) => n.depth), 0);

  // Each leaf takes the next row; a parent sits midway between its first and last child. Bounded: a node is placed once.
  const rowOf = new Map<string, number>();
  const colOf = new Map<string, number>();
  let nextRow = 0;
  const place = (n: WebNode, col: number): number => {
    if (rowOf.has(n.id)) return rowOf.get(n.id)!;
    rowOf.set(n.id, -1);
    colOf.set(n.id, col);
    const kids = (children.get(n.id) ?? []).filter((k) => !rowOf.has(k.id));
    const rows = kids.map((k) => place(k, col + 1));
    const row = rows.length === 0 ? nextRow++ : (rows[0]! + rows[rows.length - 1]!) / 2;
    rowOf.set(n.id, row);
    return row;
  };
  // The branch first; then, below a rule, the goals of other branches that its arrows reach.
  for (const r of roots.filter((n) => !n.outside)) place(r, Math.max(0, r.depth - minDepth));
  const outsideRoots = roots.filter((n) => n.outside);
  let outsideTop: number | null = null;
  if (outsideRoots.length > 0) {
    outsideTop = pad + nextRow * rowH;
    nextRow += OUTSIDE_GAP;
    for (const r of outsideRoots) place(r, Math.max(0, r.depth - minDepth));
  }
  // Goals only a parent loop reaches (bad data) still get a place of their own.
  for (const n of view.nodes) if (!rowOf.has(n.id)) place(n, Math.max(0, n.depth - minDepth));

  const maxCol = Math.max(0, ...colOf.values());
  const at = (id: string) => ({ x: pad + colOf.get(id)! * (nodeW + colGap), y: pad + rowOf.get(id)! * rowH });
  const nodes: PlacedNode[] = view.nodes.map((node) => ({ node, ...at(node.id), lines: wrapTitle(node.title) }));

  const links = view.nodes
    .filter((n) => n.parentId !== null && ids.has(n.parentId) && n.parentId !== n.id)
    .map((n) => {
      const p = at(n.parentId!);
      const c = at(n.id);
      const x1 = p.x + nodeW;
      const y1 = p.y + nodeH / 2;
      const y2 = c.y + nodeH / 2;
      const mid = x1 + colGap / 2;
      return `M${x1} ${y1} H${mid} V${y2} H${c.x}`;
    });

  const boxes = nodes.map((n) => ({ x: n.x, y: n.y }));
  const drawn = view.edges.filter((e) => ids.has(e.fromGoalId) && ids.has(e.toGoalId) && e.fromGoalId !== e.toGoalId);
  const hidden = view.edges.filter((e) => !drawn.includes(e));
  const hasSameColumn = drawn.some((e) => colOf.get(e.fromGoalId) === colOf.get(e.toGoalId));
  // Labels stay inside the drawing's own width, so none is cut off at the edge of a narrower page.
  const innerRight = pad + (maxCol + 1) * nodeW + maxCol * colGap + (hasSameColumn ? bulge + 48 : 0);
  // Arrows between the same two goals fan out a little, so each stays visible.
  const seen = new Map<string, number>();
  const labels: PlacedEdge['label'][] = [];
  const edges = drawn.map((edge): PlacedEdge => {
    const pair = [edge.fromGoalId, edge.toGoalId].sort().join('|');
    const nth = seen.get(pair) ?? 0;
    seen.set(pair, nth + 1);
    const shift = (nth % 2 === 0 ? 1 : -1) * Math.ceil(nth / 2) * 10;
    const a = at(edge.fromGoalId);
    const b = at(edge.toGoalId);
    const ay = a.y + nodeH / 2 + shift;
    const by = b.y + nodeH / 2 + shift;
    let p: [number, number, number, number, number, number, number, number];
    if (colOf.get(edge.toGoalId)! > colOf.get(edge.fromGoalId)!) {
      const x1 = a.x + nodeW;
      const x2 = b.x;
      p = [x1, ay, x1 + (x2 - x1) / 2, ay, x1 + (x2 - x1) / 2, by, x2, by];
    } else if (colOf.get(edge.toGoalId)! < colOf.get(edge.fromGoalId)!) {
      const x1 = a.x;
      const x2 = b.x + nodeW;
      p = [x1, ay, x1 - (x1 - x2) / 2, ay, x1 - (x1 - x2) / 2, by, x2, by];
    } else {
      // Same column: out of the right side and back, wider the further apart the two goals are.
      const x = a.x + nodeW;
      const out = bulge + Math.min(3, Math.abs(rowOf.get(edge.toGoalId)! - rowOf.get(edge.fromGoalId)!)) * 16;
      p = [x, ay, x + out, ay, x + out, by, x, by];
    }
    const [x0, y0, c1x, c1y, c2x, c2y, x3, y3] = p;
    const onCurve = (t: number) => {
      const u = 1 - t;
      return {
        x: u * u * u * x0 + 3 * u * u * t * c1x + 3 * u * t * t * c2x + t * t * t * x3,
        y: u * u * u * y0 + 3 * u * u * t * c1y + 3 * u * t * t * c2y + t * t * t * y3,
      };
    };
    const text = edgeLabel(edge);
    const w = round(text.length * charW + 12);
    const clear = (x: number, y: number, bounded: boolean) =>
      (!bounded || (x >= pad / 2 && x + w <= innerRight + pad / 2)) &&
      !labels.some((l) => l.y < y + labelH + 2 && y < l.y + labelH + 2 && l.x < x + w && x < l.x + l.w) &&
      !boxes.some((b) => b.y - 2 < y + labelH && y < b.y + nodeH + 2 && b.x - 2 < x + w && x < b.x + nodeW + 2);
    // The label stays on its arrow: the middle first, then further along either way, then a little off it.
    // Centred on the arrow first; beside it (starting or ending at it) where the gap between columns is too narrow.
    const spots = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82].flatMap((t) =>
      [0, -labelH * 0.6, labelH * 0.6].flatMap((dy) => [-w / 2, 6, -w - 6].map((dx) => ({ t, dy, dx }))),
    );
    const middle = onCurve(0.5);
    let label = { text, x: round(middle.x - w / 2), y: round(middle.y - labelH / 2), w };
    // Inside the drawing's width if any spot is clear there; else beyond it (the picture grows) rather than on a goal.
    search: for (const bounded of [true, false]) {
      for (const { t, dy, dx } of spots) {
        const c = onCurve(t);
        const x = round(c.x + dx);
        const y = round(c.y - labelH / 2 + dy);
        if (clear(x, y, bounded)) {
          label = { text, x, y, w };
          break search;
        }
      }
    }
    labels.push(label);
    return {
      edge,
      path: `M${round(x0)} ${round(y0)} C${round(c1x)} ${round(c1y)} ${round(c2x)} ${round(c2y)} ${round(x3)} ${round(y3)}`,
      style: edgeStyle(edge),
      label,
    };
  });

  const labelRight = Math.max(0, ...labels.map((l) => l.x + l.w));
  const labelBottom = Math.max(0, ...labels.map((l) => l.y + labelH));
  const width = Math.ceil(Math.max(pad * 2 + (maxCol + 1) * nodeW + maxCol * colGap + (hasSameColumn ? bulge + 48 : 0), labelRight + pad));
  const height = Math.ceil(Math.max(pad * 2 + Math.max(0, nextRow - 1) * rowH + nodeH, labelBottom + pad));
  return { width, height, nodes, links, edges, hidden, outsideTop };
};
