// Use case: a Jira admin exports all app data, one page at a time; the browser joins the pages into one file.
import type { ExportPage } from '../../shared/api/data-transfer';
import { AppFailure } from '../../shared/errors';
import type { DataStore } from '../ports/data-transfer';

/** About this many bytes of records per page: far under the 1 MB a response should use (the platform refuses 5 MB). */
export const EXPORT_PAGE_BYTES = 300_000;

export interface AdminOnly {
  isJiraAdmin(): Promise<boolean>;
}

export const requireJiraAdmin = async (deps: AdminOnly, doing: string): Promise<void> => {
  if (!(await deps.isJiraAdmin())) throw new AppFailure('FORBIDDEN', `Only Jira admins may ${doing}`);
};

export interface ExportDeps extends AdminOnly {
  store: DataStore;
  pageBytes?: number;
}

export const exportPage = async (deps: ExportDeps, cursor: string | null): Promise<ExportPage> => {
  await requireJiraAdmin(deps, 'export Throughline’s data');
  return deps.store.page(cursor, deps.pageBytes ?? EXPORT_PAGE_BYTES);
};
