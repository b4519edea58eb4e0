// A scorecard save's VALIDATION error as messages beside the form's fields.
import type { AppError } from '../../../../src/shared/errors';
import { fieldErrors } from './field-errors';

const validation = (details: unknown): AppError => ({ code: 'VALIDATION', message: 'The request was not valid', details });

describe('the field messages of a scorecard save', () => {
  it('places each issue at its path without the input prefix, the first one per field', () => {
    const error = validation([
      { path: 'input.target.max', message: 'must be above the minimum' },
      { path: 'input.source.jql', message: 'Field "sprintt" does not exist' },
      { path: 'input.target.max', message: 'a second complaint' },
      { path: 'kpiId', message: 'not an id' },
    ]);
    expect(fieldErrors(error)).toEqual({ 'target.max': 'must be above the minimum', 'source.jql': 'Field "sprintt" does not exist', kpiId: 'not an id' });
  });

  it('strips another prefix when told to', () => {
    expect(fieldErrors(validation([{ path: 'measurement.date', message: 'after 2026-11-28' }]), 'measurement.')).toEqual({ date: 'after 2026-11-28' });
  });

  it('skips issues without a path or a message', () => {
    expect(fieldErrors(validation([{ path: 'input.name' }, { message: 'no path' }, { path: 'input.unit', message: 'Too long' }]))).toEqual({
      unit: 'Too long',
    });
  });

  it.each([
    ['no error', null],
    ['another code', { code: 'CONFLICT', message: 'Changed', details: [{ path: 'input.name', message: 'x' }] } as AppError],
    ['a validation error without details', { code: 'VALIDATION', message: 'This KPI is entered by hand' } as AppError],
    ['a validation error naming one field', validation({ field: 'name' })],
  ])('gives no field messages for %s', (_case, error) => {
    expect(fieldErrors(error)).toEqual({});
  });
});
