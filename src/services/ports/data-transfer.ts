// Ports of export and import: every store of app data read and written as records, the staging area an uploaded
// file waits in, and the epic tags written back to Jira.
import type { ScanMode } from '../../domain/data-transfer/file-scan';
import type { GoalFact } from '../../domain/data-transfer/goal-graph';
import type { RecordFacts } from '../../domain/data-transfer/integrity';
import type { ValidationIssue } from '../../shared/errors';
import type { ExportRecord } from '../../shared/model/data-transfer';

export interface StoredPage {
  records: ExportRecord[];
  /** Where the next page starts; null after the last. */
  next: string | null;
}

export interface DataStore {
  /** About `maxBytes` of records from `cursor` (null: the first store's first item), in the file's order. */
  page(cursor: string | null, maxBytes: number): Promise<StoredPage>;
  /** Whether any store holds anything. */
  hasData(): Promise<boolean>;
  /** One record checked against its store's schema and key, with what it names for the integrity check. */
  check(record: ExportRecord, index: number): { issues: ValidationIssue[]; facts: RecordFacts };
  /** Writes the records exactly as given. */
  write(records: readonly ExportRecord[]): Promise<void>;
  /** Deletes at most `limit` items, store after store: the epics whose mirrored tag went, and whether all is gone. */
  clear(limit: number): Promise<{ deleted: number; epicTags: string[]; done: boolean }>;
}

/** A place in the staged file: a part, a character in it, and what the reader expects there. */
export interface ImportPlace {
  c: number;
  o: number;
  m: ScanMode;
}

/** A span of the file the check read at once: where it starts, its records and how many of them are epic tags. */
export interface ImportSegment extends ImportPlace {
  n: number;
  t: number;
}

/** What the ids of one stretch of the file add to the check's ledger (kept beside the parts, read back whole). */
export interface LedgerPiece {
  /** Record ids by store. */
  k: Record<string, string[]>;
  /** What records offer besides their ids, by store. */
  p: Record<string, string[]>;
  /** References not answered yet where they were made: [store, key, record index, from store, from key]. */
  r: [string, string, number, string, string][];
  /** The goals stated so far (absent in pieces saved before it): [side, id, print, parent id, level, record index]. */
  g?: [GoalFact['side'], string, string, string | null, GoalFact['level'], number][];
}

/**
 * An import's check, kept between its invocations, and once the file is checked whole, its plan: the spans the
 * apply writes one by one, each part's fingerprint, and the admin's answer (`approved` once it may be applied).
 */
export interface ImportCheckState {
  importId: string;
  chunks: number;
  byAccountId: string;
  /** Where the check goes on; at the file's end once `checked`. */
  at: ImportPlace;
  records: number;
  byStore: Record<string, number>;
  /** The file's own members seen so far (format, version, records). */
  head: { names: string[]; format?: unknown; version?: unknown };
  /** Problems met while the head was not known to be right (reported at the end, after the head's). */
  issues: ValidationIssue[];
  /** Each part's fingerprint, by its number, taken when the check read it. */
  hashes: number[];
  segments: ImportSegment[];
  /** Ledger pieces written, numbered from 0. */
  pieces: number;
  checked: boolean;
  approved: boolean;
  replace: boolean;
}

export interface ImportStaging {
  putChunks(importId: string, from: number, chunks: readonly string[]): Promise<void>;
  /** Parts `from` … `from + count - 1`; null for a part that is missing. */
  chunks(importId: string, from: number, count: number): Promise<(string | null)[]>;
  putState(state: ImportCheckState): Promise<void>;
  state(importId: string): Promise<ImportCheckState | null>;
  /** Ledger pieces `from` … in order. */
  putPieces(importId: string, from: number, pieces: readonly LedgerPiece[]): Promise<void>;
  pieces(importId: string, count: number): Promise<LedgerPiece[]>;
  drop(importId: string, chunks: number, pieces: number): Promise<void>;
}

/** How an epic's tag reached Jira: as the importing admin, as the app where Jira refused the admin, or not at all. */
export type TagWrite = 'user' | 'app' | 'missing';

export interface EpicTagWriter {
  put(issueId: string, tag: unknown): Promise<TagWrite>;
  remove(issueId: string): Promise<TagWrite>;
}
