// The agreement forms' rules, as the person filling them in meets them: a sensible needed-by date, a counter of
// characters, refusals beside their field, the goals offered to ask, and what is sent for each answer.
import { aSupport } from '../../../kit/ui/agreements/fixtures';
import { aGoal, summaryOf } from '../../../../test/builders/goals';
import { SupportAnswer } from '../../../../src/shared/model/agreement';
import { answerChoices, type AnswerChoice } from '../../../kit/ui/agreements/words';
import {
  addDays,
  afterProviderEnds,
  standingFlagText,
  answerOf,
  counterWords,
  defaultNeededBy,
  emptyAsk,
  providerOptions,
  serverFieldErrors,
  validateAnswer,
  validateAsk,
  validateCommitment,
} from './agreement-forms';

const TODAY = '2026-12-08';
const choice = (action: AnswerChoice['action']): AnswerChoice => answerChoices({ can: [action], state: 'proposed', turn: 'provider' })[0]!;

describe('asking for support', () => {
  it('starts four weeks out, across a month and a year end', () => {
    expect(defaultNeededBy(TODAY)).toBe('2027-01-05');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(emptyAsk(TODAY)).toEqual({ toGoalId: '', ask: '', neededBy: '2027-01-05' });
  });

  it('accepts a goal, words and a date from today on', () => {
    expect(validateAsk({ toGoalId: 'g-b', ask: 'The ingestion API', neededBy: TODAY }, 'g-a', TODAY)).toEqual({});
  });

  it('says beside each field what is missing', () => {
    expect(validateAsk({ toGoalId: '', ask: '  ', neededBy: '' }, 'g-a', TODAY)).toEqual({
      toGoalId: 'Choose the goal you ask for support.',
      ask: 'Say what you need.',
      neededBy: 'Choose the date it is needed by.',
    });
  });

  it('refuses the goal itself, a date before today, an impossible date and more than 1,000 characters', () => {
    const errors = validateAsk({ toGoalId: 'g-a', ask: 'x'.repeat(1001), neededBy: '2026-12-07' }, 'g-a', TODAY);
    expect(errors).toEqual({
      toGoalId: 'A goal cannot ask itself; choose another goal.',
      ask: 'Keep it to 1,000 characters (now 1,001).',
      neededBy: 'Choose today (8 Dec 2026) or later.',
    });
    expect(validateAsk({ toGoalId: 'g-b', ask: 'x', neededBy: '2027-02-30' }, 'g-a', TODAY).neededBy).toBe('Enter a date as YYYY-MM-DD.');
  });

  it('counts characters as the field fills', () => {
    expect(counterWords('')).toBe('0 of 1,000 characters');
    expect(counterWords('x'.repeat(1000))).toBe('1,000 of 1,000 characters');
  });
});

describe('the goals a goal may ask', () => {
  const goals = [
    aGoal({ id: 'g-a', title: 'Ship the analytics features', level: 'functional' }),
    aGoal({ id: 'g-b', title: 'Reliable, fast engineering delivery', level: 'functional' }),
    aGoal({ id: 'g-c', title: 'Resolve incidents within their SLO', level: 'process' }),
    aGoal({ id: 'g-d', title: 'Grow revenue', level: 'strategy' }),
    aGoal({ id: 'g-x', title: 'Old delivery', level: 'functional', status: 'archived' }),
  ].map(summaryOf);
  it('are every other goal not archived (the picker filters and groups them)', () => {
    expect(providerOptions(goals, 'g-a').map((g) => g.id)).toEqual(['g-b', 'g-c', 'g-d']);
  });
});

describe('answering', () => {
  it('needs terms and a date from today on to counter', () => {
    expect(validateAnswer(choice('counter'), { text: '', neededBy: '2026-12-01' }, TODAY)).toEqual({
      text: 'Say your terms.',
      neededBy: 'Choose today (8 Dec 2026) or later.',
    });
  });

  it('needs a reason to decline or to mark broken; none to accept, withdraw or mark fulfilled', () => {
    expect(validateAnswer(choice('decline'), { text: ' ', neededBy: '' }, TODAY).text).toBe('Say why.');
    expect(validateAnswer(choice('break'), { text: '', neededBy: '' }, TODAY).text).toBe('Say what broke it.');
    expect(validateAnswer(choice('flag'), { text: '', neededBy: '' }, TODAY).text).toBe('Say what puts it at risk.');
    for (const a of ['accept', 'withdraw', 'fulfil', 'unflag'] as const) expect(validateAnswer(choice(a), { text: '', neededBy: '' }, TODAY)).toEqual({});
  });

  it.each([
    ['accept', { action: 'accept' }],
    ['counter', { action: 'counter', neededBy: '2027-04-15', terms: 'By April' }],
    ['decline', { action: 'decline', reason: 'By April' }],
    ['break', { action: 'break', reason: 'By April' }],
    ['withdraw', { action: 'withdraw', reason: 'By April' }],
    ['fulfil', { action: 'fulfil', note: 'By April' }],
    ['flag', { action: 'flag', reason: 'By April' }],
    ['unflag', { action: 'unflag', note: 'By April' }],
  ] as const)('sends %s as the contract has it', (action, sent) => {
    const answer = answerOf(choice(action), { text: '  By April ', neededBy: '2027-04-15' });
    expect(answer).toEqual(sent);
    expect(SupportAnswer.safeParse(answer).success).toBe(true);
  });

  it('leaves an optional reason or note out when none was typed', () => {
    expect(answerOf(choice('withdraw'), { text: ' ', neededBy: '' })).toEqual({ action: 'withdraw' });
    expect(answerOf(choice('fulfil'), { text: '', neededBy: '' })).toEqual({ action: 'fulfil' });
    expect(answerOf(choice('unflag'), { text: '', neededBy: '' })).toEqual({ action: 'unflag' });
  });
});

describe('committing', () => {
  it('needs words of the commitment or the concern, at most 1,000 characters', () => {
    expect(validateCommitment('', 'committed')).toBe('Say what you commit to.');
    expect(validateCommitment('', 'concern')).toBe('Say your concern.');
    expect(validateCommitment('30% of the target by Q2', 'committed')).toBeUndefined();
    expect(validateCommitment('x'.repeat(1001), 'concern')).toContain('1,000 characters');
  });
});

describe('a server refusal', () => {
  it('lands beside the field its path names, the rest on top', () => {
    const error = {
      code: 'VALIDATION' as const,
      message: 'Not valid',
      details: [
        { path: 'input.neededBy', message: 'Must be today or later' },
        { path: 'answer.terms', message: 'Too long' },
        { path: 'input.fromGoalId', message: 'Unknown goal' },
      ],
    };
    expect(serverFieldErrors(error, ['neededBy', 'text'] as const)).toEqual({
      fields: { neededBy: 'Must be today or later', text: 'Too long' },
      top: 'input.fromGoalId: Unknown goal',
    });
  });

  it('is not a field error unless it is VALIDATION', () => {
    expect(serverFieldErrors({ code: 'FORBIDDEN', message: 'no' }, ['text'] as const)).toEqual({ fields: {}, top: null });
  });
});

describe('a needed-by date after the providing goal ends', () => {
  const provider = { title: 'Run a reliable platform', timeframe: { start: '2026-01-01', end: '2026-12-31' } };

  it('is a warning that names the goal and its end', () => {
    expect(afterProviderEnds('2027-01-29', provider)).toBe(
      '“Run a reliable platform” ends on 31 Dec 2026, before this date: agree with its people that it will still deliver then.',
    );
  });

  it('is nothing on or before the end, before a goal is chosen, or while the date is half typed', () => {
    expect(afterProviderEnds('2026-12-31', provider)).toBeNull();
    expect(afterProviderEnds('2027-01-29', undefined)).toBeNull();
    expect(afterProviderEnds('2027-01', provider)).toBeNull();
    expect(afterProviderEnds('2030-01-01', { ...provider, timeframe: { start: '2026-01-01', end: null } })).toBeNull();
  });
});

describe('updating the risk that stands', () => {
  const flagRound = { ...aSupport().rounds[0]!, action: 'flag' as const, text: 'Two SREs leave in December' };
  it('starts from the words of the flag that stands', () => {
    expect(standingFlagText({ can: ['unflag', 'flag'], rounds: [...aSupport().rounds, flagRound] })).toBe('Two SREs leave in December');
  });
  it('starts empty when no flag stands', () => {
    expect(standingFlagText({ can: ['flag'], rounds: [...aSupport().rounds, flagRound] })).toBe('');
  });
});
