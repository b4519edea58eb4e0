// Node's fetch after a server on the same port was replaced: the kept connections are dropped, so a request goes to
// the new server instead of failing on a connection the old one closed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dropKeptConnections, freshConnections } from './fresh-connections';

const listen = (port: number, answer: string): Promise<Server> =>
  new Promise((resolve) => {
    const server = createServer((_req, res) => res.end(answer));
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
const close = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
const three = (port: number) => Promise.all([1, 2, 3].map(async () => (await fetch(`http://127.0.0.1:${port}/`)).text()));

describe('kept connections of Node’s fetch', () => {
  it('are dropped between two servers on one port, so the second answers every request', async () => {
    for (let round = 0; round < 5; round++) {
      const first = await listen(0, 'first');
      const { port } = first.address() as AddressInfo;
      expect(await three(port)).toEqual(['first', 'first', 'first']);
      await close(first);
      await new Promise((resolve) => setImmediate(resolve));
      expect(freshConnections()).toBe(true);
      const second = await listen(port, 'second');
      try {
        expect(await three(port)).toEqual(['second', 'second', 'second']);
      } finally {
        await close(second);
      }
    }
  });

  it('replace the pool with a new one of its kind and close the old', () => {
    const closed: string[] = [];
    class Pool {
      constructor(readonly name = 'new') {}
      close() {
        closed.push(this.name);
        return Promise.resolve();
      }
    }
    const slot = Symbol.for('undici.globalDispatcher.1');
    const realm: Record<symbol, unknown> = { [slot]: new Pool('old') };
    expect(dropKeptConnections(realm)).toBe(true);
    expect(realm[slot]).toBeInstanceOf(Pool);
    expect((realm[slot] as Pool).name).toBe('new');
    expect(closed).toEqual(['old']);
  });

  it('are left alone where fetch keeps none, or the environment offers no way to drop them', () => {
    expect(dropKeptConnections({})).toBe(false);
    expect(freshConnections({})).toBe(false);
  });
});
