// The Jira REST adapter: runs product calls as the user or as the app, with retries and coded failures.
// Callers get parsed, validated data or an AppFailure; they never see a raw response. Each call site writes
// `r.requestJira(route\`…\`, {method})` literally so that Atlassian's scope linter and our route contract
// test can see every route the app calls.
import api, { type APIResponse, type RequestInit, type Route } from '@forge/api';
import { type z } from 'zod';
import { AppFailure } from '../../shared/errors';
import { defaultRetryPolicy, withRetry, type RetryPolicy } from './retry';

export type As = 'user' | 'app';

export interface JiraRequester {
  requestJira(path: Route, init?: RequestInit): Promise<APIResponse>;
}

/** One REST call, written at its call site against whichever requester (user or app) the client picks. */
export type JiraCall = (r: JiraRequester) => Promise<APIResponse>;

export const forgeRequester = (as: As): JiraRequester => (as === 'user' ? api.asUser() : api.asApp());

const failureFor = async (res: APIResponse): Promise<AppFailure> => {
  const detail = (await res.text().catch(() => '')).slice(0, 300);
  switch (res.status) {
    case 401:
      return new AppFailure('UNAUTHENTICATED', 'Jira did not accept the request as you', detail);
    case 403:
      return new AppFailure('FORBIDDEN', 'Jira says you may not do this', detail);
    case 404:
      return new AppFailure('NOT_FOUND', 'Not found, or you may not see it', detail);
    case 429:
      return new AppFailure('RATE_LIMITED', 'Jira is busy; try again in a moment', detail);
    default:
      return new AppFailure('UPSTREAM', `Jira answered ${res.status}`, detail);
  }
};

export class JiraClient {
  constructor(
    private readonly requester: (as: As) => JiraRequester = forgeRequester,
    private readonly retry: RetryPolicy = defaultRetryPolicy,
  ) {}

  /** Runs a call whose answer has no body worth reading (a write answering 200, 201 or 204). */
  async send(as: As, call: JiraCall): Promise<void> {
    const res = await withRetry(() => call(this.requester(as)), this.retry);
    if (!res.ok) throw await failureFor(res);
  }

  /** Runs a call and validates its JSON; a shape Jira should never send is an UPSTREAM failure, not a crash. */
  async json<T extends z.ZodType>(as: As, call: JiraCall, schema: T): Promise<z.infer<T>> {
    const res = await withRetry(() => call(this.requester(as)), this.retry);
    if (!res.ok) throw await failureFor(res);
    const parsed = schema.safeParse(await res.json());
    if (!parsed.success) throw new AppFailure('UPSTREAM', 'Jira answered in an unexpected shape', parsed.error.issues.slice(0, 3));
    return parsed.data;
  }
}
