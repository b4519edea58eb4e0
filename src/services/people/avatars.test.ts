import { avatarOf, peopleAvatars } from './avatars';

describe('the avatars of people a view names', () => {
  it('takes the 48 px picture Jira gives (sharp at 24 px on a 2× screen), smaller ones when that is all there is', () => {
    expect(avatarOf({ accountId: 'a', avatarUrls: { '16x16': 'https://x.example/16', '48x48': 'https://x.example/48' } })).toBe('https://x.example/48');
    expect(avatarOf({ accountId: 'a', avatarUrls: { '24x24': 'https://x.example/24' } })).toBe('https://x.example/24');
    expect(avatarOf({ accountId: 'a' })).toBeNull();
  });

  it('never hands the page a script or data URL as a picture', () => {
    expect(avatarOf({ accountId: 'a', avatarUrls: { '48x48': 'javascript:alert(1)', '24x24': 'data:image/svg+xml,<svg/>' } })).toBeNull();
  });

  it('answers only for the people asked, as Jira shows them to the caller', async () => {
    const asked: string[][] = [];
    const users = [
      { accountId: 'a', avatarUrls: { '48x48': 'https://x.example/a' } },
      { accountId: 'z', avatarUrls: { '48x48': 'https://x.example/z' } },
    ];
    const answer = await peopleAvatars({ usersOf: async (ids) => (asked.push(ids), users) }, ['a', 'b', 'a']);
    expect(asked).toEqual([['a', 'b']]);
    expect(answer).toEqual({ avatars: [{ accountId: 'a', avatarUrl: 'https://x.example/a' }] });
  });
});
