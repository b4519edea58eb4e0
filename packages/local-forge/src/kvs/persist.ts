// Snapshot file persistence: read at start-up, written synchronously and atomically (temp file,
// fsync, rename) after every mutating call, so data survives the process exiting right after a write.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normaliseSnapshot } from './store';
import { type KvsSnapshot } from './types';

/** The snapshot stored in `file`, or undefined when the file does not exist. A corrupt file throws. */
export function readSnapshotFile(file: string): KvsSnapshot | undefined {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  try {
    return normaliseSnapshot(JSON.parse(text));
  } catch (e) {
    throw new Error(`KVS emulator: cannot parse persist file ${file}: ${(e as Error).message}`);
  }
}

/** Writes a snapshot, given as the snapshot or as its JSON text. */
export function writeSnapshotFile(file: string, snapshot: KvsSnapshot | string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  const fd = fs.openSync(tmp, 'w');
  try {
    fs.writeSync(fd, typeof snapshot === 'string' ? snapshot : JSON.stringify(snapshot));
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(tmp, file);
}
