// The local platform's side of the app's triggers: product events from the Jira emulator are delivered to every
// `trigger` module subscribed to them (after the REST call that raised them has answered, one at a time, with no
// user in the invocation, skipping the app's own changes when `filter.ignoreSelf` says so), and `scheduledTrigger`
// functions can be run on demand, as the platform's scheduler would run them.
import { CLOUD_ID, runInvocation } from './forge-globals';
import type { Manifest } from './manifest';
import type { IssueEventMeta, JiraIssueEvent } from '../jira/emulator';

/** A function the manifest names (`index.<export>`), as the platform calls it. */
export type Handler = (event: unknown, ctx: unknown) => Promise<unknown>;

interface FunctionDef {
  handler: string;
  timeoutMs: number;
}

export interface TriggerDelivery {
  moduleKey: string;
  eventType: string;
  issueKey?: string;
  ok: boolean;
  error?: string;
  at: number;
}

/** Product event triggers run up to 55 s by default; a function's timeoutSeconds raises it (≤ 900). */
const DEFAULT_TIMEOUT_MS = 55_000;

const functionsOf = (m: Manifest): Map<string, FunctionDef> =>
  new Map(
    (m.modules.function ?? []).map((f) => [
      f.key,
      { handler: String(f.handler).split('.').pop() ?? '', timeoutMs: typeof f.timeoutSeconds === 'number' ? f.timeoutSeconds * 1000 : DEFAULT_TIMEOUT_MS },
    ]),
  );

/** What the platform passes as a trigger function's second argument: only install-level facts, no principal. */
const platformContext = () => ({
  installContext: `ari:cloud:jira::site/${CLOUD_ID}`,
  license: { isActive: true },
  installation: { installationId: 'local-installation' },
});

export class LocalTriggers {
  private queue: Promise<void> = Promise.resolve();
  private readonly deliveries: TriggerDelivery[] = [];
  private readonly functions: Map<string, FunctionDef>;

  constructor(
    private readonly manifest: Manifest,
    private readonly handlers: Record<string, Handler | undefined>,
  ) {
    this.functions = functionsOf(manifest);
  }

  /** Every delivery so far (newest last), for tests and the host's debugging. */
  get log(): TriggerDelivery[] {
    return this.deliveries.map((d) => ({ ...d }));
  }

  private run(moduleKey: string, fnKey: string, event: unknown): Promise<unknown> {
    const fn = this.functions.get(fnKey);
    const handler = fn ? this.handlers[fn.handler] : undefined;
    if (!fn || !handler) return Promise.reject(new Error(`module ${moduleKey}: the app's handlers do not include the handler of function '${fnKey}'`));
    return runInvocation({ moduleKey, timeoutMs: fn.timeoutMs }, () => handler(event, platformContext()));
  }

  /** Queues an issue event for every trigger module subscribed to it. */
  deliver(event: JiraIssueEvent, meta: IssueEventMeta): void {
    for (const mod of this.manifest.modules.trigger ?? []) {
      const events = Array.isArray(mod.events) ? (mod.events as unknown[]).map(String) : [];
      if (!events.includes(event.eventType)) continue;
      const filter = (mod.filter ?? {}) as { ignoreSelf?: boolean };
      if (filter.ignoreSelf === true && meta.actor.kind === 'app') continue;
      const record: TriggerDelivery = { moduleKey: mod.key, eventType: event.eventType, issueKey: event.issue.key, ok: false, at: Date.now() };
      this.queue = this.queue.then(async () => {
        try {
          await this.run(mod.key, String(mod.function), event);
          record.ok = true;
        } catch (e) {
          record.error = e instanceof Error ? e.message : String(e);
          console.error(`[local forge] trigger ${mod.key} failed on ${event.eventType} ${event.issue.key}`, e);
        }
        this.deliveries.push(record);
      });
    }
  }

  /** Resolves once every event raised so far, and any raised while delivering them, has been delivered. */
  async idle(): Promise<void> {
    let seen: Promise<void> | undefined;
    while (seen !== this.queue) {
      seen = this.queue;
      await seen;
    }
  }

  scheduledKeys(): string[] {
    return (this.manifest.modules.scheduledTrigger ?? []).map((m) => m.key);
  }

  /** Runs a scheduled trigger's function now; `timeoutMs` overrides its time budget (to test running out of it). */
  runScheduled(moduleKey: string, opts: { timeoutMs?: number } = {}): Promise<unknown> {
    const mod = (this.manifest.modules.scheduledTrigger ?? []).find((m) => m.key === moduleKey);
    if (!mod) return Promise.reject(new Error(`no scheduledTrigger '${moduleKey}' in the manifest`));
    const fnKey = String(mod.function);
    const request = { context: { cloudId: CLOUD_ID, moduleKey }, contextToken: 'local-scheduled-trigger' };
    if (opts.timeoutMs === undefined) return this.run(moduleKey, fnKey, request);
    const fn = this.functions.get(fnKey);
    const handler = fn ? this.handlers[fn.handler] : undefined;
    if (!handler) return Promise.reject(new Error(`the app's handlers do not include the handler of function '${fnKey}'`));
    return runInvocation({ moduleKey, timeoutMs: opts.timeoutMs }, () => handler(request, platformContext()));
  }
}
