// The support state machine as a table: every phase × action × who acts, each cell either a transition (to which state,
// as editor or not) or a refusal (VALIDATION: the action does not fit the state; FORBIDDEN: not this person's to take).
import { SUPPORT_ACTIONS, type SupportAction, type SupportAgreement } from '../../shared/model/agreement';
import { accepted, anAgreement, aRound, closed, counteredByAsker, counteredByProvider, flagged } from '../../../test/builders/agreements';
import { decideAnswer } from './decide-support';
import { actionsFor, flagNotedAt, flagOf, PHASES, phaseOf, providerSpokeAt, turnOf, type ActorFacts, type Phase } from './machine';
import { summarizeSupport } from './summary';

type Who = 'asker' | 'provider' | 'editor' | 'nobody';
const ACTORS: Record<Who, { by: string; facts: ActorFacts }> = {
  asker: { by: 'acc-asker', facts: { sides: new Set(['asker']), isEditor: false } },
  provider: { by: 'acc-provider', facts: { sides: new Set(['provider']), isEditor: false } },
  editor: { by: 'acc-editor', facts: { sides: new Set(), isEditor: true } },
  nobody: { by: 'acc-someone', facts: { sides: new Set(), isEditor: false } },
};

/** Each phase, and an agreed support with a risk flagged on it (the one situation where a flag can be cleared). */
type Situation = Phase | 'accepted, flagged' | 'flag acknowledged' | 'renegotiating';
const SITUATIONS: Situation[] = [...PHASES, 'accepted, flagged', 'flag acknowledged', 'renegotiating'];

/** A flagged support whose asker acknowledged the flag (version 4). */
const acknowledged = (): SupportAgreement => {
  const f = flagged();
  return {
    ...f,
    rounds: [...f.rounds, aRound({ action: 'acknowledge', by: 'acc-asker', side: 'asker', text: 'We move the launch', neededBy: null })],
    version: 4,
  };
};

/** One agreement in each situation. */
const IN_PHASE: Record<Situation, () => SupportAgreement> = {
  'accepted, flagged': () => flagged(),
  'flag acknowledged': acknowledged,
  // Agreed, then the provider proposed new terms: the asker answers.
  renegotiating: () =>
    counteredByProvider({
      rounds: [
        aRound(),
        aRound({ action: 'accept', by: 'acc-provider', side: 'provider', text: '' }),
        aRound({ action: 'counter', by: 'acc-provider', side: 'provider' }),
      ],
      version: 3,
    }),
  'awaiting-provider': () => anAgreement(),
  'awaiting-asker': () => counteredByProvider(),
  accepted: () => accepted(),
  declined: () => closed('declined'),
  withdrawn: () => closed('withdrawn'),
  fulfilled: () => closed('fulfilled'),
  broken: () => closed('broken'),
};

/** Rows the table shares. */
const NOTHING_MORE = { flag: '—', unflag: '—', acknowledge: '—' } as const;
const CLOSED_ROW = { propose: '—', accept: '—', counter: '—', decline: '—', withdraw: '—', fulfil: '—', break: '—', ...NOTHING_MORE };
const AGREED = {
  propose: '—',
  accept: '—',
  counter: 'provider→countered',
  decline: '—',
  withdraw: 'asker→withdrawn',
  fulfil: 'either→fulfilled',
  break: 'asker→broken',
};
const AWAITING_ASKER = {
  propose: '—',
  accept: 'asker→accepted',
  counter: 'asker→countered',
  decline: '—',
  withdraw: 'asker→withdrawn',
  fulfil: '—',
  break: '—',
  ...NOTHING_MORE,
};
/**
 * The table: for each phase and action, `<side>→<next state>` when allowed ('either' for both sides), '—' when refused.
 * The provider answers a proposal; the asker answers the provider's counter; an agreed support is fulfilled by
 * either side, broken or withdrawn by the asker, flagged at risk or renegotiated (a counter) by the provider, whose
 * flag only it clears and only the asker acknowledges; nothing happens to a closed one; nobody proposes twice.
 */
const TABLE: Record<Situation, Record<SupportAction, string>> = {
  'awaiting-provider': {
    propose: '—',
    accept: 'provider→accepted',
    counter: 'provider→countered',
    decline: 'provider→declined',
    withdraw: 'asker→withdrawn',
    fulfil: '—',
    break: '—',
    ...NOTHING_MORE,
  },
  'awaiting-asker': AWAITING_ASKER,
  accepted: { ...AGREED, flag: 'provider→accepted', unflag: '—', acknowledge: '—' },
  // The asker acknowledges a flag once; the provider's update (a flag again) asks for it again.
  'accepted, flagged': { ...AGREED, flag: 'provider→accepted', unflag: 'provider→accepted', acknowledge: 'asker→accepted' },
  'flag acknowledged': { ...AGREED, flag: 'provider→accepted', unflag: 'provider→accepted', acknowledge: '—' },
  // The asker's turn as after any counter, but never declined once agreed, and it may still be marked broken.
  renegotiating: { ...AWAITING_ASKER, break: 'asker→broken' },
  declined: CLOSED_ROW,
  withdrawn: CLOSED_ROW,
  fulfilled: CLOSED_ROW,
  broken: CLOSED_ROW,
};

const ANSWER = {
  accept: { action: 'accept' },
  counter: { action: 'counter', neededBy: '2027-04-15', terms: 'By mid April, without the export' },
  decline: { action: 'decline', reason: 'No capacity this quarter' },
  withdraw: { action: 'withdraw' },
  fulfil: { action: 'fulfil', note: 'Shipped' },
  break: { action: 'break', reason: 'Slipped twice' },
  flag: { action: 'flag', reason: 'Our vendor slipped a month' },
  unflag: { action: 'unflag', note: 'The vendor caught up' },
  acknowledge: { action: 'acknowledge', note: 'We move our launch a week' },
} as const;
const stamp = (by: string) => ({ by, at: '2026-11-28T12:00:00.000Z', today: '2026-11-28' });

/** What the table says one actor gets: the next state and whether as editor, or the refusal's code. */
const expected = (cell: string, who: Who): string => {
  if (who === 'nobody') return 'FORBIDDEN';
  if (cell === '—') return 'VALIDATION';
  const [side, next] = cell.split('→') as [string, string];
  if (who === 'editor') return `${next} as editor`;
  return side === 'either' || side === who ? next : 'FORBIDDEN';
};

const cases = SITUATIONS.flatMap((phase) =>
  SUPPORT_ACTIONS.filter((a) => a !== 'propose').flatMap((action) =>
    (Object.keys(ACTORS) as Who[]).map((who) => [phase, action, who, expected(TABLE[phase][action], who)] as const),
  ),
);

describe('the support state machine', () => {
  it.each(cases)('%s: %s by %s → %s', (phase, action, who, outcome) => {
    const current = IN_PHASE[phase]();
    const actor = ACTORS[who];
    const out = decideAnswer(current, current.version, ANSWER[action as Exclude<SupportAction, 'propose'>], actor.facts, stamp(actor.by));
    const got = out.ok ? `${out.value.state}${out.value.rounds.at(-1)!.asEditor ? ' as editor' : ''}` : out.failure.code;
    expect(got).toBe(outcome);
  });

  it.each(SITUATIONS)('refuses a second proposal in phase %s', (phase) => {
    expect(TABLE[phase].propose).toBe('—');
  });

  it('lists for each viewer exactly the actions the table allows them', () => {
    for (const phase of SITUATIONS) {
      for (const who of Object.keys(ACTORS) as Who[]) {
        const allowed = SUPPORT_ACTIONS.filter((a) => a !== 'propose' && !['VALIDATION', 'FORBIDDEN'].includes(expected(TABLE[phase][a], who)));
        expect({ phase, who, can: actionsFor(IN_PHASE[phase](), ACTORS[who].facts) }).toEqual({ phase, who, can: allowed });
      }
    }
  });

  it('gives the turn to the side that did not counter last', () => {
    expect([anAgreement(), counteredByProvider(), counteredByAsker(), accepted(), closed('declined')].map(turnOf)).toEqual([
      'provider',
      'asker',
      'provider',
      null,
      null,
    ]);
    expect(phaseOf(counteredByAsker())).toBe('awaiting-provider');
  });

  it('lets the provider answer the asker’s counter-back, and not the asker its own', () => {
    const current = counteredByAsker();
    const byProvider = decideAnswer(current, 3, ANSWER.accept, ACTORS.provider.facts, stamp('acc-provider'));
    expect(byProvider.ok && byProvider.value.state).toBe('accepted');
    const byAsker = decideAnswer(current, 3, ANSWER.accept, ACTORS.asker.facts, stamp('acc-asker'));
    expect(!byAsker.ok && byAsker.failure.code).toBe('FORBIDDEN');
  });

  it('lets one person who holds both sides act for whichever side the action belongs to, never as editor', () => {
    const both: ActorFacts = { sides: new Set(['asker', 'provider']), isEditor: true };
    const out = decideAnswer(anAgreement(), 1, ANSWER.counter, both, stamp('acc-both'));
    expect(out.ok && out.value.rounds.at(-1)).toMatchObject({ side: 'provider', asEditor: false });
  });

  it('records which side an editor acted for, so the turn still passes', () => {
    const out = decideAnswer(anAgreement(), 1, ANSWER.counter, ACTORS.editor.facts, stamp('acc-editor'));
    expect(out.ok && out.value.rounds.at(-1)).toMatchObject({ action: 'counter', side: 'provider', asEditor: true });
    expect(out.ok && turnOf(out.value)).toBe('asker');
    expect(out.ok && out.value.answeredBy).toBe('acc-editor');
  });
});

describe('a risk flagged on an agreed support', () => {
  it('stands from the flag until it is cleared, renegotiated or agreed again', () => {
    const f = flagged();
    expect(flagOf(f)).toMatchObject({ action: 'flag', text: 'The vendor slipped a month' });
    const cleared = decideAnswer(f, 3, ANSWER.unflag, ACTORS.provider.facts, stamp('acc-provider'));
    expect(cleared.ok && flagOf(cleared.value)).toBeNull();
    const renegotiated = decideAnswer(f, 3, ANSWER.counter, ACTORS.provider.facts, stamp('acc-provider'));
    expect(renegotiated.ok && [renegotiated.value.state, turnOf(renegotiated.value), flagOf(renegotiated.value)]).toEqual(['countered', 'asker', null]);
    const reagreed = renegotiated.ok ? decideAnswer(renegotiated.value, 4, ANSWER.accept, ACTORS.asker.facts, stamp('acc-asker')) : renegotiated;
    expect(reagreed.ok && [reagreed.value.state, reagreed.value.neededBy, flagOf(reagreed.value)]).toEqual(['accepted', '2027-04-15', null]);
  });

  it('leaves who answered the request as it was: a flag, its clearing and a fulfilment answer nothing', () => {
    let a = flagged();
    expect(a.answeredBy).toBe('acc-provider');
    const editor = decideAnswer(a, 3, { action: 'flag', reason: 'Worse now' }, ACTORS.editor.facts, stamp('acc-editor'));
    expect(editor.ok && editor.value.answeredBy).toBe('acc-provider');
    a = editor.ok ? editor.value : a;
    const cleared = decideAnswer(a, 4, ANSWER.unflag, ACTORS.editor.facts, stamp('acc-editor'));
    expect(cleared.ok && cleared.value.answeredBy).toBe('acc-provider');
    const countered = decideAnswer(a, 4, ANSWER.counter, ACTORS.editor.facts, stamp('acc-editor'));
    expect(countered.ok && countered.value.answeredBy).toBe('acc-editor');
  });

  it('is acknowledged by the asker without being cleared, and asks for it again once the provider updates it', () => {
    const noted = decideAnswer(flagged(), 3, ANSWER.acknowledge, ACTORS.asker.facts, stamp('acc-asker'));
    expect(noted.ok && [noted.value.state, noted.value.rounds.at(-1)!.text, flagOf(noted.value)?.text, flagNotedAt(noted.value)]).toEqual([
      'accepted',
      'We move our launch a week',
      'The vendor slipped a month',
      '2026-11-28T12:00:00.000Z',
    ]);
    // Acknowledging is not speaking for the provider: "Tell them" stays answered by the flag itself.
    expect(noted.ok && providerSpokeAt(noted.value)).toBe('2026-11-20T09:00:00.000Z');
    expect(noted.ok && summarizeSupport(noted.value).flag).toEqual({ at: '2026-11-20T09:00:00.000Z', by: 'acc-provider', notedAt: '2026-11-28T12:00:00.000Z' });
    const updated = noted.ok
      ? decideAnswer(noted.value, 4, { action: 'flag', reason: 'Now two months late' }, ACTORS.provider.facts, stamp('acc-provider'))
      : noted;
    expect(updated.ok && [flagNotedAt(updated.value), summarizeSupport(updated.value).flag?.notedAt]).toEqual([null, null]);
    expect(updated.ok && actionsFor(updated.value, ACTORS.asker.facts)).toContain('acknowledge');
    const twice = noted.ok ? decideAnswer(noted.value, 4, ANSWER.acknowledge, ACTORS.asker.facts, stamp('acc-asker')) : noted;
    expect(!twice.ok && twice.failure.message).toMatch(/acknowledged already/);
  });

  it('is the latest flag’s words when flagged again, and none once the agreement is settled', () => {
    const again = decideAnswer(flagged(), 3, { action: 'flag', reason: 'Now two months late' }, ACTORS.provider.facts, stamp('acc-provider'));
    expect(again.ok && flagOf(again.value)?.text).toBe('Now two months late');
    const done = decideAnswer(flagged(), 3, ANSWER.fulfil, ACTORS.asker.facts, stamp('acc-asker'));
    expect(done.ok && [done.value.state, flagOf(done.value)]).toEqual(['fulfilled', null]);
  });

  it('needs words that say what puts it at risk', () => {
    const out = decideAnswer(accepted(), 2, { action: 'flag', reason: '   ' }, ACTORS.provider.facts, stamp('acc-provider'));
    expect(!out.ok && out.failure).toMatchObject({ code: 'VALIDATION', details: [{ path: 'answer.reason', message: 'Say what puts it at risk' }] });
  });

  it('is refused to the asker, who is told whose it is', () => {
    const out = decideAnswer(accepted(), 2, ANSWER.flag, ACTORS.asker.facts, stamp('acc-asker'));
    expect(!out.ok && out.failure.message).toBe(
      'Only the leader or manager of the providing goal, or a strategy editor, may flag a risk to this agreement now',
    );
  });
});

describe('an editor who speaks for one side of an agreement', () => {
  const editorAsker: ActorFacts = { sides: new Set(['asker']), isEditor: true, id: 'acc-editor' };
  const editorOnly: ActorFacts = { sides: new Set(), isEditor: true, id: 'acc-editor' };

  it('may not answer for the providing side while leading the asking goal', () => {
    const out = decideAnswer(anAgreement(), 1, ANSWER.accept, editorAsker, stamp('acc-editor'));
    expect(!out.ok && out.failure.code).toBe('FORBIDDEN');
    expect(actionsFor(anAgreement(), editorAsker)).toEqual(['withdraw']);
  });

  it('may not answer for one side after speaking for the other anywhere in the thread, even in her own right', () => {
    // She asked as editor for the asking goal, and leads the providing one: accepting would be her consent twice.
    const leadsProvider: ActorFacts = { sides: new Set(['provider']), isEditor: true, id: 'acc-editor' };
    const asked = anAgreement({ rounds: [aRound({ by: 'acc-editor', asEditor: true, side: 'asker' })] });
    expect(actionsFor(asked, leadsProvider)).toEqual([]);
    const out = decideAnswer(asked, 1, ANSWER.accept, leadsProvider, stamp('acc-editor'));
    expect(!out.ok && out.failure.code).toBe('FORBIDDEN');
    // She asked for the asking goal; the provider accepted; she may not now propose new terms for the provider.
    const agreed = accepted({
      rounds: [aRound({ by: 'acc-editor', asEditor: true, side: 'asker' }), aRound({ action: 'accept', by: 'acc-provider', side: 'provider' })],
    });
    expect(actionsFor(agreed, editorOnly)).toEqual(['withdraw', 'fulfil', 'break']);
    const renegotiated = decideAnswer(agreed, 2, ANSWER.counter, editorOnly, stamp('acc-editor'));
    expect(!renegotiated.ok && renegotiated.failure.code).toBe('FORBIDDEN');
  });

  it('may not answer, as editor for one side, a round she made for the other', () => {
    const asked = anAgreement({ rounds: [aRound({ by: 'acc-editor', asEditor: true, side: 'asker' })] });
    expect(actionsFor(asked, editorOnly)).toEqual(['withdraw']);
    const out = decideAnswer(asked, 1, ANSWER.accept, editorOnly, stamp('acc-editor'));
    expect(!out.ok && out.failure.message).toMatch(/^You already speak for the other side of this agreement, so you may not accept it for the providing goal/);
    // Once the other side answered, she may speak for the asking side again.
    const countered = counteredByProvider({ rounds: [...asked.rounds, aRound({ action: 'counter', by: 'acc-provider', side: 'provider' })] });
    expect(actionsFor(countered, editorOnly)).toEqual(['accept', 'counter', 'withdraw']);
  });

  it('leaves someone who leads both goals free to act for each, as themselves', () => {
    const both: ActorFacts = { sides: new Set(['asker', 'provider']), isEditor: true, id: 'acc-both' };
    const asked = anAgreement({ rounds: [aRound({ by: 'acc-both', side: 'asker' })] });
    const out = decideAnswer(asked, 1, ANSWER.accept, both, stamp('acc-both'));
    expect(out.ok && out.value.rounds.at(-1)).toMatchObject({ side: 'provider', asEditor: false });
  });
});
