// The emulator's call log: every call, faulted or not, with who made it and what it answered.
import type { JiraCallLog, JiraCallLogEntry } from './types';

export const createCallLog = (): JiraCallLog & { add(entry: JiraCallLogEntry): void } => {
  let entries: JiraCallLogEntry[] = [];
  return {
    add: (entry) => {
      entries.push(entry);
    },
    entries: (from = 0) => entries.slice(from).map((e) => ({ ...e })),
    count: (filter = {}) =>
      filter.method === undefined && filter.pathPrefix === undefined && filter.actor === undefined
        ? entries.length
        : entries.filter(
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
