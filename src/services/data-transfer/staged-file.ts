// The staged import file read a span at a time, from a place the check or the apply stopped at: only the parts the
// span covers are held, never the whole file. Each part is handed to `onPart` as it is read (to fingerprint it).
import { scanFile, type ScanEvent } from '../../domain/data-transfer/file-scan';
import { AppFailure, type ValidationIssue } from '../../shared/errors';
import { IMPORT_CHUNK_CHARS } from '../../shared/model/data-transfer';
import type { ImportPlace, ImportStaging } from '../ports/data-transfer';

/** Characters a span reads before it stops at the next place it can (a record may carry it a little further). */
export const SPAN_CHARS = 512_000;
const FIRST_READ = Math.ceil(SPAN_CHARS / IMPORT_CHUNK_CHARS);

export const refuse = (message: string, details: ValidationIssue[]): never => {
  throw new AppFailure('VALIDATION', message, details.slice(0, 20));
};

export const notWhole = (): never =>
  refuse('The uploaded file is not all there (a part did not arrive, or the upload is more than three days old); upload it again', [
    { path: 'chunks', message: 'a part of the upload is missing' },
  ]);

const scanRefusal = (kind: 'syntax' | 'shape' | 'long'): never => {
  if (kind === 'shape') refuse('This is not a Throughline export', [{ path: 'format', message: 'expected "throughline-export"' }]);
  if (kind === 'long')
    refuse('The file does not hold valid Throughline data; nothing was imported', [
      { path: 'records', message: 'a record longer than any Throughline stores' },
    ]);
  return refuse('This is not a Throughline export: the file is not JSON', [{ path: '', message: 'not JSON' }]);
};

export interface Span {
  events: ScanEvent[];
  to: ImportPlace;
  /** The file is read to its end. */
  end: boolean;
}

export interface SpanReader {
  staging: ImportStaging;
  importId: string;
  /** Parts of the file. */
  chunks: number;
  onPart(n: number, text: string): void;
}

/**
 * Reads from `from` to about SPAN_CHARS further, or (`exact`) until `maxRecords` records are read, and stops after
 * at most `maxRecords` records. A file that is not JSON, not an export's object, or holds a record too long is refused.
 */
export const readSpan = async (r: SpanReader, from: ImportPlace, o: { maxRecords: number; exact: boolean }): Promise<Span> => {
  let text = '';
  /** Where each part after the first starts in `text`. */
  const starts: number[] = [];
  let next = from.c;
  const load = async (count: number): Promise<void> => {
    const got = await r.staging.chunks(r.importId, next, count);
    for (const part of got) {
      if (part === null) notWhole();
      r.onPart(next, part!);
      if (next === from.c) text = part!.slice(from.o);
      else {
        starts.push(text.length);
        text += part!;
      }
      next++;
    }
  };
  await load(Math.min(FIRST_READ, r.chunks - next));

  let pos = 0;
  let mode = from.m;
  const events: ScanEvent[] = [];
  let records = 0;
  for (;;) {
    const out = scanFile(text, pos, mode, { final: next >= r.chunks, maxRecords: o.maxRecords - records });
    if (!out.ok) return scanRefusal(out.kind);
    for (const e of out.events) if (e.kind === 'record') records++;
    events.push(...out.events);
    pos = out.pos;
    mode = out.mode;
    const more = out.reason === 'more' && next < r.chunks;
    const wanted = o.exact ? records < o.maxRecords : text.length < SPAN_CHARS || pos === 0;
    if (more && wanted) {
      await load(1);
      continue;
    }
    let k = starts.length;
    while (k > 0 && starts[k - 1]! > pos) k--;
    const to = k === 0 ? { c: from.c, o: from.o + pos, m: mode } : { c: from.c + k, o: pos - starts[k - 1]!, m: mode };
    return { events, to, end: out.reason === 'end' };
  }
};
