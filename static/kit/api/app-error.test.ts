import { toAppError } from './app-error';
import { CallFailed } from './call-failed';

describe('turning a failed call into the error the UI shows', () => {
  it('keeps the code and words of a resolver’s refusal', () => {
    const refused = { code: 'CONFLICT' as const, message: 'Someone else changed this goal', details: { current: 1 } };
    expect(toAppError(new CallFailed(refused))).toEqual(refused);
  });

  it.each([
    [new Error('bridge timed out'), 'bridge timed out'],
    ['a thrown string', 'a thrown string'],
    [undefined, 'undefined'],
  ])('calls anything else INTERNAL (%p)', (thrown, message) => {
    expect(toAppError(thrown)).toEqual({ code: 'INTERNAL', message });
  });
});
