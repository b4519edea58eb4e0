// Every resolver answers with one envelope: {ok: true, data} or {ok: false, error: {code, message}}.
import { z } from 'zod';
import { AppError } from './errors';

export type Envelope<T> = { ok: true; data: T } | { ok: false; error: AppError };

export const envelopeOf = <T extends z.ZodType>(data: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), data }), z.object({ ok: z.literal(false), error: AppError })]);

export const ok = <T>(data: T): Envelope<T> => ({ ok: true, data });
export const fail = (error: AppError): Envelope<never> => ({ ok: false, error });
