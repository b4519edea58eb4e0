// Messages between the bench (main thread: the emulators) and the app's thread (./app-thread.ts). Every message to
// the app carries the main thread's clock, which may be simulated (./clock.ts).
interface Clocked {
  now: number;
  simulated: boolean;
}
export type ToApp = Clocked &
  (
    | { kind: 'invoke'; id: number; req: unknown }
    | { kind: 'scheduled'; id: number; moduleKey: string; opts?: { timeoutMs?: number } }
    | { kind: 'reply'; id: number; status: number; headers: [string, string][]; body: string; error?: string }
    /** The app thread's heap now, its peak since the last reset and what a full GC leaves; `reset` starts a new peak. */
    | { kind: 'heap'; reset: boolean }
  );
export type FromApp =
  | { kind: 'ready'; used: number }
  | { kind: 'fetch'; id: number; target: 'jira' | 'kvs'; args: unknown[] }
  | { kind: 'done'; id: number; value?: unknown; error?: string }
  | { kind: 'heap'; peak: number; used: number; afterGc: number };
