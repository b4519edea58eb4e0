// The one shape of every resolver function: parse the payload with its schema, require a principal, run the
// use case, answer with an envelope. Expected failures keep their code; anything else becomes INTERNAL.
import type { z } from 'zod';
import type { CallSpec } from '../shared/contract';
import { fail, ok, type Envelope } from '../shared/envelope';
import { isAppFailure, type AppFailure } from '../shared/errors';

/** What the platform guarantees about a call; `extension` is the browser's claim and must be verified. */
export interface CallContext {
  accountId: string;
  extension: Record<string, unknown>;
}

interface ResolverRequest {
  payload: unknown;
  context: { accountId?: string; extension?: unknown };
}

export type ResolverFunction = (req: ResolverRequest) => Promise<Envelope<unknown>>;

const issuesOf = (error: z.ZodError) => error.issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));

/** Turns a failure of the platform (storage, say) into the coded failure it means; undefined when it means nothing. */
export type FailureClassifier = (e: unknown) => AppFailure | undefined;

/** The edge, with the composition root's reading of platform failures (src/wiring/define.ts). */
export const makeDefineHandler =
  (classify: FailureClassifier) =>
  <P extends z.ZodType, R extends z.ZodType>(spec: CallSpec<P, R>, run: (payload: z.infer<P>, ctx: CallContext) => Promise<z.infer<R>>): ResolverFunction =>
  async ({ payload, context }) => {
    const accountId = context.accountId;
    if (!accountId) return fail({ code: 'UNAUTHENTICATED', message: 'Sign in to Atlassian to use Throughline' });
    const parsed = spec.payload.safeParse(payload ?? {});
    if (!parsed.success) return fail({ code: 'VALIDATION', message: 'The request was not valid', details: issuesOf(parsed.error) });
    const extension = typeof context.extension === 'object' && context.extension !== null ? (context.extension as Record<string, unknown>) : {};
    try {
      return ok(await run(parsed.data, { accountId, extension }));
    } catch (thrown) {
      const e = isAppFailure(thrown) ? thrown : classify(thrown);
      if (e) return fail({ code: e.code, message: e.message, ...(e.details === undefined ? {} : { details: e.details }) });
      console.error(`[throughline] ${spec.key} failed`, thrown);
      return fail({ code: 'INTERNAL', message: 'Something went wrong on our side; it has been logged' });
    }
  };

/** The edge that knows no platform failure (tests of the edge itself). */
export const defineHandler = makeDefineHandler(() => undefined);
