// A project tag save's VALIDATION error as messages beside the level, goal, leader and manager fields.
import type { AppError } from '../../../src/shared/errors';
import { fieldErrorsOf } from './field-errors';

const validation = (message: string, details?: unknown): AppError => ({ code: 'VALIDATION', message, ...(details === undefined ? {} : { details }) });

describe('the field messages of a project tag save', () => {
  it('puts the message of a rule that names a field beside that field', () => {
    expect(
      fieldErrorsOf(validation('“Old market” is archived; pick a live goal', [{ path: 'goalId', message: '“Old market” is archived; pick a live goal' }])),
    ).toEqual({
      goalId: '“Old market” is archived; pick a live goal',
    });
    expect(
      fieldErrorsOf(validation('Project-level work cannot serve a self goal', [{ path: 'level', message: 'Project-level work cannot serve a self goal' }])),
    ).toEqual({
      level: 'Project-level work cannot serve a self goal',
    });
  });

  it('puts schema issues beside the form fields they name, the first one per field', () => {
    const error = validation('The request was not valid', [
      { path: 'leaderId', message: 'not an account id' },
      { path: 'leaderId', message: 'a second complaint' },
      { path: 'managerId.0', message: 'Too long' },
      { path: 'goalId' },
    ]);
    expect(fieldErrorsOf(error)).toEqual({ leaderId: 'not an account id', managerId: 'Too long', goalId: 'The request was not valid' });
  });

  it.each([
    ['no error', null],
    ['another code', { code: 'FORBIDDEN', message: 'No', details: { field: 'level' } } as AppError],
    ['a rule naming something that is not a form field', validation('The request names a different project than the one shown', { field: 'project' })],
    ['an issue on a field the form does not have', validation('The request was not valid', [{ path: 'expectedVersion', message: 'expected a number' }])],
    ['no details', validation('The request names a different project than the one shown')],
  ])('gives no field messages for %s', (_case, error) => {
    expect(fieldErrorsOf(error)).toEqual({});
  });
});
