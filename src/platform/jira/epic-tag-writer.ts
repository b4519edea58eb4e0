// Epic tags written back to Jira by an import: as the importing admin (Jira checks their edit permission), and as the
// app where Jira refuses the admin; an epic Jira no longer has is reported, never a failure of the whole import.
import { isAppFailure } from '../../shared/errors';
import type { EpicTagWriter, TagWrite } from '../../services/ports/data-transfer';
import type { JiraClient } from './client';
import { deleteEpicTagProperty, putEpicTagProperty } from './issues';

const refused = (e: unknown): boolean => isAppFailure(e) && (e.code === 'FORBIDDEN' || e.code === 'NOT_FOUND' || e.code === 'UNAUTHENTICATED');

const userThenApp = async (run: (as: 'user' | 'app') => Promise<void>): Promise<TagWrite> => {
  try {
    await run('user');
    return 'user';
  } catch (e) {
    if (!refused(e)) throw e;
  }
  try {
    await run('app');
    return 'app';
  } catch (e) {
    if (isAppFailure(e) && e.code === 'NOT_FOUND') return 'missing';
    throw e;
  }
};

export const jiraEpicTagWriter = (jira: JiraClient): EpicTagWriter => ({
  put: (issueId, tag) => userThenApp((as) => putEpicTagProperty(jira, as, issueId, tag)),
  remove: (issueId) => userThenApp((as) => deleteEpicTagProperty(jira, as, issueId)),
});
