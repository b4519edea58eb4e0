// The agreement web's URL: one per branch, shareable; anything else is not the web.
import { webRootOfRoute, webRoute } from './web-route';

describe('the agreement web’s route', () => {
  it('round-trips a goal id', () => {
    expect(webRootOfRoute(webRoute('g-grow-arr'))).toBe('g-grow-arr');
  });
  it.each([
    ['/agreements', ''],
    ['/agreements/', ''],
    ['/agreements/g-1/', 'g-1'],
  ])('reads %s as the web of %p', (path, root) => {
    expect(webRootOfRoute(path)).toBe(root);
  });
  it.each(['/', '/agreementsx', '/agreements/a/b', '/agreements/%3Cx%3E', '/goal/g-1'])('is not the web: %s', (path) => {
    expect(webRootOfRoute(path)).toBeNull();
  });
});
