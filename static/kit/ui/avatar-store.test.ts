import type { PersonAvatar } from '../../../src/shared/api/people';
import { createAvatarStore } from './avatar-store';

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('the avatars a surface shows', () => {
  const setup = (answer: (ids: string[]) => Promise<PersonAvatar[]>) => {
    const asked: string[][] = [];
    const runs: (() => void)[] = [];
    const store = createAvatarStore(
      (ids) => {
        asked.push(ids);
        return answer(ids);
      },
      (run) => runs.push(run),
    );
    return { store, asked, flush: () => runs.splice(0).forEach((r) => r()) };
  };

  it('asks for everyone drawn in one render in one call, each person once', async () => {
    const { store, asked, flush } = setup(async (ids) => ids.map((accountId) => ({ accountId, avatarUrl: `https://a.example/${accountId}.png` })));
    expect([store.avatarOf('a'), store.avatarOf('b'), store.avatarOf('a')]).toEqual([undefined, undefined, undefined]);
    flush();
    await tick();
    expect(asked).toEqual([['a', 'b']]);
    expect(store.avatarOf('a')).toBe('https://a.example/a.png');
    store.avatarOf('b');
    flush();
    expect(asked).toHaveLength(1);
  });

  it('does not ask again for someone drawn again while their call is under way', async () => {
    let answer: (found: PersonAvatar[]) => void = () => undefined;
    const { store, asked, flush } = setup(() => new Promise((resolve) => (answer = resolve)));
    store.avatarOf('a');
    flush();
    expect([store.avatarOf('a'), store.avatarOf('a')]).toEqual([undefined, undefined]);
    flush();
    answer([]);
    await tick();
    expect(store.avatarOf('a')).toBeNull();
    flush();
    expect(asked).toEqual([['a']]);
  });

  it('keeps the initials of someone Jira gave no picture, and of everyone when the call fails', async () => {
    const { store, flush } = setup(async () => [{ accountId: 'a', avatarUrl: 'https://a.example/a.png' }]);
    store.avatarOf('a');
    store.avatarOf('z');
    flush();
    await tick();
    expect([store.avatarOf('a'), store.avatarOf('z')]).toEqual(['https://a.example/a.png', null]);
    const failing = setup(() => Promise.reject(new Error('down')));
    failing.store.avatarOf('a');
    failing.flush();
    await tick();
    expect(failing.store.avatarOf('a')).toBeNull();
  });

  it('asks at most 100 people a call', async () => {
    const { store, asked, flush } = setup(async () => []);
    for (let i = 0; i < 150; i++) store.avatarOf(`p${i}`);
    flush();
    await tick();
    expect(asked.map((b) => b.length)).toEqual([100, 50]);
  });

  it('falls back to the initials when a picture does not load, and tells who listens', async () => {
    const { store, flush } = setup(async () => [{ accountId: 'a', avatarUrl: 'https://a.example/a.png' }]);
    const heard = jest.fn();
    store.subscribe(heard);
    store.avatarOf('a');
    flush();
    await tick();
    store.broken('a');
    expect(store.avatarOf('a')).toBeNull();
    expect(heard).toHaveBeenCalledTimes(2);
  });
});
