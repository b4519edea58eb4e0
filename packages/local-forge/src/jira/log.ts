// The emulator's call log: every call, faulted or not, with who made it and what it answered.
import type { JiraCallLog, JiraCallLogEntry } from './types';

export const createCallLog = (): JiraCallLog & { add(entry: JiraCallLogEntry): void } => {
  let entries: JiraCallLogEntry[] = [];
  return {
    add: (entry) => {
      entries.push(entry);
    },
    entries: () => entries.map((e) => ({ ...e })),
    count: (filter = {}) =>
      entries.filter(
        (e) =>
          (filter.method === undefined || e.method === filter.method.toUpperCase()) &&
          (filter.pathPrefix === undefined || e.path.startsWith(filter.pathPrefix)) &&
          (filter.actor === undefined || e.actor.kind === filter.actor),
      ).length,
    reset: () => {
      entries = [];
    },
  };
};
