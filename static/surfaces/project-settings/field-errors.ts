// Turns a VALIDATION error from a save into messages next to the fields it names: its details list issues by the
// path of the field ([{path, message}], src/shared/errors.ts). What names no field of the form stays a general error.
import type { AppError } from '../../../src/shared/errors';

export type FormField = 'level' | 'goalId' | 'leaderId' | 'managerId';
export type FieldErrors = Partial<Record<FormField, string>>;

const FIELDS: readonly string[] = ['level', 'goalId', 'leaderId', 'managerId'];
const isField = (f: unknown): f is FormField => typeof f === 'string' && FIELDS.includes(f);

export const fieldErrorsOf = (error: AppError | null): FieldErrors => {
  if (!error || error.code !== 'VALIDATION') return {};
  const out: FieldErrors = {};
  const details: unknown = error.details;
  if (Array.isArray(details)) {
    for (const issue of details as { path?: unknown; message?: unknown }[]) {
      const field = typeof issue.path === 'string' ? issue.path.split('.')[0] : undefined;
      if (isField(field) && out[field] === undefined) out[field] = typeof issue.message === 'string' ? issue.message : error.message;
    }
  }
  return out;
};
