// Support agreements as one viewer sees them: their goals, derived risk, thread with names and what the viewer may do.
// Lists keep each thread short (its first round and the latest ones; `agreements/get` gives all of it), so a goal
// page stays far under the platform's response limit however long the threads grow.
import { sidesOf } from '../../domain/agreements/access';
import { actionsFor, flagOf } from '../../domain/agreements/machine';
import { risksOf, type FlagSignal, type ProviderSignals } from '../../domain/agreements/risk';
import { supportView, type Names } from '../../domain/agreements/views';
import type { SupportView } from '../../shared/api/agreements';
import type { SupportAgreement } from '../../shared/model/agreement';
import type { GoalSummary } from '../../shared/model/goal';

/** Rounds a list keeps of each thread: the first (what was asked) and the latest ones. */
export const LIST_ROUNDS = 6;

export interface Presenter {
  byId: ReadonlyMap<string, GoalSummary>;
  people: Names;
  accountId: string;
  isEditor: boolean;
  signals: ReadonlyMap<string, ProviderSignals>;
  today: string;
}

/** The flag that stands on the record, with its words (this view is only ever given to readers of agreements). */
const flagSignal = (a: SupportAgreement): FlagSignal | null => {
  const f = flagOf(a);
  return f ? { at: f.at, text: f.text } : null;
};

/** The view of an agreement whose two goals the viewer may see (callers check it first). */
export const present = (a: SupportAgreement, p: Presenter, rounds = Infinity): SupportView => {
  const from = p.byId.get(a.fromGoalId)!;
  const to = p.byId.get(a.toGoalId)!;
  const signals = p.signals.get(to.id) ?? { goal: to, health: undefined };
  const view = supportView(a, {
    from,
    to,
    names: { ...p.people, ...a.names },
    risks: risksOf({ ...a, flag: flagSignal(a) }, signals, p.today),
    can: actionsFor(a, { sides: sidesOf(a, p.byId, p.accountId), isEditor: p.isEditor, id: p.accountId }),
    today: p.today,
  });
  if (view.rounds.length <= rounds) return view;
  const kept = [view.rounds[0]!, ...view.rounds.slice(-(rounds - 1))];
  return { ...view, rounds: kept, roundsOmitted: view.rounds.length - kept.length };
};

/** Whether knowing that the viewer edits strategy could change what they may do with these agreements. */
export const editorMatters = (agreements: readonly SupportAgreement[], byId: ReadonlyMap<string, GoalSummary>, accountId: string): boolean =>
  agreements.some((a) => sidesOf(a, byId, accountId).size < 2);
