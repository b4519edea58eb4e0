// Use case: the issue panel's first load with the viewer's own input on the goals of the chain and what became of
// it. Budget: the panel's one Jira call and its two storage reads, plus ONE query of the viewer's latest input
// (run alongside, so it adds no wait). Only the viewer's own input is read; an issue is a link only when it is
// this one (the panel's read just proved the viewer may browse it).
import { viewOf } from '../../domain/input/view';
import type { ChainLinkView, GoalContext } from '../../shared/api/panel';
import type { InputStore } from '../ports/input';
import { goalContext, type GoalContextDeps } from '../goals/goal-context';

/** How much of the viewer's latest input the panel looks through for the chain's goals. */
export const MY_INPUT_ON_PANEL = 50;

export interface PanelContextDeps {
  context: GoalContextDeps;
  inputs: Pick<InputStore, 'byAuthor'>;
}

type ChainGoal = Extract<ChainLinkView, { kind: 'goal' }>;

export const panelContext = async (deps: PanelContextDeps, accountId: string, issueRef: string): Promise<GoalContext> => {
  const [context, mine] = await Promise.all([goalContext(deps.context, issueRef), deps.inputs.byAuthor(accountId, MY_INPUT_ON_PANEL)]);
  const goals = context.chain.filter((l): l is ChainGoal => l.kind === 'goal');
  const ids = new Set(goals.map((g) => g.id));
  const names = Object.fromEntries(goals.flatMap((g) => [g.leader, g.manager]).flatMap((p) => (p ? [[p.accountId, p.displayName]] : [])));
  const here = new Set([context.issue.id]);
  const views = mine.filter((i) => ids.has(i.goalId)).flatMap((i) => viewOf(i, { accountId, access: 'counts', names, browsable: here }) ?? []);
  return { ...context, input: { mine: views } };
};
