// What a failed resolver call rejects with: the coded error of its envelope. Apart from invoke.ts so that pure
// modules (and their tests) use it without loading the bridge.
import type { AppError } from '../../../src/shared/errors';

export class CallFailed extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
  }
}
