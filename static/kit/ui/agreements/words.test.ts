// The words of agreements: every state told by icon and word, a headline per state, whose turn it is, the buttons
// a viewer gets from `can`, each round of a thread, the issue panel's reliance line and the rows' badge.
import { SupportView } from '../../../../src/shared/api/agreements';
import { COMMITMENT_STATES, SUPPORT_STATES, type SupportAction } from '../../../../src/shared/model/agreement';
import { CommitmentStatus } from '../../../../src/shared/model/agreement';
import { aCommitment, aRound, aSupport, EXEC, LEAD, PROVIDER } from './fixtures';
import {
  answerChoices,
  answerHint,
  badgeWords,
  chipsBesideBadge,
  relianceParts,
  COMMITMENT_LOOK,
  commitmentHeadline,
  headline,
  lookOf,
  relianceTail,
  roundWords,
  STATE_LOOK,
  turnWords,
} from './words';

describe('an agreement’s state', () => {
  it('is told by an icon and a word for every state, never by colour alone', () => {
    expect(SUPPORT_STATES.map((s) => `${STATE_LOOK[s].icon} ${STATE_LOOK[s].word}`)).toEqual([
      '? Proposed',
      '⇄ Countered',
      '✓ Agreed',
      '✕ Declined',
      '⊘ Withdrawn',
      '✓ Fulfilled',
      '✕ Broken',
    ]);
    expect(new Set(SUPPORT_STATES.map((s) => STATE_LOOK[s].word)).size).toBe(SUPPORT_STATES.length);
  });

  it('reads "At risk" first when an accepted agreement has a risk, and only then', () => {
    const risk = { reason: 'kpi-off-track' as const, sentence: 'Its KPI is off track' };
    expect(lookOf(aSupport({ state: 'accepted', risks: [risk] })).word).toBe('At risk');
    expect(lookOf(aSupport({ state: 'accepted', risks: [] })).word).toBe('Agreed');
    expect(lookOf(aSupport({ state: 'broken', risks: [risk] })).word).toBe('Broken');
  });

  it.each([
    ['proposed', 'Proposed, needed by 15 Mar 2027'],
    ['countered', 'Countered: needed by 15 Mar 2027'],
    ['accepted', 'Agreed, needed by 15 Mar 2027'],
    ['declined', 'Declined (was needed by 15 Mar 2027)'],
    ['withdrawn', 'Withdrawn (was needed by 15 Mar 2027)'],
    ['fulfilled', 'Fulfilled (needed by 15 Mar 2027)'],
    ['broken', 'Broken (was needed by 15 Mar 2027)'],
  ] as const)('says where a %s agreement stands: %s', (state, words) => {
    expect(headline({ state, neededBy: '2027-03-15' })).toBe(words);
  });

  it('names whose answer is awaited and for how long, and when that has become a gap', () => {
    expect(turnWords(aSupport({ turn: 'provider', waitingDays: 9 }))).toEqual({
      text: 'Waiting 9 days for an answer from “Reliable, fast engineering delivery”',
      overdue: true,
    });
    expect(turnWords(aSupport({ turn: 'provider', waitingDays: 9 }), PROVIDER.id)).toEqual({ text: 'Waiting 9 days for this goal’s answer', overdue: true });
    expect(turnWords(aSupport({ turn: 'asker', waitingDays: 1 }))?.text).toBe(
      'Waiting 1 day for an answer from “Ship the analytics features that set us apart”',
    );
    expect(turnWords(aSupport({ turn: 'provider', waitingDays: 0 }))).toEqual({
      text: 'Waiting since today for an answer from “Reliable, fast engineering delivery”',
      overdue: false,
    });
    expect(turnWords(aSupport({ turn: 'provider', waitingDays: 6 }))?.overdue).toBe(false);
    expect(turnWords(aSupport({ turn: null, waitingDays: null }))).toBeNull();
  });

  it('names commitment states in words', () => {
    expect(CommitmentStatus.options.map((s) => COMMITMENT_LOOK[s].word)).toEqual(['No parent', 'Not committed', 'Committed', 'Concern raised', 'Asked again']);
    expect(COMMITMENT_STATES).toEqual(['committed', 'concern']);
  });
});

describe('a commitment in one line', () => {
  it.each([
    ['Committed by Daniel Okafor on 28 Nov 2026', aCommitment({ status: 'committed', by: LEAD, at: '2026-11-28T16:05:00.000Z' })],
    ['Committed by Helen Marsh (as editor) on 28 Nov 2026', aCommitment({ status: 'committed', by: EXEC, asEditor: true, at: '2026-11-28T16:05:00.000Z' })],
    ['Concern raised by Daniel Okafor on 1 Dec 2026', aCommitment({ status: 'concern', by: LEAD, at: '2026-12-01T08:00:00.000Z' })],
    ['Not committed', aCommitment()],
    ['No parent goal to commit to', aCommitment({ status: 'no-parent', parent: null })],
    [
      'The parent’s target changed on 2 Dec 2026: commit again',
      aCommitment({ status: 'ask-again', summary: 'The parent’s target changed on 2 Dec 2026: commit again' }),
    ],
  ])('reads “%s”', (words, view) => {
    expect(commitmentHeadline(view)).toBe(words);
  });
});

describe('the answer buttons', () => {
  const turnIn = (state: SupportView['state']): SupportView['turn'] => (state === 'proposed' ? 'provider' : state === 'countered' ? 'asker' : null);
  const choices = (can: SupportAction[], state: SupportView['state'] = 'proposed') =>
    answerChoices({ can, state, turn: turnIn(state) }).map((c) => `${c.label}${c.primary ? '*' : ''}`);

  it('offers nothing when the viewer may do nothing (the outsider, a closed agreement)', () => {
    expect(choices([])).toEqual([]);
  });

  it('offers the provider accept (primary), counter and decline on a proposal', () => {
    expect(choices(['decline', 'counter', 'accept'])).toEqual(['Accept*', 'Counter', 'Decline']);
  });

  it('offers the asker "Accept the counter", a counter back and withdraw on a counter', () => {
    expect(choices(['withdraw', 'accept', 'counter'], 'countered')).toEqual(['Accept the counter*', 'Counter', 'Withdraw']);
  });

  it('offers fulfilled (primary), broken and withdraw on an accepted agreement', () => {
    expect(choices(['break', 'fulfil', 'withdraw'], 'accepted')).toEqual(['Mark fulfilled*', 'Mark broken', 'Withdraw']);
  });

  it('offers the provider of an agreed support a risk flag, its clearing while one stands, and new terms', () => {
    expect(choices(['counter', 'fulfil', 'flag'], 'accepted')).toEqual(['Propose new terms', 'Mark fulfilled*', 'Flag a risk']);
    // While a flag stands, no button is drawn as the one to press.
    expect(choices(['counter', 'fulfil', 'flag', 'unflag'], 'accepted')).toEqual(['Propose new terms', 'Mark fulfilled', 'Back on track', 'Update the risk']);
  });

  it('offers the relying goal “Acknowledge the risk” first (primary) while a flag stands unacknowledged, on its page only', () => {
    const flagged = { can: ['acknowledge', 'fulfil', 'break', 'withdraw'] as SupportAction[], state: 'accepted' as const, turn: null };
    expect(answerChoices(flagged).map((c) => `${c.label}${c.primary ? '*' : ''}`)).toEqual([
      'Acknowledge the risk*',
      'Mark fulfilled',
      'Mark broken',
      'Withdraw',
    ]);
    expect(answerChoices(flagged, 'provider').map((c) => c.action)).toEqual(['fulfil']);
    expect(answerHint('acknowledge', 'accepted')).toMatch(/^The providing goal’s people read this\. It stays at risk until they say it is back on track/);
  });

  it('offers on a goal’s page only that goal’s side of the agreement, and fulfilment on both', () => {
    const editor = { can: ['counter', 'withdraw', 'fulfil', 'break', 'flag'] as SupportAction[], state: 'accepted' as const, turn: null };
    expect(answerChoices(editor, 'asker').map((c) => c.label)).toEqual(['Mark fulfilled', 'Mark broken', 'Withdraw']);
    expect(answerChoices(editor, 'provider').map((c) => c.label)).toEqual(['Propose new terms', 'Mark fulfilled', 'Flag a risk']);
    const proposed = { can: ['accept', 'counter', 'decline', 'withdraw'] as SupportAction[], state: 'proposed' as const, turn: 'provider' as const };
    expect(answerChoices(proposed, 'asker').map((c) => c.action)).toEqual(['withdraw']);
    expect(answerChoices(proposed, 'provider').map((c) => c.action)).toEqual(['accept', 'counter', 'decline']);
  });

  it('says under the form what a flag and new terms set off, and nothing for the answers whose button says it', () => {
    expect(answerHint('flag', 'accepted')).toMatch(/^The asking goal’s people read this\. Until you say it is back on track, the agreement shows as at risk/);
    expect(answerHint('counter', 'accepted')).toBe('It is open again until the asking goal accepts your new terms, counters them or withdraws.');
    expect([answerHint('counter', 'proposed'), answerHint('fulfil', 'accepted'), answerHint('unflag', 'accepted')]).toEqual([null, null, null]);
  });

  it('never offers propose as an answer', () => {
    expect(choices(['propose'])).toEqual([]);
  });

  it('asks for what each answer needs: terms and date to counter, a reason to decline or break', () => {
    const needs = Object.fromEntries(
      answerChoices({
        can: ['accept', 'counter', 'decline', 'withdraw', 'fulfil', 'break', 'flag', 'unflag', 'acknowledge'],
        state: 'accepted',
        turn: null,
      }).map((c) => [c.action, c.needs]),
    );
    expect(needs).toEqual({
      accept: 'nothing',
      counter: 'terms-and-date',
      decline: 'reason',
      withdraw: 'optional-reason',
      fulfil: 'optional-note',
      break: 'reason',
      flag: 'reason',
      unflag: 'optional-note',
      acknowledge: 'optional-note',
    });
  });
});

describe('a round of the thread', () => {
  it.each([
    ['Daniel Okafor asked, needed by 15 Mar 2027', aRound()],
    ['Helen Marsh countered (as editor), needed by 15 Apr 2027', aRound({ action: 'counter', by: EXEC, asEditor: true, neededBy: '2027-04-15' })],
    ['Daniel Okafor accepted, for 15 Apr 2027', aRound({ action: 'accept', neededBy: '2027-04-15' })],
    ['Daniel Okafor declined', aRound({ action: 'decline', neededBy: null })],
    ['Daniel Okafor marked it broken', aRound({ action: 'break', neededBy: null })],
    ['Daniel Okafor flagged a risk', aRound({ action: 'flag', neededBy: null })],
    ['Helen Marsh said it is back on track (as editor)', aRound({ action: 'unflag', by: EXEC, asEditor: true, neededBy: null })],
    ['Daniel Okafor acknowledged the risk', aRound({ action: 'acknowledge', neededBy: null })],
    ['Daniel Okafor committed', aRound({ action: 'committed', neededBy: null })],
    ['Daniel Okafor raised a concern', aRound({ action: 'concern', neededBy: null })],
  ])('reads “%s”', (words, round) => {
    expect(roundWords(round)).toBe(words);
  });

  it('builds every fixture as the contract’s schema has it', () => {
    expect(SupportView.safeParse(aSupport({ rounds: [aRound(), aRound({ action: 'counter' })] })).success).toBe(true);
  });
});

describe('the issue panel’s line', () => {
  it('says the state and date after the provider, then the risk as the server wrote it', () => {
    expect(relianceTail({ state: 'accepted', neededBy: '2027-03-15', risk: 'Work is behind' })).toBe(', agreed for 15 Mar 2027, at risk: Work is behind');
    expect(relianceTail({ state: 'proposed', neededBy: '2027-03-15', risk: null })).toBe(', asked for 15 Mar 2027, not answered yet');
    expect(relianceTail({ state: 'accepted', neededBy: '2027-03-15', risk: `${PROVIDER.title} was archived` })).toContain('at risk: Reliable, fast');
  });
});

describe('the issue panel’s line around the provider’s link', () => {
  const line = { provider: PROVIDER, state: 'accepted' as const, neededBy: '2027-03-15', risk: 'Its KPI “Deploys a week” is off track' };
  it('keeps the server’s sentence, the quoted title taken out for the link', () => {
    expect(relianceParts({ ...line, sentence: `Relies on “${PROVIDER.title}”, agreed for 15 Mar 2027, at risk: a KPI is off track` })).toEqual({
      before: 'Relies on ',
      after: ', agreed for 15 Mar 2027, at risk: a KPI is off track',
    });
  });
  it('composes the line itself when the sentence does not quote the title', () => {
    expect(relianceParts({ ...line, sentence: 'Something else' })).toEqual({
      before: 'Relies on ',
      after: ', agreed for 15 Mar 2027, at risk: Its KPI “Deploys a week” is off track',
    });
  });
});

describe('the badge on a tree row', () => {
  it('is absent when nothing is at risk or unanswered', () => {
    expect(badgeWords(undefined)).toBeNull();
    expect(badgeWords({ atRisk: 0, unanswered: 0, firstReason: null })).toBeNull();
  });

  it('says what is at risk in text, with the first reason as its title', () => {
    expect(badgeWords({ atRisk: 1, unanswered: 2, firstReason: 'Its KPI is off track' })).toEqual({
      text: '1 agreement at risk · 2 unanswered',
      title: 'Its KPI is off track',
      tone: 'danger',
    });
    expect(badgeWords({ atRisk: 0, unanswered: 1, firstReason: null })).toEqual({
      text: '1 unanswered',
      title: 'A request for support waits for an answer',
      tone: 'warning',
    });
  });
});

describe('the gap chips beside an agreement badge', () => {
  const gaps = ['goal-no-work', 'agreement-at-risk', 'agreement-unanswered', 'goal-not-committed'] as const;
  it('leaves out what the badge already says, and only that', () => {
    expect(chipsBesideBadge(gaps, { atRisk: 1, unanswered: 0, firstReason: null })).toEqual(['goal-no-work', 'agreement-unanswered', 'goal-not-committed']);
    expect(chipsBesideBadge(gaps, { atRisk: 1, unanswered: 2, firstReason: null })).toEqual(['goal-no-work', 'goal-not-committed']);
    expect(chipsBesideBadge(gaps, null)).toEqual([...gaps]);
  });
});
