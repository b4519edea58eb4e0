// Decisions on support agreements: asking for support and answering it. Pure: given what the viewer may see, the
// site's live agreements, who acts and the version they saw, returns the next record or a coded refusal.
// Checks run in this order: what the request names exists for the viewer (NOT_FOUND, the same words as a missing
// goal), the actor may act at all (FORBIDDEN), the version they saw is current (CONFLICT), the action fits the state
// and the input is sound (VALIDATION), and it does not duplicate an open request (CONFLICT).
import {
  AGREEMENT_TEXT_MAX,
  MAX_LIVE_AGREEMENTS,
  MAX_ROUNDS,
  type AgreementRound,
  type ProposeSupportInput,
  type SupportAgreement,
  type SupportAnswer,
  type SupportSummary,
} from '../../shared/model/agreement';
import type { GoalSummary } from '../../shared/model/goal';
import { refuse, refuseField, success, type Result } from '../result';
import { authorize, authorizeOn, ruleFor, type ActorFacts } from './machine';
import { isLive, isOpen } from './states';

export interface Stamp {
  by: string;
  /** The instant of the change, ISO 8601. */
  at: string;
  /** The app's day ('YYYY-MM-DD', UTC). */
  today: string;
}

/** The words of a goal that does not exist and of one the viewer may not see: the same, so they never tell them apart. */
export const GOAL_NOT_FOUND = 'This goal does not exist';
export const AGREEMENT_NOT_FOUND = 'This agreement does not exist, or you may not see it';

export interface ProposalFacts {
  /** The asking and the providing goal as the viewer may see them; undefined when missing or hidden. */
  from: GoalSummary | undefined;
  to: GoalSummary | undefined;
  /** The site's live agreements (proposed, countered, accepted) whose two goals the viewer may see. */
  live: readonly SupportSummary[];
  /** How many live agreements the site holds in all (the bound of its summary). */
  liveTotal: number;
  /** The actor's sides: asker when they lead or manage the asking goal, provider when the goal asked. */
  actor: ActorFacts;
  id: string;
}

const textProblem = (path: string, text: string): Result<never> | null => {
  const t = text.trim();
  if (t.length === 0) return refuseField(path, 'Say what is asked');
  if (t.length > AGREEMENT_TEXT_MAX) return refuseField(path, `At most ${AGREEMENT_TEXT_MAX} characters`);
  return null;
};

const dateProblem = (path: string, neededBy: string, today: string): Result<never> | null =>
  neededBy < today ? refuseField(path, `The needed-by date cannot be before today (${today})`) : null;

/** The chain of live agreements from `start` that reaches `target`, if any (ids, start first). */
const pathBetween = (live: readonly SupportSummary[], start: string, target: string): string[] | null => {
  const next = new Map<string, string[]>();
  for (const a of live) if (isLive(a.state)) next.set(a.fromGoalId, [...(next.get(a.fromGoalId) ?? []), a.toGoalId]);
  const cameFrom = new Map<string, string>([[start, start]]);
  const queue = [start];
  while (queue.length > 0) {
    const at = queue.shift()!;
    if (at === target) {
      const path = [at];
      while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
      return path;
    }
    for (const n of next.get(at) ?? []) {
      if (cameFrom.has(n)) continue;
      cameFrom.set(n, at);
      queue.push(n);
    }
  }
  return null;
};

export const decideProposal = (input: ProposeSupportInput, f: ProposalFacts, stamp: Stamp, titleOf: (id: string) => string): Result<SupportAgreement> => {
  if (!f.from || !f.to) return refuse('NOT_FOUND', GOAL_NOT_FOUND);
  if (f.from.id === f.to.id) return refuseField('input.toGoalId', 'A goal cannot ask itself for support');
  const auth = authorize('asker', f.actor);
  if (!auth.ok) return refuse('FORBIDDEN', 'Only the leader or manager of the asking goal, or a strategy editor, may ask for support on its behalf');
  // Nobody speaks for both parties: an editor who leads or manages the goal asked does not ask it on another's behalf.
  if (auth.asEditor && f.actor.sides.has('provider'))
    return refuse(
      'FORBIDDEN',
      `You lead or manage “${f.to.title}”, the goal asked, so you may not also ask it on behalf of “${f.from.title}”: its leader or manager does, or another strategy editor`,
    );
  if (f.from.status === 'archived') return refuseField('input.fromGoalId', 'An archived goal cannot ask for support; restore it first');
  if (f.to.status === 'archived') return refuseField('input.toGoalId', 'An archived goal cannot be asked for support');
  const problem = textProblem('input.ask', input.ask) ?? dateProblem('input.neededBy', input.neededBy, stamp.today);
  if (problem) return problem;
  const open = f.live.find((a) => a.fromGoalId === f.from!.id && a.toGoalId === f.to!.id && isOpen(a.state));
  if (open) {
    return refuse('CONFLICT', `“${f.from.title}” already has an open request to “${f.to.title}”; answer or withdraw it first`, { existingId: open.id });
  }
  const loop = pathBetween(f.live, f.to.id, f.from.id);
  if (loop) {
    const names = [f.from.id, ...loop].map((id) => `“${titleOf(id)}”`).join(' → ');
    return refuseField('input.toGoalId', `This would close a circle of commitments: ${names} would each rely on the next`);
  }
  if (f.liveTotal >= MAX_LIVE_AGREEMENTS) {
    return refuse('VALIDATION', `The site already holds ${MAX_LIVE_AGREEMENTS} open or agreed support agreements; settle some before asking for more`);
  }
  const round: AgreementRound = {
    action: 'propose',
    by: stamp.by,
    asEditor: auth.asEditor,
    at: stamp.at,
    text: input.ask.trim(),
    neededBy: input.neededBy,
    side: 'asker',
  };
  return success({
    id: f.id,
    kind: 'support',
    fromGoalId: f.from.id,
    toGoalId: f.to.id,
    ask: input.ask.trim(),
    neededBy: input.neededBy,
    state: 'proposed',
    proposedBy: stamp.by,
    answeredBy: null,
    rounds: [round],
    version: 1,
    createdAt: stamp.at,
    updatedAt: stamp.at,
    names: {},
  });
};

/** The words of each answer, and the date it proposes or agrees to. */
const roundOf = (current: SupportAgreement, answer: SupportAnswer): { text: string; neededBy: string | null } => {
  switch (answer.action) {
    case 'accept':
      return { text: '', neededBy: current.neededBy };
    case 'counter':
      return { text: answer.terms.trim(), neededBy: answer.neededBy };
    case 'decline':
    case 'break':
    case 'flag':
      return { text: answer.reason.trim(), neededBy: null };
    case 'withdraw':
      return { text: answer.reason?.trim() ?? '', neededBy: null };
    case 'fulfil':
    case 'unflag':
    case 'acknowledge':
      return { text: answer.note?.trim() ?? '', neededBy: null };
    default: {
      const never: never = answer;
      return never;
    }
  }
};

const SIDE_WORDS = { asker: 'asking', provider: 'providing' } as const;
const VERB: Record<SupportAnswer['action'], string> = {
  accept: 'accept',
  counter: 'counter',
  decline: 'decline',
  withdraw: 'withdraw',
  fulfil: 'mark fulfilled',
  break: 'mark broken',
  flag: 'flag a risk to',
  unflag: 'clear the flag on',
  acknowledge: 'acknowledge the risk to',
};

const ANSWERS: ReadonlySet<SupportAnswer['action']> = new Set(['accept', 'counter', 'decline']);

export const decideAnswer = (
  current: SupportAgreement,
  expectedVersion: number,
  answer: SupportAnswer,
  actor: ActorFacts,
  stamp: Stamp,
): Result<SupportAgreement> => {
  if (actor.sides.size === 0 && !actor.isEditor) {
    return refuse('FORBIDDEN', 'Only the leaders and managers of the two goals, or a strategy editor, may answer this agreement');
  }
  if (current.version !== expectedVersion) {
    return refuse('CONFLICT', `Someone answered this agreement since you opened it (version ${current.version}, you had ${expectedVersion})`, {
      expectedVersion,
      currentVersion: current.version,
      current,
    });
  }
  const rule = ruleFor(current, answer.action);
  if (!rule.ok) return refuseField('answer.action', rule.reason);
  const auth = authorizeOn(current, rule.by, actor);
  if (!auth.ok && auth.bothSides) {
    const side = rule.by === 'either' ? 'other' : SIDE_WORDS[rule.by];
    return refuse(
      'FORBIDDEN',
      `You already speak for the other side of this agreement, so you may not ${VERB[answer.action]} it for the ${side} goal as well: its leader or manager does, or another strategy editor`,
    );
  }
  if (!auth.ok) {
    const side = rule.by === 'either' ? 'asking or the providing' : SIDE_WORDS[rule.by];
    return refuse('FORBIDDEN', `Only the leader or manager of the ${side} goal, or a strategy editor, may ${VERB[answer.action]} this agreement now`);
  }
  const words = roundOf(current, answer);
  if (answer.action === 'counter' || answer.action === 'flag' || answer.action === 'unflag' || answer.action === 'acknowledge') {
    // Room is kept for the rounds that settle it (accept, then fulfil or break): a thread never passes MAX_ROUNDS + 1.
    if (current.rounds.length >= MAX_ROUNDS - 1)
      return refuseField('answer.action', `This agreement has gone ${current.rounds.length} rounds; settle it, or withdraw it and ask again`);
  }
  if (answer.action === 'counter') {
    const problem = textProblem('answer.terms', answer.terms) ?? dateProblem('answer.neededBy', answer.neededBy, stamp.today);
    if (problem) return problem;
  }
  if ((answer.action === 'decline' || answer.action === 'break') && words.text === '') return refuseField('answer.reason', 'Say why');
  if (answer.action === 'flag' && words.text === '') return refuseField('answer.reason', 'Say what puts it at risk');
  const round: AgreementRound = {
    action: answer.action,
    by: stamp.by,
    asEditor: auth.asEditor,
    at: stamp.at,
    text: words.text,
    neededBy: words.neededBy,
    ...(auth.side ? { side: auth.side } : {}),
  };
  return success({
    ...current,
    ...(answer.action === 'counter' ? { ask: words.text, neededBy: answer.neededBy } : {}),
    state: rule.next,
    // Who answered the request for the providing side: a flag, its clearing or a fulfilment is not an answer to it.
    answeredBy: auth.side === 'provider' && ANSWERS.has(answer.action) ? stamp.by : current.answeredBy,
    rounds: [...current.rounds, round],
    version: current.version + 1,
    updatedAt: stamp.at,
  });
};
