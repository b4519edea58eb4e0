// Risk of an agreed support, each reason with its sentence; and agreements in words.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import type { GoalHealth } from '../../shared/model/goal-health';
import { aCommitment } from '../../../test/builders/agreements';
import { risksOf, type ProviderSignals } from './risk';
import { commitmentSummary, relianceSentence, supportSummary, waitingDays } from './words';

const TODAY = '2026-11-28';
const provider = summaryOf(aGoal({ id: 'B', title: 'Reliable, fast engineering delivery', timeframe: { start: '2026-01-01', end: '2026-12-31' } }));
const health = (over: Partial<GoalHealth> = {}): GoalHealth => ({
  state: 'on-track',
  kpis: 2,
  onTrack: 2,
  atRisk: 0,
  offTrack: 0,
  stale: 0,
  noData: 0,
  asOf: TODAY,
  computedAt: `${TODAY}T00:00:00.000Z`,
  ...over,
});
const agreed = { state: 'accepted' as const, neededBy: '2027-03-15' };
const signals = (over: Partial<ProviderSignals> = {}): ProviderSignals => ({ goal: provider, health: health(), progress: 0.95, ...over });
const reasons = (s: ProviderSignals, a: { state: 'accepted' | 'proposed'; neededBy: string } = agreed) => risksOf(a, s, TODAY).map((r) => r.reason);

describe('the risk of an agreed support', () => {
  it.each([
    ['all well', signals(), []],
    ['a KPI of the provider off track', signals({ health: health({ onTrack: 1, offTrack: 1, state: 'off-track' }) }), ['kpi-off-track']],
    ['the provider’s work behind the time gone', signals({ progress: 0.4 }), ['work-behind']],
    [
      'work behind and outcomes off: shift execution (not also “work behind”, nor the KPIs it names)',
      signals({ progress: 0.4, health: health({ onTrack: 0, offTrack: 2, state: 'off-track' }) }),
      ['shift-execution'],
    ],
    ['no work to measure: nothing said of work', signals({ progress: null }), []],
    ['a surface that reads no work (the panel)', { goal: provider, health: health() }, []],
    ['the provider archived', signals({ goal: { ...provider, status: 'archived' } }), ['provider-archived']],
    ['no health evaluated yet', signals({ health: undefined }), []],
  ] as const)('%s → %j', (_name, s, expected) => {
    expect(reasons(s)).toEqual(expected);
  });

  it('is overdue once the needed-by date passed unfulfilled', () => {
    expect(reasons(signals(), { state: 'accepted', neededBy: '2026-11-27' })).toEqual(['overdue']);
    expect(reasons(signals(), { state: 'accepted', neededBy: TODAY })).toEqual([]);
  });

  it('comes first when the provider flagged a risk, with its words only where they were given', () => {
    const flag = { at: '2026-11-20T09:00:00.000Z', text: 'Our vendor slipped a month' };
    const withWords = risksOf({ ...agreed, flag }, signals({ health: health({ onTrack: 1, offTrack: 1 }) }), TODAY);
    expect(withWords.map((r) => r.reason)).toEqual(['provider-flagged', 'kpi-off-track']);
    expect(withWords[0]!.sentence).toBe('“Reliable, fast engineering delivery” flagged a risk to delivering it on 20 Nov 2026: “Our vendor slipped a month”');
    expect(risksOf({ ...agreed, flag: { at: flag.at } }, signals(), TODAY)).toEqual([
      { reason: 'provider-flagged', sentence: '“Reliable, fast engineering delivery” flagged a risk to delivering it on 20 Nov 2026.' },
    ]);
    expect(risksOf({ ...agreed, flag: null }, signals(), TODAY)).toEqual([]);
  });

  it('is never derived for an agreement that is not agreed', () => {
    expect(reasons(signals({ goal: { ...provider, status: 'archived' } }), { state: 'proposed', neededBy: '2026-01-01' })).toEqual([]);
  });

  it('says each reason in one sentence that names the cause', () => {
    const all = risksOf(
      { state: 'accepted', neededBy: '2026-11-01' },
      signals({ goal: { ...provider, status: 'archived' }, progress: 0.4, health: health({ onTrack: 0, offTrack: 2 }) }),
      TODAY,
    );
    expect(Object.fromEntries(all.map((r) => [r.reason, r.sentence]))).toEqual({
      'shift-execution':
        '“Reliable, fast engineering delivery” needs a shift in execution: the work is behind (work is 40% done with 91% of the time gone) and only 0 of 2 KPIs on track (2 off track).',
      overdue: 'It was needed by 1 Nov 2026 and is not marked fulfilled.',
      'provider-archived': '“Reliable, fast engineering delivery” was archived; nobody pursues it any more.',
    });
  });
});

describe('agreements in words', () => {
  const at = (day: string) => `${day}T09:00:00.000Z`;
  it.each([
    [{ state: 'proposed', neededBy: '2027-03-15', lastRoundAt: at('2026-11-19'), updatedAt: at('2026-11-19') }, 'Proposed, waiting 9 days for an answer'],
    [{ state: 'proposed', neededBy: '2027-03-15', lastRoundAt: at('2026-11-27'), updatedAt: at('2026-11-27') }, 'Proposed, waiting 1 day for an answer'],
    [{ state: 'proposed', neededBy: '2027-03-15', lastRoundAt: at(TODAY), updatedAt: at(TODAY) }, 'Proposed, waiting since today for an answer'],
    [
      { state: 'countered', neededBy: '2027-03-22', lastRoundAt: at('2026-11-26'), updatedAt: at('2026-11-26') },
      'Countered for 22 Mar 2027, waiting 2 days for an answer',
    ],
    [{ state: 'accepted', neededBy: '2027-03-15', lastRoundAt: at('2026-11-26'), updatedAt: at('2026-11-26') }, 'Agreed, needed by 15 Mar 2027'],
    [{ state: 'declined', neededBy: '2027-03-15', lastRoundAt: at('2026-11-02'), updatedAt: at('2026-11-02') }, 'Declined on 2 Nov 2026'],
    [{ state: 'fulfilled', neededBy: '2027-03-15', lastRoundAt: at('2026-11-02'), updatedAt: at('2026-11-02') }, 'Fulfilled on 2 Nov 2026'],
  ] as const)('%j → %s', (a, words) => {
    expect(supportSummary(a, TODAY)).toBe(words);
  });

  it('counts waiting days only while an answer is awaited', () => {
    expect(waitingDays({ state: 'countered', lastRoundAt: at('2026-11-18') }, TODAY)).toBe(10);
    expect(waitingDays({ state: 'accepted', lastRoundAt: at('2026-11-18') }, TODAY)).toBeNull();
  });

  it('says what a goal relies on, and its risk in a few words', () => {
    expect(relianceSentence('Reliable delivery', agreed, [{ reason: 'work-behind', sentence: '…' }])).toBe(
      'Relies on “Reliable delivery”, agreed for 15 Mar 2027, at risk: work is behind',
    );
    expect(relianceSentence('Reliable delivery', agreed, [])).toBe('Relies on “Reliable delivery”, agreed for 15 Mar 2027');
    expect(relianceSentence('Reliable delivery', { state: 'proposed', neededBy: '2027-03-15' }, [])).toBe(
      'Asked “Reliable delivery” for support by 15 Mar 2027, waiting for an answer',
    );
  });

  it.each([
    [{ status: 'committed' }, aCommitment({ at: '2026-11-28T10:00:00.000Z' }), 'Committed by Daniel Okafor on 28 Nov 2026'],
    [{ status: 'committed' }, aCommitment({ asEditor: true }), 'Committed by Daniel Okafor (as editor) on 20 Nov 2026'],
    [{ status: 'concern' }, aCommitment({ state: 'concern' }), 'Concern raised by Daniel Okafor on 20 Nov 2026'],
    [{ status: 'not-committed' }, undefined, 'Not committed'],
    [{ status: 'no-parent' }, undefined, 'No parent goal to commit to'],
    [{ status: 'ask-again', why: 'target-changed' }, aCommitment(), 'Asked again: the parent’s target changed since Daniel Okafor committed on 20 Nov 2026'],
    [{ status: 'ask-again', why: 'reparented' }, aCommitment(), 'Asked again: the goal moved to another parent since Daniel Okafor committed on 20 Nov 2026'],
  ] as const)('a commitment standing %j in words', (standing, record, words) => {
    expect(commitmentSummary(standing, record, 'Daniel Okafor')).toBe(words);
  });
});
