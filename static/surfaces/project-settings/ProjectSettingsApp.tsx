// Project tagging (jira:projectSettingsPage): which level this project works at and which goal it serves, so its
// work traces up to a strategy goal. Project admins change it; everyone else reads it.
import { useState, type ReactNode } from 'react';
import type { ProjectTagView } from '../../../src/shared/api/project-settings';
import { useProductContext, type ProductContext } from '../../kit/api/useProductContext';
import { EmptyState } from '../../kit/ui/EmptyState';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { AlignmentForm } from './AlignmentForm';
import { AlignmentSummary } from './AlignmentSummary';
import { flagSuccess } from './flag';
import { chainOf } from './goals';
import { PageShell } from './PageShell';
import { useProjectTag } from './useProjectTag';
import './project-settings.css';

type Notice = { kind: 'saved'; text: string } | { kind: 'removed'; text: string } | { kind: 'reloaded'; text: string };

const projectRefOf = (c: ProductContext): string | null => c.extension.project?.key ?? (c.extension.project?.id ? String(c.extension.project.id) : null);

export function ProjectSettingsApp() {
  const context = useProductContext();
  const projectRef = context.status === 'ready' ? projectRefOf(context.context) : null;
  const { state, retry, refresh, replace } = useProjectTag(projectRef);
  const [notice, setNotice] = useState<Notice | null>(null);

  const plain = (body: ReactNode) => <PageShell title="Throughline alignment">{body}</PageShell>;
  if (context.status === 'loading') return plain(<Loading label="Loading Throughline alignment…" />);
  if (context.status === 'error') return plain(<ErrorMessage error={{ code: 'INTERNAL', message: context.message }} />);
  if (projectRef === null) return plain(<EmptyState title="No project here">Open this page from a Jira project’s settings.</EmptyState>);
  if (state.status === 'loading') return plain(<Loading label="Loading this project’s alignment…" />);
  if (state.status === 'error') return plain(<ErrorMessage error={state.error} onRetry={retry} />);

  const view = state.view;
  const a = view.alignment;
  const saved = (next: ProjectTagView) => {
    replace(next);
    const goal = next.alignment ? chainOf(next.goals, next.alignment.goalId)?.goals.at(-1)?.title : undefined;
    const text = goal ? `Work in ${next.project.name} now traces to “${goal}”.` : `${next.project.name}’s alignment is saved.`;
    setNotice({ kind: 'saved', text });
    flagSuccess('Alignment saved', text);
  };
  const removed = (next: ProjectTagView) => {
    replace(next);
    const text = `${next.project.name} is no longer aligned to a goal.`;
    setNotice({ kind: 'removed', text });
    flagSuccess('Alignment removed', text);
  };
  const reload = async () => {
    const failed = await refresh();
    if (!failed) setNotice({ kind: 'reloaded', text: 'Reloaded: this is the alignment as it was last saved. Make your change again if you still need it.' });
    return failed;
  };

  return (
    <PageShell title={`Throughline alignment for ${view.project.name}`}>
      {notice && (
        <div className={`tl-message ${notice.kind === 'reloaded' ? 'tl-message--info' : 'ps-success'} tl-row`} role="status" data-testid="notice">
          <span aria-hidden="true">{notice.kind === 'reloaded' ? 'i' : '✓'}</span>
          <span>{notice.text}</span>
        </div>
      )}
      <AlignmentSummary view={view} viewerId={context.context.accountId} />
      {view.canEdit ? (
        <AlignmentForm
          key={`${a?.version ?? 0}-${a?.updatedAt ?? ''}`}
          view={view}
          projectRef={projectRef}
          onSaved={saved}
          onRemoved={removed}
          onReload={reload}
        />
      ) : (
        <p className="ps-readonly" role="note" data-testid="read-only">
          Only project administrators can change this.
        </p>
      )}
    </PageShell>
  );
}
