// The support agreement's state machine, as a table: for each phase (the state, and for a counter whose turn it is)
// and each action, which side takes it and what state follows, or why it is refused. A strategy editor may take any
// action for the side it belongs to (recorded "as editor"); nobody else acts for a side they do not lead or manage.
import {
  SUPPORT_ACTIONS,
  type AgreementRound,
  type SupportAction,
  type SupportAgreement,
  type SupportState,
  type SupportTurn,
} from '../../shared/model/agreement';

/** The asking goal's leader and manager, or the providing goal's. */
export type Side = 'asker' | 'provider';

/** Where an agreement stands for the next action: whose answer an open agreement waits for, or its settled state. */
export const PHASES = ['awaiting-provider', 'awaiting-asker', 'accepted', 'declined', 'withdrawn', 'fulfilled', 'broken'] as const;
export type Phase = (typeof PHASES)[number];

export interface Transition {
  /** Who takes the action: one side, or either of them. */
  by: Side | 'either';
  next: SupportState;
}

export type Rule = ({ ok: true } & Transition) | { ok: false; reason: string };

/**
 * Every allowed transition. Anything not listed is refused with the reason `refusalOf` gives.
 * - awaiting-provider (a proposal, or the asker's counter): the provider accepts, counters or declines; the asker may withdraw;
 * - awaiting-asker (the provider's counter): the asker accepts it, counters back or withdraws;
 * - accepted: either side marks it fulfilled; the asker marks it broken or withdraws; the provider flags a risk to it,
 *   clears its flag, or proposes new terms (a counter: then it waits for the asker, who accepts the new terms, counters
 *   back or withdraws); the asker acknowledges a flag that stands.
 * What the table cannot say, `ruleFor` adds from the agreement's history (a flag cleared, or acknowledged once, only while
 * it stands; support agreed once never declined, and breakable while renegotiated).
 */
export const SUPPORT_TABLE: Readonly<Record<Phase, Partial<Record<SupportAction, Transition>>>> = {
  'awaiting-provider': {
    accept: { by: 'provider', next: 'accepted' },
    counter: { by: 'provider', next: 'countered' },
    decline: { by: 'provider', next: 'declined' },
    withdraw: { by: 'asker', next: 'withdrawn' },
  },
  'awaiting-asker': {
    accept: { by: 'asker', next: 'accepted' },
    counter: { by: 'asker', next: 'countered' },
    withdraw: { by: 'asker', next: 'withdrawn' },
  },
  accepted: {
    fulfil: { by: 'either', next: 'fulfilled' },
    break: { by: 'asker', next: 'broken' },
    withdraw: { by: 'asker', next: 'withdrawn' },
    flag: { by: 'provider', next: 'accepted' },
    unflag: { by: 'provider', next: 'accepted' },
    counter: { by: 'provider', next: 'countered' },
    acknowledge: { by: 'asker', next: 'accepted' },
  },
  declined: {},
  withdrawn: {},
  fulfilled: {},
  broken: {},
};

const CLOSED: Partial<Record<Phase, string>> = { declined: 'declined', withdrawn: 'withdrawn', fulfilled: 'fulfilled', broken: 'broken' };

/** Why an action not in the table is refused, in words the person who tried it can act on. */
export const refusalOf = (phase: Phase, action: SupportAction): string => {
  const closed = CLOSED[phase];
  if (closed) return `This agreement was ${closed}; nothing more can happen to it. Ask again with a new request.`;
  if (action === 'propose') return 'This request was already made; answer it instead.';
  if (action === 'fulfil') return 'Only an agreed support can be marked fulfilled.';
  if (action === 'break') return 'Only an agreed support can be marked broken.';
  if (action === 'flag' || action === 'unflag') return 'Only an agreed support can be flagged at risk, or its flag cleared.';
  if (action === 'acknowledge') return 'Only a risk flagged on agreed support can be acknowledged.';
  if (phase === 'awaiting-asker' && action === 'decline') return 'A counter is answered by accepting it, countering it or withdrawing the request.';
  if (phase === 'accepted' && action === 'accept') return 'This agreement is already agreed.';
  if (phase === 'accepted') return 'An agreed support is not answered again: mark it fulfilled or broken, flag a risk to it, or propose new terms.';
  return 'This action does not apply to this agreement now.';
};

export const ruleOf = (phase: Phase, action: SupportAction): Rule => {
  const t = SUPPORT_TABLE[phase][action];
  return t ? { ok: true, ...t } : { ok: false, reason: refusalOf(phase, action) };
};

/** Whether the two sides ever agreed it: renegotiating what was agreed is not a new request. */
export const wasAgreed = (a: Pick<SupportAgreement, 'rounds'>): boolean => a.rounds.some((r) => r.action === 'accept');

const ONCE_AGREED_DECLINE =
  'This support was agreed before, so it is not declined now: accept or counter the new terms. The asking goal may withdraw it or mark it broken.';

/**
 * The rule for one agreement, its history taken into account beyond the table: a flag is cleared only while one stands;
 * support agreed once and being renegotiated is never declined (the provider counters or accepts), and its asker may
 * mark it broken as when it was agreed, so a provider who cannot deliver cannot end it as a mere "declined".
 */
export const ruleFor = (a: Pick<SupportAgreement, 'state' | 'rounds'>, action: SupportAction): Rule => {
  const phase = phaseOf(a);
  if (action === 'unflag' && phase === 'accepted' && flagOf(a) === null)
    return { ok: false, reason: 'No risk is flagged on this agreement; nothing to clear.' };
  if (action === 'acknowledge' && phase === 'accepted') {
    if (flagOf(a) === null) return { ok: false, reason: 'No risk is flagged on this agreement; nothing to acknowledge.' };
    if (flagNotedAt(a) !== null) return { ok: false, reason: 'This risk is acknowledged already. When the providing goal updates it, acknowledge it again.' };
  }
  if ((phase === 'awaiting-provider' || phase === 'awaiting-asker') && wasAgreed(a)) {
    if (action === 'decline') return { ok: false, reason: ONCE_AGREED_DECLINE };
    if (action === 'break') return { ok: true, by: 'asker', next: 'broken' };
  }
  return ruleOf(phase, action);
};

/** The side of the latest counter: its round says so (an editor's counter is made for one side too). */
const lastCounterSide = (a: Pick<SupportAgreement, 'rounds'>): Side => {
  for (let i = a.rounds.length - 1; i >= 0; i--) {
    const r = a.rounds[i]!;
    if (r.action === 'counter') return r.side ?? 'provider';
  }
  return 'provider';
};

export const phaseOf = (a: Pick<SupportAgreement, 'state' | 'rounds'>): Phase => {
  switch (a.state) {
    case 'proposed':
      return 'awaiting-provider';
    case 'countered':
      return lastCounterSide(a) === 'provider' ? 'awaiting-asker' : 'awaiting-provider';
    case 'accepted':
    case 'declined':
    case 'withdrawn':
    case 'fulfilled':
    case 'broken':
      return a.state;
    default: {
      const never: never = a.state;
      return never;
    }
  }
};

/** The providing side's flag that stands on an agreed support: its latest 'flag' round, unless an unflag, an accept or a
 *  counter came after it (new terms start clean). Null when none stands, and on any agreement that is not agreed. */
export const flagOf = (a: Pick<SupportAgreement, 'state' | 'rounds'>): AgreementRound | null => {
  if (a.state !== 'accepted') return null;
  for (let i = a.rounds.length - 1; i >= 0; i--) {
    const r = a.rounds[i]!;
    if (r.action === 'flag') return r;
    if (r.action === 'unflag' || r.action === 'accept' || r.action === 'counter') return null;
  }
  return null;
};

/** When the asking side acknowledged the flag that stands (after its latest flag round); null when it has not, or when
 *  no flag stands. */
export const flagNotedAt = (a: Pick<SupportAgreement, 'state' | 'rounds'>): string | null => {
  if (flagOf(a) === null) return null;
  for (let i = a.rounds.length - 1; i >= 0; i--) {
    const r = a.rounds[i]!;
    if (r.action === 'acknowledge') return r.at;
    if (r.action === 'flag') return null;
  }
  return null;
};

/** When the providing side last flagged a risk or said it is back on track, since the latest accept or counter; null
 *  when it has not (or the agreement is not agreed). */
export const providerSpokeAt = (a: Pick<SupportAgreement, 'state' | 'rounds'>): string | null => {
  if (a.state !== 'accepted') return null;
  for (let i = a.rounds.length - 1; i >= 0; i--) {
    const r = a.rounds[i]!;
    if (r.action === 'flag' || r.action === 'unflag') return r.at;
    if (r.action === 'accept' || r.action === 'counter') return null;
  }
  return null;
};

export const turnOfPhase = (phase: Phase): SupportTurn => (phase === 'awaiting-provider' ? 'provider' : phase === 'awaiting-asker' ? 'asker' : null);
export const turnOf = (a: Pick<SupportAgreement, 'state' | 'rounds'>): SupportTurn => turnOfPhase(phaseOf(a));

/** What the actor is to the agreement: the sides they lead or manage, and whether they are a strategy editor. */
export interface ActorFacts {
  sides: ReadonlySet<Side>;
  isEditor: boolean;
  /** The actor's account: nobody speaks for one side after speaking for the other (`authorizeOn`; absent: not checked). */
  id?: string;
}

/** `bothSides`: refused because the actor already speaks for the other side of this agreement. */
export type Authorization = { ok: true; side: Side | null; asEditor: boolean } | { ok: false; bothSides?: true };

/**
 * Whether the actor may take an action that belongs to `by`. Their own side first (then the round is theirs, not "as
 * editor"); else a strategy editor acts for the side (for 'either', the round has no side).
 */
export const authorize = (by: Side | 'either', facts: ActorFacts): Authorization => {
  if (by === 'either') {
    if (facts.sides.has('asker')) return { ok: true, side: 'asker', asEditor: false };
    if (facts.sides.has('provider')) return { ok: true, side: 'provider', asEditor: false };
    return facts.isEditor ? { ok: true, side: null, asEditor: true } : { ok: false };
  }
  if (facts.sides.has(by)) return { ok: true, side: by, asEditor: false };
  return facts.isEditor ? { ok: true, side: by, asEditor: true } : { ok: false };
};

const OTHER: Record<Side, Side> = { asker: 'provider', provider: 'asker' };

/**
 * `authorize` on one agreement: nobody speaks for both parties of it. Acting for a side is refused to an editor who
 * holds the other side themselves (they lead or manage its goal), and to anyone who made any round of the thread for
 * the other side (as editor, or in their own right). So nobody answers their own request, counter or acceptance as the
 * other party: the agreement records two parties' consent. Someone who leads or manages both goals acts for each as
 * themselves and is not refused.
 */
export const authorizeOn = (a: Pick<SupportAgreement, 'rounds'>, by: Side | 'either', facts: ActorFacts): Authorization => {
  const auth = authorize(by, facts);
  if (!auth.ok || auth.side === null || (facts.sides.has('asker') && facts.sides.has('provider'))) return auth;
  const other = OTHER[auth.side];
  const spokeForOther = facts.id !== undefined && a.rounds.some((r) => r.by === facts.id && r.side === other);
  return (auth.asEditor && facts.sides.has(other)) || spokeForOther ? { ok: false, bothSides: true } : auth;
};

/** Whether deciding this action for this actor needs to know if they are a strategy editor (a question that costs Jira calls). */
export const needsEditorCheck = (a: Pick<SupportAgreement, 'state' | 'rounds'>, action: SupportAction, sides: ReadonlySet<Side>): boolean => {
  const rule = ruleFor(a, action);
  if (sides.size === 0) return true;
  if (!rule.ok) return false;
  return rule.by === 'either' ? false : !sides.has(rule.by);
};

/** The actions this actor may take now, in the contract's order (the view's `can`; each is checked again on the server). */
export const actionsFor = (a: Pick<SupportAgreement, 'state' | 'rounds'>, facts: ActorFacts): SupportAction[] => {
  return SUPPORT_ACTIONS.filter((action) => {
    const rule = ruleFor(a, action);
    return rule.ok && authorizeOn(a, rule.by, facts).ok;
  });
};
