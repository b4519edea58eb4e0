// The one place that turns an error code into words a user understands.
import type { AppError, ErrorCode } from '../../../src/shared/errors';

const WORDS: Record<ErrorCode, string> = {
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

export const wordsFor = (error: AppError): string => WORDS[error.code];
