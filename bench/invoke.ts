// One resolver invocation as the bench makes it (its answer recorded for the largest-answer figure), and the words
// for a page of tree rows: shared by the scenario files.
import type { LocalForge } from '@throughline/local-forge';
import { responses } from './harness';

export const invoke = async (forge: LocalForge, accountId: string, moduleKey: string, functionKey: string, payload: unknown, extension = {}) => {
  const out = (await forge.invoke({ moduleKey, functionKey, payload, extension, accountId })) as {
    ok: boolean;
    data?: unknown;
    error?: { code: string; message?: string };
  };
  responses.record(out);
  if (!out.ok) throw new Error(`${functionKey} failed: ${out.error?.code ?? 'unknown'} ${out.error?.message ?? ''}`);
  return out.data;
};

export interface Rows {
  rows: { node: { kind: string } }[];
  truncated: boolean;
}

/** "412 rows (3 goals, 40 projects, 369 epics)", and whether the row cap cut it. */
export const describeRows = ({ rows, truncated }: Rows): string => {
  const by = (k: string) => rows.filter((r) => r.node.kind === k).length;
  return `${rows.length} rows (${by('goal')} goals, ${by('project')} projects, ${by('epic')} epics)${truncated ? ', truncated' : ''}`;
};
