// Turns a VALIDATION error's details ([{path, message}]) into messages per form field.
import type { AppError } from '../../../../src/shared/errors';

export const fieldErrors = (error: AppError | null, prefix = 'input.'): Record<string, string> => {
  if (!error || error.code !== 'VALIDATION' || !Array.isArray(error.details)) return {};
  const out: Record<string, string> = {};
  for (const d of error.details as { path?: unknown; message?: unknown }[]) {
    if (typeof d.path !== 'string' || typeof d.message !== 'string') continue;
    const key = d.path.startsWith(prefix) ? d.path.slice(prefix.length) : d.path;
    out[key] ??= d.message;
  }
  return out;
};
