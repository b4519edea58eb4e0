// Input as one reader may see it: whole for the goal's leader and manager, without the author of anonymous input
// for strategy editors, counts only for everyone else (and their own input), the issue only when the reader may
// browse it; its history with the same anonymous rule. Pure.
import type { InputAccess, InputHistoryEntry } from '../../shared/api/input';
import type { InputCounts, InputTriageView, InputView, NamedPerson } from '../../shared/api/input-view';
import type { AuditEvent } from '../../shared/model/audit';
import { Input, type InputTriage } from '../../shared/model/input';
import { mayNameAuthor, mayRead } from './access';

export interface InputReader {
  accountId: string;
  access: InputAccess;
  /** Display names of the people who triage (the goal's leaders and managers, captured in the catalog). */
  names: Readonly<Record<string, string>>;
  /** Whether the reader may browse the issue (asked of Jira as the reader); absent: no issue is shown. */
  browsable?: ReadonlySet<string>;
}

const FORMER = 'Someone who led or managed this goal';

const person = (id: string, names: Readonly<Record<string, string>>, fallback = FORMER): NamedPerson => ({ accountId: id, displayName: names[id] ?? fallback });

const triageView = (t: InputTriage, names: Readonly<Record<string, string>>): InputTriageView => (t.state === 'open' ? t : { ...t, by: person(t.by, names) });

/** The input as this reader sees it; null when they may only count it. */
export const viewOf = (input: Input, reader: InputReader): InputView | null => {
  if (!mayRead(input, reader.access, reader.accountId)) return null;
  return {
    id: input.id,
    goalId: input.goalId,
    kind: input.kind,
    text: input.text,
    createdAt: input.createdAt,
    version: input.version,
    author: mayNameAuthor(input, reader.access, reader.accountId) ? { accountId: input.authorId, displayName: input.authorName } : null,
    anonymous: input.anonymous,
    mine: input.authorId === reader.accountId,
    issue: reader.browsable?.has(input.issue.id) ? input.issue : null,
    triage: triageView(input.triage, reader.names),
  };
};

export const viewsOf = (inputs: readonly Input[], reader: InputReader): InputView[] => inputs.flatMap((i) => viewOf(i, reader) ?? []);

export const countsOf = (inputs: readonly Pick<Input, 'kind' | 'triage'>[]): InputCounts => {
  const c: InputCounts = { total: 0, working: 0, change: 0, open: 0, answered: 0, taken: 0, notNow: 0 };
  for (const i of inputs) {
    c.total++;
    c[i.kind]++;
    if (i.triage.state === 'not-now') c.notNow++;
    else c[i.triage.state]++;
  }
  return c;
};

/**
 * The input's audit trail as this reader may see it, oldest first: what happened, when and by whom; the author of
 * anonymous input is "Anonymous" (null) to everyone but its author and the goal's leader and manager. Events that
 * do not hold an input are left out.
 */
export const historyOf = (events: readonly AuditEvent[], input: Input, reader: InputReader): InputHistoryEntry[] => {
  const named = mayNameAuthor(input, reader.access, reader.accountId);
  return events
    .flatMap((e) => {
      const after = Input.safeParse(e.after);
      if (!after.success) return [];
      const state = after.data.triage.state;
      const action = state === 'open' ? 'left' : state;
      const by = e.by === input.authorId ? (named ? person(e.by, {}, input.authorName) : null) : person(e.by, reader.names);
      return [{ at: e.at, action, by } as const];
    })
    .sort((a, b) => a.at.localeCompare(b.at));
};
