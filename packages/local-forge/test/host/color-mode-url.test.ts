// The host page URLs a colour mode switch writes (its address bar, its links, its theme switch): dark is said as
// `theme=dark`, light is the default and leaves `theme` out, and nothing else of the URL changes.
import { themeSwitchLabel, withColorMode } from '../../src/host/browser/protocol';

describe('a host page URL in a colour mode', () => {
  it.each([
    ['/jira/issue/INS-1?as=lead', 'dark', '/jira/issue/INS-1?as=lead&theme=dark'],
    ['/jira/issue/INS-1?as=lead&theme=dark', 'light', '/jira/issue/INS-1?as=lead'],
    ['/jira/apps/x/goal/g-1?theme=light&as=exec', 'dark', '/jira/apps/x/goal/g-1?theme=dark&as=exec'],
    ['/confluence/page/1001?mode=edit&theme=dark', 'dark', '/confluence/page/1001?mode=edit&theme=dark'],
  ] as const)('%s in %s is %s', (from, mode, to) => {
    const u = withColorMode(new URL(from, 'http://127.0.0.1:4010'), mode);
    expect(u.pathname + u.search).toBe(to);
  });

  it('leaves the URL it was given as it was', () => {
    const u = new URL('http://127.0.0.1:4010/jira/projects?theme=dark');
    withColorMode(u, 'light');
    expect(u.search).toBe('?theme=dark');
  });

  it('offers the other mode on the theme switch', () => {
    expect(themeSwitchLabel('light')).toBe('☾ Dark theme');
    expect(themeSwitchLabel('dark')).toBe('☀ Light theme');
  });
});
