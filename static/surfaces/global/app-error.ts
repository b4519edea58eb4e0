// Turns whatever a failed call threw into the coded error the UI kit shows.
import type { AppError } from '../../../src/shared/errors';
import { CallFailed } from '../../src/api/invoke';

export const toAppError = (e: unknown): AppError =>
  e instanceof CallFailed ? e.error : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) };
