// The one way the UI turns whatever a failed call threw into the coded error it shows (static/kit/api/error-words.ts
// words it): a resolver's envelope keeps its code; anything else (a bridge failure, a bug) is INTERNAL.
import type { AppError } from '../../../src/shared/errors';
import { CallFailed } from './call-failed';

export const toAppError = (e: unknown): AppError =>
  e instanceof CallFailed ? e.error : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
