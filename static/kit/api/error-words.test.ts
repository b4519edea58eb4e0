// Every error code of the closed set has its own words, and the server's message never reaches the user here.
import { ErrorCode } from '../../../src/shared/errors';
import { wordsFor } from './error-words';

const EXPECTED: Record<ErrorCode, string> = {
  VALIDATION: 'Some of what was entered is not valid.',
  UNAUTHENTICATED: 'You need to be signed in to Atlassian to use Throughline.',
  FORBIDDEN: 'You do not have permission to do this.',
  NOT_FOUND: 'This could not be found, or you do not have permission to see it.',
  CONFLICT: 'Someone else changed this while you were editing. Review their change and try again.',
  GOAL_IN_USE: 'This goal is still in use.',
  RATE_LIMITED: 'Jira or the app’s storage is busy right now. Try again in a minute.',
  UPSTREAM: 'Jira or the app’s storage did not answer as expected. Try again in a minute.',
  INTERNAL: 'Something went wrong on our side. Try again; if it keeps happening, contact your Jira admin.',
};

describe('the words for an error', () => {
  it('has a row in this table for every code of the closed set, and no other', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ErrorCode.options].sort());
  });

  it.each(ErrorCode.options.map((code) => [code, EXPECTED[code]]))('tells %s as %p', (code, words) => {
    expect(wordsFor({ code, message: 'a server message the user never sees' })).toBe(words);
  });

  it('gives each code its own words: only INTERNAL says something went wrong on our side', () => {
    const all = ErrorCode.options.map((code) => wordsFor({ code, message: '' }));
    expect(new Set(all).size).toBe(ErrorCode.options.length);
    expect(all.filter((w) => /went wrong/.test(w))).toEqual([EXPECTED.INTERNAL]);
  });

  it('says the same whatever the message or details the server sent', () => {
    expect(wordsFor({ code: 'FORBIDDEN', message: 'acc-123 lacks strategy-editor', details: { field: 'title' } })).toBe(
      'You do not have permission to do this.',
    );
  });
});
