// Asking for support and answering it: what is refused, with which code, and what a change records.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import { accepted, anAgreement, counteredByProvider } from '../../../test/builders/agreements';
import { MAX_LIVE_AGREEMENTS, MAX_ROUNDS, type ProposeSupportInput, type SupportSummary } from '../../shared/model/agreement';
import type { GoalSummary } from '../../shared/model/goal';
import { decideAnswer, decideProposal, type ProposalFacts } from './decide-support';
import type { ActorFacts } from './machine';
import { summarizeSupport } from './summary';

const goal = (id: string, over: Partial<GoalSummary> = {}) =>
  summaryOf(aGoal({ id, title: `Goal ${id}`, level: 'functional', leaderId: `acc-${id}`, ...over }));
const A = goal('A', { leaderId: 'acc-asker' });
const B = goal('B', { leaderId: 'acc-provider' });
const C = goal('C');
const byId = new Map([A, B, C].map((g) => [g.id, g]));
const titleOf = (id: string) => byId.get(id)?.title ?? id;

const asker: ActorFacts = { sides: new Set(['asker']), isEditor: false };
const editor: ActorFacts = { sides: new Set(), isEditor: true };
const nobody: ActorFacts = { sides: new Set(), isEditor: false };
const stamp = { by: 'acc-asker', at: '2026-11-28T12:00:00.000Z', today: '2026-11-28' };
const input = (over: Partial<ProposeSupportInput> = {}): ProposeSupportInput => ({
  fromGoalId: 'A',
  toGoalId: 'B',
  ask: 'The ingestion API',
  neededBy: '2027-03-15',
  ...over,
});
const live = (over: Partial<SupportSummary>): SupportSummary => ({ ...summarizeSupport(anAgreement()), ...over });

const facts = (over: Partial<ProposalFacts> = {}): ProposalFacts => ({ from: A, to: B, live: [], liveTotal: 0, actor: asker, id: 'ag-new', ...over });

describe('asking for support', () => {
  it.each([
    ['a sound request by the asking goal’s leader', input(), facts(), 'ok'],
    ['the same by a strategy editor', input(), facts({ actor: editor }), 'ok'],
    ['needed by today', input({ neededBy: '2026-11-28' }), facts(), 'ok'],
    ['an unknown asking goal', input(), facts({ from: undefined }), 'NOT_FOUND'],
    ['an unknown (or hidden) providing goal', input(), facts({ to: undefined }), 'NOT_FOUND'],
    ['a goal asking itself', input({ toGoalId: 'A' }), facts({ to: A }), 'VALIDATION'],
    ['someone who neither leads the asking goal nor edits strategy', input(), facts({ actor: nobody }), 'FORBIDDEN'],
    ['an editor who leads the goal asked, on another goal’s behalf', input(), facts({ actor: { sides: new Set(['provider']), isEditor: true } }), 'FORBIDDEN'],
    ['someone who leads both goals', input(), facts({ actor: { sides: new Set(['asker', 'provider']), isEditor: false } }), 'ok'],
    ['an archived asking goal', input(), facts({ from: { ...A, status: 'archived' } }), 'VALIDATION'],
    ['an archived providing goal', input(), facts({ to: { ...B, status: 'archived' } }), 'VALIDATION'],
    ['needed by yesterday', input({ neededBy: '2026-11-27' }), facts(), 'VALIDATION'],
    ['an empty ask', input({ ask: '   ' }), facts(), 'VALIDATION'],
    ['an ask of 1,001 characters', input({ ask: 'x'.repeat(1001) }), facts(), 'VALIDATION'],
    ['a second open request between the same goals', input(), facts({ live: [live({ state: 'proposed' })] }), 'CONFLICT'],
    ['a countered request still open between them', input(), facts({ live: [live({ state: 'countered' })] }), 'CONFLICT'],
    ['another request after one was agreed', input(), facts({ live: [live({ state: 'accepted' })] }), 'ok'],
    ['the other way round while one is open', input(), facts({ live: [live({ fromGoalId: 'B', toGoalId: 'A' })] }), 'VALIDATION'],
    [
      'a request closing a circle through a third goal',
      input(),
      facts({ live: [live({ fromGoalId: 'B', toGoalId: 'C' }), live({ id: 'ag-2', fromGoalId: 'C', toGoalId: 'A' })] }),
      'VALIDATION',
    ],
    ['a request when the site holds the most live agreements', input(), facts({ liveTotal: MAX_LIVE_AGREEMENTS }), 'VALIDATION'],
  ] as const)('%s → %s', (_name, req, f, outcome) => {
    const out = decideProposal(req, f, stamp, titleOf);
    expect(out.ok ? 'ok' : out.failure.code).toBe(outcome);
  });

  it('records the proposal as its first round, by the asking side', () => {
    const out = decideProposal(input({ ask: '  The ingestion API  ' }), facts(), stamp, titleOf);
    expect(out.ok && out.value).toMatchObject({
      id: 'ag-new',
      state: 'proposed',
      ask: 'The ingestion API',
      proposedBy: 'acc-asker',
      answeredBy: null,
      version: 1,
      rounds: [{ action: 'propose', by: 'acc-asker', asEditor: false, side: 'asker', neededBy: '2027-03-15', text: 'The ingestion API' }],
    });
  });

  it('records an editor’s proposal as editor', () => {
    const out = decideProposal(input(), facts({ actor: editor }), { ...stamp, by: 'acc-editor' }, titleOf);
    expect(out.ok && out.value.rounds[0]).toMatchObject({ by: 'acc-editor', asEditor: true });
  });

  it('names the circle it would close', () => {
    const out = decideProposal(
      input(),
      facts({ live: [live({ fromGoalId: 'B', toGoalId: 'C' }), live({ id: 'ag-2', fromGoalId: 'C', toGoalId: 'A' })] }),
      stamp,
      titleOf,
    );
    expect(!out.ok && out.failure).toMatchObject({ code: 'VALIDATION', details: [{ path: 'input.toGoalId' }] });
    expect(!out.ok && out.failure.message).toContain('“Goal A” → “Goal B” → “Goal C” → “Goal A”');
  });

  it('ignores closed agreements for circles and duplicates', () => {
    const out = decideProposal(
      input(),
      facts({ live: [live({ fromGoalId: 'B', toGoalId: 'A', state: 'withdrawn' }), live({ state: 'declined' })] }),
      stamp,
      titleOf,
    );
    expect(out.ok).toBe(true);
  });

  it('hands back the open request a duplicate collides with', () => {
    const out = decideProposal(input(), facts({ live: [live({ id: 'ag-open' })] }), stamp, titleOf);
    expect(!out.ok && out.failure.details).toEqual({ existingId: 'ag-open' });
  });
});

describe('answering', () => {
  const provider: ActorFacts = { sides: new Set(['provider']), isEditor: false };
  const pStamp = { ...stamp, by: 'acc-provider' };

  it('refuses a stale version with CONFLICT, handing back both versions and the agreement as it is now', () => {
    const current = counteredByProvider();
    const out = decideAnswer(current, 1, { action: 'accept' }, asker, stamp);
    expect(!out.ok && out.failure).toMatchObject({ code: 'CONFLICT', details: { expectedVersion: 1, currentVersion: 2, current } });
  });

  it('checks who may act before the version (an outsider learns nothing from it)', () => {
    const out = decideAnswer(anAgreement({ version: 5 }), 1, { action: 'accept' }, nobody, stamp);
    expect(!out.ok && out.failure.code).toBe('FORBIDDEN');
  });

  it('takes a counter’s terms and date as the latest terms, and passes the turn', () => {
    const out = decideAnswer(anAgreement(), 1, { action: 'counter', neededBy: '2027-04-01', terms: 'By April' }, provider, pStamp);
    expect(out.ok && out.value).toMatchObject({ state: 'countered', ask: 'By April', neededBy: '2027-04-01', answeredBy: 'acc-provider', version: 2 });
  });

  it.each([
    ['a counter dated before today', { action: 'counter', neededBy: '2026-11-27', terms: 'Sooner' }, 'answer.neededBy'],
    ['a counter without terms', { action: 'counter', neededBy: '2027-04-01', terms: ' ' }, 'answer.terms'],
    ['a decline without a reason', { action: 'decline', reason: ' ' }, 'answer.reason'],
  ] as const)('refuses %s with VALIDATION on its field', (_name, answer, path) => {
    const out = decideAnswer(anAgreement(), 1, answer, provider, pStamp);
    expect(!out.ok && out.failure).toMatchObject({ code: 'VALIDATION', details: [{ path }] });
  });

  it('refuses one more counter when the thread is long, keeping room to settle it', () => {
    const rounds = Array.from({ length: MAX_ROUNDS - 1 }, (_, i) => ({
      ...anAgreement().rounds[0]!,
      action: i === 0 ? ('propose' as const) : ('counter' as const),
    }));
    const long = anAgreement({ state: 'countered', rounds: rounds.map((r, i) => ({ ...r, side: i % 2 === 0 ? ('asker' as const) : ('provider' as const) })) });
    expect(decideAnswer(long, 1, { action: 'counter', neededBy: '2027-04-01', terms: 'Again' }, provider, pStamp).ok).toBe(false);
    expect(decideAnswer(long, 1, { action: 'accept' }, provider, pStamp).ok).toBe(true);
  });

  it('keeps the agreed date on the accepting round', () => {
    const out = decideAnswer(counteredByProvider(), 2, { action: 'accept' }, asker, stamp);
    expect(out.ok && out.value.rounds.at(-1)).toMatchObject({ action: 'accept', side: 'asker', neededBy: '2027-04-01' });
    expect(out.ok && out.value.answeredBy).toBe('acc-provider');
  });

  it('marks an agreed support fulfilled by either side, with no side on the round for an editor', () => {
    const out = decideAnswer(accepted(), 2, { action: 'fulfil' }, editor, { ...stamp, by: 'acc-editor' });
    expect(out.ok && out.value.rounds.at(-1)).toMatchObject({ action: 'fulfil', asEditor: true, text: '' });
    expect(out.ok && out.value.rounds.at(-1)!.side).toBeUndefined();
  });
});
