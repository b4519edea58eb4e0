// What one person owes now, as the leader or manager of goals: the "Due from you" list. Pure: the facts are read by
// src/services/due/due-from-you.ts. Only active goals ask anything of anyone (never a draft, achieved or archived
// goal), and only of the people who hold a role on them; strategy editors may act for anyone, and owe only the
// proposals nobody else decides (editorOwes).
import type { DueFocus, DueItem, DueKind } from '../../shared/api/due';
import type { GoalSummary } from '../../shared/model/goal';
import type { Kpi } from '../../shared/model/kpi';
import { AGREEMENT_UNANSWERED_DAYS, type SupportSummary } from '../../shared/model/agreement';
import type { AgreementSignals } from '../agreements/signals';
import { checkInDue } from '../kpi/check-in-due';
import { holdsRoleOn } from '../kpi/access';
import { addDays, daysBetween, dayOf, formatDay } from '../kpi/series';
import { CADENCE_DAYS, GRACE_DAYS } from '../kpi/stale';
import { INPUT_UNANSWERED_DAYS } from '../../shared/model/input';

export interface DueFacts {
  viewer: string;
  today: string;
  /** The goals the viewer may see. */
  goals: readonly GoalSummary[];
  /** Each goal's latest check-in day. */
  lastCheckIn: Readonly<Record<string, string>>;
  /** The KPIs of the goals the viewer holds a role on, each with its latest measurement's day (null: none yet). */
  kpis: readonly { kpi: Pick<Kpi, 'id' | 'goalId' | 'name' | 'cadence' | 'baseline' | 'source'>; last: string | null }[];
  /** The viewer's agreement signals (null when the viewer reads no agreements). */
  agreements: Pick<AgreementSignals, 'live' | 'standingOf'> | null;
  /** Open (untriaged) input, on any goal. */
  openInput: readonly { goalId: string; createdAt: string }[];
  /** Pending proposals, on any goal (the viewer decides those under goals they lead or manage, never their own). */
  pendingProposals: readonly PendingProposal[];
  /** Proposals the viewer owes as a strategy editor (editorOwes), given only when the viewer is one. */
  asEditor?: readonly PendingProposal[];
}

export interface PendingProposal {
  id: string;
  parentId: string;
  title: string;
  proposerId: string;
  proposerName: string | null;
  createdAt: string;
}

/** A proposal waiting this many days for its decision is overdue. */
export const PROPOSAL_UNDECIDED_DAYS = 14;

const quoted = (g: GoalSummary) => `“${g.title}”`;
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

const item = (
  kind: DueKind,
  subject: string,
  goal: GoalSummary,
  o: { sentence: string; action: string; focus: DueFocus; overdue: boolean; since: string | null; kpiId?: string },
): DueItem => ({ id: `${kind}:${subject}`, kind, goal: { id: goal.id, title: goal.title, level: goal.level }, ...o });

const checkIns = (goals: readonly GoalSummary[], f: DueFacts): DueItem[] =>
  goals.flatMap((g) => {
    const due = checkInDue(g, f.lastCheckIn[g.id] ?? null, f.today);
    if (due.state === 'not-expected' || !due.due || due.due > f.today) return [];
    return [item('check-in', g.id, g, { sentence: due.reason, action: 'Check in', focus: 'check-in', overdue: due.state === 'overdue', since: due.due })];
  });

const measurements = (mine: ReadonlyMap<string, GoalSummary>, f: DueFacts): DueItem[] =>
  f.kpis.flatMap(({ kpi, last }) => {
    const goal = mine.get(kpi.goalId);
    // Automatic KPIs are measured by the app; only values people type in are owed.
    if (!goal || kpi.source.kind !== 'manual') return [];
    const due = addDays(last ?? kpi.baseline.date, CADENCE_DAYS[kpi.cadence]);
    if (due > f.today) return [];
    const overdue = daysBetween(due, f.today) > GRACE_DAYS[kpi.cadence];
    const sentence = last
      ? `A value of ${kpi.name} was due on ${formatDay(due)}; the last one is from ${formatDay(last)}.`
      : `${kpi.name} has no value yet; the first was due on ${formatDay(due)}.`;
    return [item('measurement', kpi.id, goal, { sentence, action: 'Record a value', focus: 'kpis', overdue, since: due, kpiId: kpi.id })];
  });

/**
 * Agreed support the viewer provides that is at risk, while the providing side has said nothing of it since it was
 * agreed: they owe the asking goal a word. Flagging the risk, saying it is back on track, new terms or marking it
 * fulfilled each take it off the list (a risk the figures still show stays on the agreement itself).
 */
const atRiskUnspoken = (mine: ReadonlyMap<string, GoalSummary>, a: AgreementSignals['live'][number], today: string): DueItem | null => {
  const s = a.summary;
  const goal = mine.get(a.to.id);
  const risk = a.risks[0];
  if (s.state !== 'accepted' || !goal || !risk || s.providerSpokeAt !== null) return null;
  const overdue = s.neededBy < today;
  return item('agreement', s.id, goal, {
    sentence: `${quoted(a.from)} relies on ${quoted(a.to)} for “${s.ask}”, agreed for ${formatDay(s.neededBy)}, and it is at risk. ${risk.sentence} Tell them where it stands: flag the risk, propose new terms or mark it fulfilled.`,
    action: 'Tell them',
    focus: 'agreements',
    overdue,
    since: overdue ? s.neededBy : null,
  });
};

/**
 * What the side whose turn it is owes, in words: a new request is accepted, countered or declined; a counter is accepted,
 * countered again or withdrawn. Support agreed once and being renegotiated is never declined, and its asker may mark it
 * broken instead (`ruleFor`), so its sentence says so.
 */
const answerSentence = (a: AgreementSignals['live'][number], s: SupportSummary): string => {
  const needed = formatDay(s.neededBy);
  if (s.wasAgreed)
    return s.turn === 'provider'
      ? `${quoted(a.from)} answered with new terms for the support it relies on from ${quoted(a.to)} (“${s.ask}”, needed by ${needed}): accept them or counter.`
      : `${quoted(a.to)} proposes new terms for the support ${quoted(a.from)} relies on (“${s.ask}”, needed by ${needed}): accept them, counter, withdraw or mark it broken.`;
  return s.turn === 'provider'
    ? `${quoted(a.from)} asks ${quoted(a.to)} for support (“${s.ask}”, needed by ${needed}): accept, counter or decline.`
    : `${quoted(a.to)} countered what ${quoted(a.from)} asked (needed by ${needed}): accept the counter, counter again or withdraw.`;
};

/**
 * Agreed support the viewer's goal relies on, whose provider flagged a risk the asking side has not acknowledged: they
 * owe the provider an answer to it (acknowledge it with what they will do, withdraw, or mark it broken). Acknowledging
 * takes it off the list until the provider updates the risk.
 */
const flaggedUnnoted = (mine: ReadonlyMap<string, GoalSummary>, a: AgreementSignals['live'][number], today: string): DueItem | null => {
  const s = a.summary;
  const goal = mine.get(a.from.id);
  if (s.state !== 'accepted' || !goal || !s.flag || s.flag.notedAt !== null) return null;
  const since = dayOf(s.flag.at);
  return item('agreement', s.id, goal, {
    sentence: `${quoted(a.to)} flagged a risk on ${formatDay(since)} to the support ${quoted(a.from)} relies on (“${s.ask}”, agreed for ${formatDay(s.neededBy)}). Answer it: acknowledge it and say what you will do, withdraw, or mark it broken.`,
    action: 'Answer',
    focus: 'agreements',
    overdue: daysBetween(since, today) >= AGREEMENT_UNANSWERED_DAYS,
    since,
  });
};

const agreements = (mine: ReadonlyMap<string, GoalSummary>, f: DueFacts): DueItem[] => {
  if (!f.agreements) return [];
  const out: DueItem[] = [];
  for (const a of f.agreements.live) {
    const s = a.summary;
    if (s.turn === null) {
      const owed = atRiskUnspoken(mine, a, f.today);
      if (owed) out.push(owed);
      const noted = flaggedUnnoted(mine, a, f.today);
      // Someone holding both goals owes one item for the agreement, not two with the same id.
      if (noted && !owed) out.push(noted);
      continue;
    }
    const goal = s.turn === 'provider' ? mine.get(a.to.id) : s.turn === 'asker' ? mine.get(a.from.id) : undefined;
    if (!goal) continue;
    const waited = daysBetween(dayOf(s.lastRoundAt), f.today);
    const sentence = answerSentence(a, s);
    out.push(
      item('agreement', s.id, goal, {
        sentence,
        action: 'Answer',
        focus: 'agreements',
        overdue: waited >= AGREEMENT_UNANSWERED_DAYS,
        since: dayOf(s.lastRoundAt),
      }),
    );
  }
  return out;
};

const proposals = (mine: ReadonlyMap<string, GoalSummary>, f: DueFacts): DueItem[] =>
  f.pendingProposals.flatMap((p) => {
    const goal = mine.get(p.parentId);
    // Nobody decides their own proposal.
    if (!goal || p.proposerId === f.viewer) return [];
    const since = dayOf(p.createdAt);
    const who = p.proposerName ?? 'Someone';
    return [
      item('proposal', p.id, goal, {
        sentence: `${who} proposes “${p.title}” under ${quoted(goal)}: approve it, or decline with a reason.`,
        action: 'Decide',
        focus: 'proposals',
        overdue: daysBetween(since, f.today) >= PROPOSAL_UNDECIDED_DAYS,
        since,
      }),
    ];
  });

/**
 * The proposals strategy editors owe a decision on, besides those under goals they lead or manage: under a live goal
 * nobody leads or manages (nobody else may decide them), or undecided for PROPOSAL_UNDECIDED_DAYS. Never the
 * viewer's own, and only under goals the viewer may see.
 */
export const editorOwes = (viewer: string, goals: readonly GoalSummary[], pending: readonly PendingProposal[], today: string): PendingProposal[] => {
  const byId = new Map(goals.map((g) => [g.id, g]));
  return pending.filter((p) => {
    const parent = byId.get(p.parentId);
    if (!parent || parent.status === 'archived' || p.proposerId === viewer || holdsRoleOn(parent, viewer)) return false;
    return (parent.leaderId === null && parent.managerId === null) || daysBetween(dayOf(p.createdAt), today) >= PROPOSAL_UNDECIDED_DAYS;
  });
};

const editorProposals = (f: DueFacts): DueItem[] => {
  const byId = new Map(f.goals.map((g) => [g.id, g]));
  return (f.asEditor ?? []).flatMap((p) => {
    const goal = byId.get(p.parentId);
    if (!goal) return [];
    const since = dayOf(p.createdAt);
    const who = p.proposerName ?? 'Someone';
    const waited = daysBetween(since, f.today);
    const why =
      goal.leaderId === null && goal.managerId === null
        ? ', which has no leader or manager to decide it'
        : `; nobody has decided it in ${plural(waited, 'day')}`;
    return [
      item('proposal', p.id, goal, {
        sentence: `${who} proposes “${p.title}” under ${quoted(goal)}${why}. As a strategy editor, approve it or decline it with a reason.`,
        action: 'Decide',
        focus: 'proposals',
        overdue: waited >= PROPOSAL_UNDECIDED_DAYS,
        since,
      }),
    ];
  });
};

const commitments = (goals: readonly GoalSummary[], f: DueFacts): DueItem[] =>
  goals.flatMap((g) => {
    const s = f.agreements?.standingOf(g.id);
    if (!s?.parent || s.parent.status === 'archived') return [];
    const { status } = s.standing;
    if (status !== 'not-committed' && status !== 'ask-again') return [];
    // Nobody asks a Self goal to commit (see notCommittedGap); one that did is asked again when its parent moves.
    if (status === 'not-committed' && g.level === 'self') return [];
    const sentence =
      status === 'ask-again'
        ? `${quoted(s.parent)} or its target changed since ${quoted(g)} committed: commit again, or raise a concern.`
        : `${quoted(g)} has not committed to its parent ${quoted(s.parent)}: commit to a share of its target, or raise a concern.`;
    return [item('commitment', g.id, g, { sentence, action: 'Commit', focus: 'commitment', overdue: false, since: null })];
  });

const input = (mine: ReadonlyMap<string, GoalSummary>, f: DueFacts): DueItem[] => {
  const byGoal = new Map<string, string[]>();
  for (const i of f.openInput) if (mine.has(i.goalId)) byGoal.set(i.goalId, [...(byGoal.get(i.goalId) ?? []), dayOf(i.createdAt)]);
  return [...byGoal].map(([goalId, days]) => {
    const goal = mine.get(goalId)!;
    const oldest = days.reduce((a, b) => (a < b ? a : b));
    const sentence = `${plural(days.length, 'piece')} of input from the work on ${quoted(goal)} ${days.length === 1 ? 'waits' : 'wait'} for an answer, the oldest since ${formatDay(oldest)}.`;
    return item('input', goalId, goal, {
      sentence,
      action: 'Triage',
      focus: 'input',
      overdue: daysBetween(oldest, f.today) >= INPUT_UNANSWERED_DAYS,
      since: oldest,
    });
  });
};

const noManager = (goals: readonly GoalSummary[], f: DueFacts): DueItem[] =>
  goals
    .filter((g) => g.leaderId === f.viewer && g.managerId === null)
    .map((g) =>
      item('no-manager', g.id, g, {
        sentence: `You lead ${quoted(g)} and nobody manages it: name the person who gets it executed (strategy editors set it on the goal’s page).`,
        action: 'Name a manager',
        focus: 'edit',
        overdue: false,
        since: null,
      }),
    );

/** Overdue first, then the longest due, then items with no date, then by goal title. */
const order = (a: DueItem, b: DueItem): number =>
  Number(b.overdue) - Number(a.overdue) ||
  (a.since ?? '9999-12-31').localeCompare(b.since ?? '9999-12-31') ||
  a.goal.title.localeCompare(b.goal.title) ||
  a.id.localeCompare(b.id);

export const dueFrom = (f: DueFacts): { items: DueItem[]; leadsNothing: boolean } => {
  const mine = f.goals.filter((g) => g.status === 'active' && holdsRoleOn(g, f.viewer));
  const byId = new Map(mine.map((g) => [g.id, g]));
  const items = [
    ...checkIns(mine, f),
    ...measurements(byId, f),
    ...agreements(byId, f),
    ...proposals(byId, f),
    ...editorProposals(f),
    ...commitments(mine, f),
    ...input(byId, f),
    ...noManager(mine, f),
  ];
  return { items: items.sort(order), leadsNothing: mine.length === 0 && (f.asEditor ?? []).length === 0 };
};
