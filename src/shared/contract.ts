// One typed description per resolver call: its key, its payload schema and its result schema.
// The backend parses payloads with it; the UI's invoke client types and checks results with it.
import { z } from 'zod';

export interface CallSpec<P extends z.ZodType, R extends z.ZodType> {
  readonly key: string;
  readonly payload: P;
  readonly result: R;
}

export const defineCall = <P extends z.ZodType, R extends z.ZodType>(key: string, payload: P, result: R): CallSpec<P, R> => ({
  key,
  payload,
  result,
});

/** Payload of a call that takes no arguments: any extra field is refused. */
export const NoPayload = z.object({}).strict();
