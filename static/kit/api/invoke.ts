// The UI's typed invoke client: one function per call spec of src/shared, the answer checked against its schema.
import { invoke } from '@forge/bridge';
import type { z } from 'zod';
import type { CallSpec } from '../../../src/shared/contract';
import { envelopeOf, type Envelope } from '../../../src/shared/envelope';
import { CallFailed } from './call-failed';

export { CallFailed };

/** Calls the resolver; resolves with the data or rejects with CallFailed carrying the coded error. */
export const call = async <P extends z.ZodType, R extends z.ZodType>(spec: CallSpec<P, R>, payload: z.input<P>): Promise<z.infer<R>> => {
  let raw: unknown;
  try {
    raw = await invoke(spec.key, payload as Record<string, unknown>);
  } catch (e) {
    throw new CallFailed({ code: 'INTERNAL', message: e instanceof Error ? e.message : 'The app could not be reached' });
  }
  const parsed = envelopeOf(spec.result).safeParse(raw);
  if (!parsed.success) throw new CallFailed({ code: 'INTERNAL', message: 'The app answered in an unexpected shape' });
  const envelope = parsed.data as Envelope<z.infer<R>>;
  if (!envelope.ok) throw new CallFailed(envelope.error);
  return envelope.data;
};
