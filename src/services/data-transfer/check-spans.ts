// One invocation's share of an import's check: a few spans of the staged file, each record checked against its
// store's schema and key and entered in the ledger of ids (duplicates, and references answered so far); at the file's
// end, its head and the references still open. Refuses with VALIDATION as soon as a problem is sure; otherwise it
// advances `state` and saves the ids it saw as new ledger pieces (the caller saves the state after them).
import { goalGraphIssues, type GoalFact } from '../../domain/data-transfer/goal-graph';
import { emptyLedger, enterRecord, missingRefIssues, refId, type Ledger, type PendingRef } from '../../domain/data-transfer/integrity';
import { textHash } from '../../domain/data-transfer/text-hash';
import { unstorableIssues } from '../../domain/data-transfer/well-formed';
import { CANNOT_ENCODE } from '../../shared/model/common';
import type { ValidationIssue } from '../../shared/errors';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportRecord } from '../../shared/model/data-transfer';
import type { ImportCheckState, LedgerPiece } from '../ports/data-transfer';
import type { ImportDeps } from './check-import';
import { readSpan, refuse } from './staged-file';

/** Records per span: what one apply step writes (40 storage calls of 25). */
export const SPAN_RECORDS = 1_000;
/** Spans one check invocation reads: about 2 MB of the file. */
export const CHECK_SPANS_PER_STEP = 4;
/** Characters of one ledger piece at most (192 KB in UTF-8, under the 240 KiB a value may hold). */
const PIECE_CHARS = 60_000;
const MAX_ISSUES = 20;

const notExport = (path: string, message: string): never => refuse('This is not a Throughline export', [{ path, message }]);

/** A head already read that is wrong refuses the file at once; `true` once format and version are both right. */
const headIsRight = (s: ImportCheckState): boolean => {
  const { names, format, version } = s.head;
  if (names.includes('format') && format !== EXPORT_FORMAT) notExport('format', `expected "${EXPORT_FORMAT}"`);
  if (names.includes('version')) {
    if (typeof version !== 'number' || !Number.isInteger(version)) notExport('version', 'expected a whole number');
    if (version !== EXPORT_VERSION) {
      refuse(`This file is of export version ${String(version)}; this Throughline reads version ${EXPORT_VERSION}`, [
        { path: 'version', message: `expected ${EXPORT_VERSION}` },
      ]);
    }
  }
  return names.includes('format') && names.includes('version');
};

/** New ledger entries, cut into pieces small enough to store. */
class PieceWriter {
  readonly pieces: LedgerPiece[] = [];
  private size = PIECE_CHARS;
  private current(extra: number): LedgerPiece {
    if (this.size + extra > PIECE_CHARS) {
      this.pieces.push({ k: {}, p: {}, r: [] });
      this.size = 20;
    }
    this.size += extra;
    return this.pieces[this.pieces.length - 1]!;
  }
  private add(part: 'k' | 'p', store: string, key: string): void {
    const piece = this.current(JSON.stringify(key).length + store.length + 8);
    (piece[part][store] ??= []).push(key);
  }
  id(store: string, key: string): void {
    this.add('k', store, key);
  }
  provided(store: string, key: string): void {
    this.add('p', store, key);
  }
  pending(r: PendingRef): void {
    const entry: LedgerPiece['r'][number] = [r.store, r.key, r.index, r.from.store, r.from.key];
    this.current(JSON.stringify(entry).length + 1).r.push(entry);
  }
  goal(g: GoalFact): void {
    const entry: NonNullable<LedgerPiece['g']>[number] = [g.side, g.id, g.print, g.parentId, g.level, g.index];
    (this.current(JSON.stringify(entry).length + 1).g ??= []).push(entry);
  }
}

const loadLedger = async (deps: ImportDeps, s: ImportCheckState): Promise<{ ledger: Ledger; pending: PendingRef[]; goals: GoalFact[] }> => {
  const ledger = emptyLedger();
  const pending: PendingRef[] = [];
  const goals: GoalFact[] = [];
  if (s.pieces === 0) return { ledger, pending, goals };
  for (const piece of await deps.staging.pieces(s.importId, s.pieces)) {
    for (const [store, keys] of Object.entries(piece.k)) for (const key of keys) ledger.seen.add(refId({ store, key }));
    for (const [store, keys] of Object.entries(piece.p)) for (const key of keys) ledger.provided.add(refId({ store, key }));
    for (const [store, key, index, fromStore, fromKey] of piece.r) pending.push({ store, key, index, from: { store: fromStore, key: fromKey } });
    for (const [side, id, print, parentId, level, index] of piece.g ?? []) goals.push({ side, id, print, parentId, level, index });
  }
  return { ledger, pending, goals };
};

export const checkSpans = async (deps: ImportDeps, s: ImportCheckState): Promise<void> => {
  const { ledger, pending, goals } = await loadLedger(deps, s);
  const out = new PieceWriter();
  const issues: ValidationIssue[] = [...s.issues];
  const reader = {
    staging: deps.staging,
    importId: s.importId,
    chunks: s.chunks,
    onPart: (n: number, text: string) => {
      const h = textHash(text);
      // A part read again (a span starts where the last stopped) must be the text read before.
      if (s.hashes[n] !== undefined && s.hashes[n] !== h) {
        refuse('The uploaded file changed while it was checked; start the import again', [
          { path: 'chunks', message: `part ${n + 1} is not the one read before` },
        ]);
      }
      s.hashes[n] = h;
    },
  };

  const checkRecord = (text: string, index: number): boolean => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return refuse('This is not a Throughline export: the file is not JSON', [{ path: `records.${index}`, message: 'not JSON' }]);
    }
    const envelope = ExportRecord.safeParse(json);
    if (!envelope.success) {
      issues.push(...envelope.error.issues.map((i) => ({ path: ['records', index, ...i.path].map(String).join('.'), message: i.message })));
      return false;
    }
    const r = envelope.data;
    const unstorable = unstorableIssues(r.value, `records.${index}.value`, MAX_ISSUES, CANNOT_ENCODE);
    if (unstorable.length > 0) {
      issues.push(...unstorable);
      return false;
    }
    const checked = deps.store.check(r, index);
    if (checked.issues.length > 0) {
      issues.push(...checked.issues);
      return false;
    }
    const entered = enterRecord(ledger, checked.facts);
    issues.push(...entered.issues);
    out.id(r.store, r.key);
    for (const p of checked.facts.provides) out.provided(p.store, p.key);
    for (const p of entered.pending) {
      pending.push(p);
      out.pending(p);
    }
    for (const g of checked.facts.goals ?? []) {
      goals.push(g);
      out.goal(g);
    }
    s.byStore[r.store] = (s.byStore[r.store] ?? 0) + 1;
    return r.store === 'epic-tag';
  };

  for (let spans = 0; spans < CHECK_SPANS_PER_STEP && !s.checked; spans++) {
    const from = s.at;
    const span = await readSpan(reader, from, { maxRecords: SPAN_RECORDS, exact: false });
    let records = 0;
    let tags = 0;
    for (const e of span.events) {
      if (e.kind === 'record') {
        if (checkRecord(e.text, s.records)) tags++;
        s.records++;
        records++;
        continue;
      }
      const name = e.kind === 'records' ? 'records' : e.name;
      if (s.head.names.includes(name)) notExport(name, 'appears twice');
      s.head.names.push(name);
      if (e.kind === 'records') continue;
      if (name === 'format') s.head.format = e.value;
      else if (name === 'version') s.head.version = e.value;
      else if (name === 'records') issues.push({ path: 'records', message: 'Expected array' });
      else issues.push({ path: '', message: `Unrecognized key(s) in object: '${name}'` });
    }
    if (records > 0) s.segments.push({ ...from, n: records, t: tags });
    s.at = span.to;
    s.checked = span.end;
    // With a right head, the first problem refuses the file; before the head is read (it may follow the records),
    // up to twenty are kept for the end, where a wrong head is said first.
    const right = headIsRight(s);
    if (s.checked) {
      if (!s.head.names.includes('format')) notExport('format', `expected "${EXPORT_FORMAT}"`);
      if (!s.head.names.includes('version')) notExport('version', 'Required');
      if (!s.head.names.includes('records')) refuse('The file is not a whole Throughline export', [{ path: 'records', message: 'Required' }]);
    }
    if ((right || s.checked) && issues.length > 0) refuse('The file does not hold valid Throughline data; nothing was imported', issues);
    s.issues = issues.slice(0, MAX_ISSUES);
  }

  if (s.checked) {
    const missing = missingRefIssues(ledger, pending);
    if (missing.length > 0) refuse('The file does not hold valid Throughline data; nothing was imported', missing);
    const graph = goalGraphIssues(goals);
    if (graph.length > 0) refuse('The file’s goals do not hold together; nothing was imported', graph);
  }
  await deps.staging.putPieces(s.importId, s.pieces, out.pieces);
  s.pieces += out.pieces.length;
};
