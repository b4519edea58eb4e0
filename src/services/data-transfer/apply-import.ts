// Use case: apply a checked import in steps the browser drives, each bounded in work: verify that every part is the
// text checked, clear what is stored (a replacing import), write the file's records span by span as they are, then
// write each epic's tag back to Jira. No step holds more of the file than one span. The epic-tag mirror, the roll-ups
// and the properties end as the file has them; an epic Jira no longer has is counted.
import { textHash } from '../../domain/data-transfer/text-hash';
import { ImportStep, type ImportProgress, type TagCounts } from '../../shared/api/data-transfer';
import { AppFailure } from '../../shared/errors';
import type { ExportRecord } from '../../shared/model/data-transfer';
import type { ImportCheckState, ImportSegment, TagWrite } from '../ports/data-transfer';
import type { ImportDeps } from './check-import';
import { requireJiraAdmin } from './export-data';
import { notWhole, readSpan, refuse } from './staged-file';

/** Work per step: parts verified, items deleted (40 storage calls of 25), or epic tags written to Jira (5 at a time). */
export const VERIFY_PER_STEP = 200;
export const CLEAR_PER_STEP = 1_000;
export const TAGS_PER_STEP = 50;
/** Spans a tag step reads at most to gather its tags. */
const TAG_SPANS_PER_STEP = 4;
const TAG_CONCURRENCY = 5;

type Step = ImportStep;

const FIRST: Step = { p: 'verify', i: 0, t: { asYou: 0, asApp: 0, missing: 0, removed: 0 } };

const decode = (raw: string | null): Step => {
  if (raw === null) return FIRST;
  try {
    return ImportStep.parse(JSON.parse(raw));
  } catch {
    throw new AppFailure('VALIDATION', 'The import was interrupted; check the file again', [{ path: 'cursor', message: 'not a step of this import' }]);
  }
};

const count = (t: TagCounts, how: TagWrite, removing: boolean): TagCounts => {
  if (how === 'missing') return { ...t, missing: t.missing + 1 };
  if (removing) return { ...t, removed: t.removed + 1 };
  return how === 'user' ? { ...t, asYou: t.asYou + 1 } : { ...t, asApp: t.asApp + 1 };
};

const inTurns = async <T, R>(xs: readonly T[], n: number, run: (x: T) => Promise<R>): Promise<R[]> => {
  const out: R[] = [];
  for (let i = 0; i < xs.length; i += n) out.push(...(await Promise.all(xs.slice(i, i + n).map(run))));
  return out;
};

const tagOf = (r: ExportRecord): unknown => (r.value as { record: { tag: unknown } }).record.tag;

const changed = (n: number): never =>
  refuse('The uploaded file changed since it was checked; start the import again', [{ path: 'chunks', message: `part ${n + 1} is not the one checked` }]);

/** The records of one span of the checked file, its parts compared with their fingerprints as they are read. */
const spanRecords = async (deps: ImportDeps, plan: ImportCheckState, seg: ImportSegment): Promise<ExportRecord[]> => {
  const reader = {
    staging: deps.staging,
    importId: plan.importId,
    chunks: plan.chunks,
    onPart: (n: number, text: string) => {
      if (textHash(text) !== plan.hashes[n]) changed(n);
    },
  };
  const span = await readSpan(reader, seg, { maxRecords: seg.n, exact: true });
  // Checked record by record before the first step; the fingerprints say this is that text.
  return span.events.flatMap((e) => (e.kind === 'record' ? [JSON.parse(e.text) as ExportRecord] : []));
};

/** The file's epic-tag ids, from the ledger the check kept. */
const fileEpicTags = async (deps: ImportDeps, plan: ImportCheckState): Promise<Set<string>> =>
  new Set((await deps.staging.pieces(plan.importId, plan.pieces)).flatMap((p) => p.k['epic-tag'] ?? []));

export const applyImport = async (deps: ImportDeps, importId: string, cursor: string | null): Promise<ImportProgress> => {
  await requireJiraAdmin(deps, 'import data into Throughline');
  const plan = await deps.staging.state(importId);
  if (!plan?.approved)
    throw new AppFailure('VALIDATION', 'Check the file before importing it', [{ path: 'importId', message: 'no checked file under this id' }]);
  const step = decode(cursor);
  const progress = (s: Step, written: number): ImportProgress => ({
    phase: s.p,
    written,
    records: plan.records,
    tags: s.t,
    next: s.p === 'done' ? null : JSON.stringify(s),
  });
  const writtenBefore = (i: number): number => plan.segments.slice(0, i).reduce((n, s) => n + s.n, 0);
  if (step.p === 'done') return progress(step, plan.records);

  if (step.p === 'verify') {
    // Before anything is deleted: every part is still the text checked.
    const end = Math.min(plan.chunks, step.i + VERIFY_PER_STEP);
    for (let n = step.i; n < end; n += 25) {
      const parts = await deps.staging.chunks(importId, n, Math.min(25, end - n));
      parts.forEach((text, k) => {
        if (text === null) notWhole();
        else if (textHash(text) !== plan.hashes[n + k]) changed(n + k);
      });
    }
    return progress(end >= plan.chunks ? { p: 'clear', i: 0, t: step.t } : { ...step, i: end }, 0);
  }

  if (step.p === 'clear') {
    const cleared = await deps.store.clear(CLEAR_PER_STEP);
    // Epics tagged here but not in the file lose their tag in Jira too, or the reconcile would mirror them back.
    const keep = cleared.epicTags.length > 0 ? await fileEpicTags(deps, plan) : new Set<string>();
    const gone = cleared.epicTags.filter((id) => !keep.has(id));
    const results = await inTurns(gone, TAG_CONCURRENCY, (id) => deps.tags.remove(id));
    const t = results.reduce((acc, how) => count(acc, how, true), step.t);
    return progress(cleared.done ? { p: 'write', i: 0, t } : { ...step, t }, 0);
  }

  if (step.p === 'write') {
    const seg = plan.segments[step.i];
    if (seg) await deps.store.write(await spanRecords(deps, plan, seg));
    const i = step.i + 1;
    return progress(i >= plan.segments.length ? { p: 'tags', i: 0, t: step.t } : { ...step, i }, writtenBefore(i));
  }

  // Tags: from span i's jth epic tag, up to TAGS_PER_STEP of them, reading only spans that hold some.
  let { i, j = 0 } = step;
  const batch: ExportRecord[] = [];
  for (let read = 0; i < plan.segments.length && batch.length < TAGS_PER_STEP && read < TAG_SPANS_PER_STEP;) {
    const seg = plan.segments[i]!;
    if (j >= seg.t) {
      i++;
      j = 0;
      continue;
    }
    const tags = (await spanRecords(deps, plan, seg)).filter((r) => r.store === 'epic-tag');
    read++;
    const taken = tags.slice(j, j + TAGS_PER_STEP - batch.length);
    batch.push(...taken);
    j = taken.length === 0 ? seg.t : j + taken.length;
  }
  const results = await inTurns(batch, TAG_CONCURRENCY, (r) => deps.tags.put(r.key, tagOf(r)));
  const t = results.reduce((acc, how) => count(acc, how, false), step.t);
  if (i < plan.segments.length) return progress({ p: 'tags', i, j, t }, plan.records);
  await deps.staging.drop(importId, plan.chunks, plan.pieces);
  return progress({ p: 'done', i: 0, t }, plan.records);
};
