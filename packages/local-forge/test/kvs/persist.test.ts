// Persistence and data management: persistFile survives a "restart", snapshot/load/clear.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { apiError, kvs, useEmulator } from './harness';
import { createKvsEmulator, type EntityDeclaration } from '../../src/kvs/emulator';

const ENTITIES: EntityDeclaration[] = [{ name: 'note', attributes: { text: { type: 'string' } }, indexes: ['text'] }];

describe('KVS emulator: persistence', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kvs-emu-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('keeps plain keys, secrets and entities across a restart on the same persistFile', async () => {
    const file = path.join(dir, 'nested', 'kvs.json');
    useEmulator({ persistFile: file, entities: ENTITIES });
    await kvs.set('goal:1', { title: 'Grow' });
    await kvs.setSecret('token', 'abc');
    await kvs.entity<{ text: string }>('note').set('n1', { text: 'hello' });
    await kvs.set('gone', 1);
    await kvs.delete('gone');

    // A new emulator on the same file: as if the dev server restarted right after the last write resolved.
    useEmulator({ persistFile: file, entities: ENTITIES });
    expect(await kvs.get('goal:1')).toEqual({ title: 'Grow' });
    expect(await kvs.getSecret('token')).toBe('abc');
    expect(await kvs.entity<{ text: string }>('note').get('n1')).toEqual({ text: 'hello' });
    expect(await kvs.get('gone')).toBeUndefined();
  });

  it('writes atomically: the file is complete JSON after each write and no temp files remain', async () => {
    const file = path.join(dir, 'kvs.json');
    useEmulator({ persistFile: file });
    for (let i = 0; i < 5; i++) {
      await kvs.set(`k${i}`, i);
      const onDisk = JSON.parse(fs.readFileSync(file, 'utf8')) as { keys: Record<string, { value: number }> };
      expect(onDisk.keys[`k${i}`]?.value).toBe(i);
    }
    expect(fs.readdirSync(dir)).toEqual(['kvs.json']);
  });

  it('does not rewrite the file for reads or refused writes', async () => {
    const file = path.join(dir, 'kvs.json');
    useEmulator({ persistFile: file });
    await kvs.set('a', 1);
    const before = fs.statSync(file).mtimeMs;
    fs.utimesSync(file, new Date(0), new Date(0));
    await kvs.get('a');
    await apiError(kvs.set('a', 2, { keyPolicy: 'FAIL_IF_EXISTS' }));
    expect(fs.statSync(file).mtimeMs).toBe(0);
    expect(before).toBeGreaterThan(0);
  });

  it('refuses to start on a corrupt persist file instead of silently dropping data', () => {
    const file = path.join(dir, 'kvs.json');
    fs.writeFileSync(file, '{not json');
    expect(() => createKvsEmulator({ persistFile: file })).toThrow(/cannot parse persist file/);
  });
});

describe('KVS emulator: snapshot, load and clear', () => {
  it('snapshot is a JSON-serialisable copy; load replaces all data; clear empties it', async () => {
    const emu = useEmulator({ entities: ENTITIES });
    await kvs.set('a', { n: 1 });
    await kvs.entity<{ text: string }>('note').set('n1', { text: 'x' });
    const snap = emu.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap.keys.a?.value).toEqual({ n: 1 });
    expect(snap.entities.note?.n1?.value).toEqual({ text: 'x' });

    await kvs.set('a', { n: 2 });
    await kvs.set('b', 'later');
    emu.load(snap);
    expect(await kvs.get('a')).toEqual({ n: 1 });
    expect(await kvs.get('b')).toBeUndefined();

    emu.clear();
    expect(await kvs.get('a')).toBeUndefined();
    expect(await kvs.entity('note').get('n1')).toBeUndefined();
    expect(emu.snapshot()).toEqual({ version: 1, keys: {}, secrets: {}, entities: {} });
  });

  it('snapshot copies are independent of later writes', async () => {
    const emu = useEmulator();
    await kvs.set('a', [1]);
    const snap = emu.snapshot();
    await kvs.set('a', [1, 2]);
    expect(snap.keys.a?.value).toEqual([1]);
  });
});
