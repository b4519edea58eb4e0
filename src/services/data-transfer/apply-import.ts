// Use case: apply a checked import in steps the browser drives, each bounded in work: clear what is stored (a
// replacing import), write the file's records as they are, then write each epic's tag back to Jira. The epic-tag
// mirror, the roll-ups and the properties end as the file has them; an epic Jira no longer has is counted.
import { ImportStep, type ImportProgress, type TagCounts } from '../../shared/api/data-transfer';
import { AppFailure } from '../../shared/errors';
import type { ExportRecord } from '../../shared/model/data-transfer';
import type { TagWrite } from '../ports/data-transfer';
import { readStagedFile, type ImportDeps } from './check-import';
import { requireJiraAdmin } from './export-data';

/** Work per step: items deleted or written (40 storage calls of 25), or epic tags written to Jira (5 at a time). */
export const CLEAR_PER_STEP = 1_000;
export const WRITE_PER_STEP = 1_000;
export const TAGS_PER_STEP = 50;
const TAG_CONCURRENCY = 5;

type Step = ImportStep;

const FIRST: Step = { p: 'clear', i: 0, t: { asYou: 0, asApp: 0, missing: 0, removed: 0 } };

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

const epicTags = (records: readonly ExportRecord[]): ExportRecord[] => records.filter((r) => r.store === 'epic-tag');
const tagOf = (r: ExportRecord): unknown => (r.value as { record: { tag: unknown } }).record.tag;

export const applyImport = async (deps: ImportDeps, importId: string, cursor: string | null): Promise<ImportProgress> => {
  await requireJiraAdmin(deps, 'import data into Throughline');
  const plan = await deps.staging.plan(importId);
  if (!plan) throw new AppFailure('VALIDATION', 'Check the file before importing it', [{ path: 'importId', message: 'no checked file under this id' }]);
  const step = decode(cursor);
  const progress = (s: Step, written: number): ImportProgress => ({
    phase: s.p,
    written,
    records: plan.records,
    tags: s.t,
    next: s.p === 'done' ? null : JSON.stringify(s),
  });
  if (step.p === 'done') return progress(step, plan.records);
  // Read again at every step (a step is its own invocation); its records were checked one by one before the first,
  // and no part may be added to a checked file, so a step only parses it.
  const file = await readStagedFile(deps, importId, plan.chunks);

  if (step.p === 'clear') {
    const cleared = await deps.store.clear(CLEAR_PER_STEP);
    // Epics tagged here but not in the file lose their tag in Jira too, or the reconcile would mirror them back.
    const keep = new Set(epicTags(file.records).map((r) => r.key));
    const gone = cleared.epicTags.filter((id) => !keep.has(id));
    const results = await inTurns(gone, TAG_CONCURRENCY, (id) => deps.tags.remove(id));
    const t = results.reduce((acc, how) => count(acc, how, true), step.t);
    return progress(cleared.done ? { p: 'write', i: 0, t } : { ...step, t }, 0);
  }

  if (step.p === 'write') {
    const end = Math.min(file.records.length, step.i + WRITE_PER_STEP);
    await deps.store.write(file.records.slice(step.i, end));
    return progress(end >= file.records.length ? { p: 'tags', i: 0, t: step.t } : { ...step, i: end }, end);
  }

  const tags = epicTags(file.records);
  const end = Math.min(tags.length, step.i + TAGS_PER_STEP);
  const results = await inTurns(tags.slice(step.i, end), TAG_CONCURRENCY, (r) => deps.tags.put(r.key, tagOf(r)));
  const t = results.reduce((acc, how) => count(acc, how, false), step.t);
  if (end < tags.length) return progress({ p: 'tags', i: end, t }, plan.records);
  await deps.staging.drop(importId, plan.chunks);
  return progress({ p: 'done', i: 0, t }, plan.records);
};
