// The web of support agreements below a goal, for an executive's one picture: the goals of the branch (breadth first,
// with their depth) as nodes, live support agreements as arrows from the asking to the providing goal, and the goals
// outside the branch that an arrow reaches. Bounded: at most WEB_MAX_NODES goals, `truncated` says when cut. Pure.
import { WEB_MAX_NODES, type AgreementWebView } from '../../shared/api/agreements';
import type { GoalSummary } from '../../shared/model/goal';
import { ancestorsOf, type GoalGraph } from '../goals/graph';
import { agreementGoal } from './panel-lines';
import type { LiveAgreement } from './signals';
import { supportSummary } from './words';

type WebNode = AgreementWebView['nodes'][number];

const nodeOf = (g: GoalSummary, depth: number, outside = false): WebNode => ({
  ...agreementGoal(g),
  parentId: g.parentId,
  depth,
  ...(outside ? { outside: true } : {}),
});

/** `graph` holds the goals the viewer may see; `live` the agreements they may see (both goals visible). */
export const agreementWeb = (root: GoalSummary, graph: GoalGraph, live: readonly LiveAgreement[], today: string, max = WEB_MAX_NODES): AgreementWebView => {
  const nodes: WebNode[] = [];
  const inWeb = new Set<string>();
  let truncated = false;
  const queue: { g: GoalSummary; depth: number }[] = [{ g: root, depth: 0 }];
  while (queue.length > 0) {
    const { g, depth } = queue.shift()!;
    if (inWeb.has(g.id)) continue;
    if (nodes.length >= max) {
      truncated = true;
      break;
    }
    inWeb.add(g.id);
    nodes.push(nodeOf(g, depth));
    for (const c of graph.children.get(g.id) ?? []) queue.push({ g: c, depth: depth + 1 });
  }
  const branch = new Set(inWeb);
  const touching = live.filter((a) => branch.has(a.from.id) || branch.has(a.to.id));
  for (const a of touching) {
    for (const g of [a.from, a.to]) {
      if (inWeb.has(g.id)) continue;
      if (nodes.length >= max) {
        truncated = true;
        continue;
      }
      inWeb.add(g.id);
      nodes.push(nodeOf(g, ancestorsOf(graph, g.id).length, true));
    }
  }
  const edges = touching
    .filter((a) => inWeb.has(a.from.id) && inWeb.has(a.to.id))
    .map((a) => ({
      id: a.summary.id,
      fromGoalId: a.from.id,
      toGoalId: a.to.id,
      state: a.summary.state,
      neededBy: a.summary.neededBy,
      atRisk: a.risks.length > 0,
      risks: a.risks.map((r) => r.sentence),
      summary: supportSummary(a.summary, today),
    }));
  return { root: agreementGoal(root), nodes, edges, truncated };
};
