// A product flag (Jira's toast) for a finished action. Best effort: the inline confirmation is what counts,
// so a host without flags changes nothing.
import { showFlag } from '@forge/bridge';

export const flagSuccess = (title: string, description: string): void => {
  try {
    showFlag({ id: `throughline-${Date.now()}`, title, description, type: 'success', isAutoDismiss: true });
  } catch {
    // No flag support in this host: the page already says it inline.
  }
};
