// Ports of export and import: every store of app data read and written as records, the staging area an uploaded
// file waits in, and the epic tags written back to Jira.
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

/** What a checked file is to become; kept beside its chunks until the import is applied. */
export interface ImportPlan {
  importId: string;
  chunks: number;
  records: number;
  replace: boolean;
  byAccountId: string;
}

export interface ImportStaging {
  putChunks(importId: string, from: number, chunks: readonly string[]): Promise<void>;
  /** The chunks joined, or null when one of them is missing. */
  text(importId: string, chunks: number): Promise<string | null>;
  putPlan(plan: ImportPlan): Promise<void>;
  plan(importId: string): Promise<ImportPlan | null>;
  drop(importId: string, chunks: number): Promise<void>;
}

/** How an epic's tag reached Jira: as the importing admin, as the app where Jira refused the admin, or not at all. */
export type TagWrite = 'user' | 'app' | 'missing';

export interface EpicTagWriter {
  put(issueId: string, tag: unknown): Promise<TagWrite>;
  remove(issueId: string): Promise<TagWrite>;
}
