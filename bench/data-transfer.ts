// Export and import of all app data at the enterprise's size, through the real admin-page resolver and the browser's
// own driver (static/kit/export/data-transfer.ts): export, reset (storage emptied, the epics' tags deleted in Jira),
// import, export again. Each invocation is held to the resolver limits: its answer ≤ 1 MB and its simulated time
// (Jira calls × 100 ms + storage operations × 20 ms) far under 25 s.
import type { LocalForge } from '@throughline/local-forge';
import { EPIC_TAG_PROPERTY } from '../src/shared/epic-tag';
import { applyImport, exportAllData, uploadAndCheck, type DataCaller } from '../static/kit/export/data-transfer';
import { JIRA_MS, responses, STORAGE_MS, type Scenario } from './harness';
import { RESOLVER_LIMIT_MS, RESPONSE_LIMIT_BYTES } from './targets';

const ADMIN = 'throughline-admin';

/** The heaviest single invocation seen: what each must fit in. */
interface Heaviest {
  simulatedMs: number;
  jiraCalls: number;
  storageOps: number;
}

const caller = (forge: LocalForge, accountId: string, heaviest: Heaviest): DataCaller => {
  const run = async <T>(functionKey: string, payload: unknown): Promise<T> => {
    const [jira0, kvs0] = [forge.jira.log.count(), forge.kvs.log.count()];
    const out = (await forge.invoke({ moduleKey: ADMIN, functionKey, payload, accountId })) as {
      ok: boolean;
      data?: unknown;
      error?: { code: string; message: string };
    };
    responses.record(out);
    const jiraCalls = forge.jira.log.count() - jira0;
    const storageOps = forge.kvs.log.count() - kvs0;
    const simulatedMs = jiraCalls * JIRA_MS + storageOps * STORAGE_MS;
    if (simulatedMs > heaviest.simulatedMs) Object.assign(heaviest, { simulatedMs, jiraCalls, storageOps });
    if (!out.ok) throw new Error(`${functionKey} failed: ${out.error?.code} ${out.error?.message}`);
    return out.data as T;
  };
  return {
    exportPage: (p) => run('data/export-page', p),
    stage: (p) => run('data/import-stage', p),
    check: (p) => run('data/import-check', p),
    apply: (p) => run('data/import-apply', p),
  };
};

const mb = (chars: number) => `${(chars / 1024 / 1024).toFixed(2)} MB`;
const fresh = (): Heaviest => ({ simulatedMs: 0, jiraCalls: 0, storageOps: 0 });
const heaviestWords = (h: Heaviest) =>
  `heaviest invocation ${h.jiraCalls} Jira calls + ${h.storageOps} storage ops = ${(h.simulatedMs / 1000).toFixed(1)} s simulated`;
const perInvocation = {
  text: `each invocation ≤ ${RESPONSE_LIMIT_BYTES / 1024 / 1024} MB answered and < ${RESOLVER_LIMIT_MS / 1000} s simulated`,
  met: (f: { responseBytes?: number }) => (f.responseBytes ?? 0) <= RESPONSE_LIMIT_BYTES,
};

export const dataTransferScenarios = (viewer: string): Scenario[] => {
  let first = '';
  let identical = false;
  let heaviest = fresh();
  const invocationOk = () => heaviest.simulatedMs < RESOLVER_LIMIT_MS;
  const tagged = (forge: LocalForge) => forge.jira.state.issues.filter((i) => i.properties[EPIC_TAG_PROPERTY] !== undefined).length;
  return [
    {
      name: 'export all data (data/export-page, every page)',
      target: { text: perInvocation.text, met: (f) => perInvocation.met(f) && invocationOk() },
      setup: () => void (heaviest = fresh()),
      run: async (forge) => {
        const out = await exportAllData(caller(forge, viewer, heaviest));
        first = out.text;
        return {
          note: `${out.records} records, ${mb(out.text.length)} file, ${out.pages} pages, largest page ${Math.ceil(out.largestPage / 1024)} KB; ${heaviestWords(heaviest)}`,
          detail: { records: out.records, fileChars: out.text.length, pages: out.pages, largestPageChars: out.largestPage, heaviest },
        };
      },
    },
    {
      name: 'import into the emptied installation (upload, check, apply in steps)',
      target: { text: perInvocation.text, met: (f) => perInvocation.met(f) && invocationOk() },
      setup: (forge) => {
        heaviest = fresh();
        forge.kvs.clear();
        for (const issue of forge.jira.state.issues) delete issue.properties[EPIC_TAG_PROPERTY];
      },
      run: async (forge) => {
        const calls = caller(forge, viewer, heaviest);
        let uploads = 0;
        let checks = 0;
        const summary = await uploadAndCheck(
          calls,
          first,
          'bench-import',
          false,
          () => uploads++,
          () => checks++,
        );
        let steps = 0;
        const done = await applyImport(calls, 'bench-import', () => steps++);
        return {
          note: `${summary.records} records in ${uploads} uploads, ${checks} check calls and ${steps} apply steps; epic tags ${done.tags.asYou} as the admin, ${done.tags.asApp} as the app (${tagged(forge)} tagged in Jira now); ${heaviestWords(heaviest)}`,
          detail: { records: summary.records, uploads, checks, steps, tags: done.tags, heaviest },
        };
      },
    },
    {
      name: 'export again after the import: byte-identical',
      target: { text: 'identical to the first export', met: () => identical },
      setup: () => void (heaviest = fresh()),
      run: async (forge) => {
        const again = await exportAllData(caller(forge, viewer, heaviest));
        identical = again.text === first;
        return { note: `identical: ${identical ? 'yes' : 'NO'} (${mb(again.text.length)}, ${again.pages} pages)`, detail: { identical } };
      },
    },
  ];
};
