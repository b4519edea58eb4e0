// The closed set of error codes shared by the backend and the UI. The UI maps each code to words in one place.
import { z } from 'zod';

export const ErrorCode = z.enum(['VALIDATION', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'GOAL_IN_USE', 'RATE_LIMITED', 'UPSTREAM', 'INTERNAL']);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** The one shape of a VALIDATION error's details: what is wrong, by the path of the field in the request. */
export const ValidationIssue = z.object({ path: z.string(), message: z.string() });
export type ValidationIssue = z.infer<typeof ValidationIssue>;
export const ValidationDetails = z.array(ValidationIssue);

export const AppError = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
});
export type AppError = z.infer<typeof AppError>;

/** A failure the app expects and explains; thrown inside services, turned into an envelope at the edge. */
export class AppFailure extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppFailure';
  }
}

export const isAppFailure = (e: unknown): e is AppFailure => e instanceof AppFailure;
