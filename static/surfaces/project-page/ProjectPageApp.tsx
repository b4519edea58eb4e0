// The project alignment page (jira:projectPage): in five seconds, which strategy this project's work serves and
// how far it has come; then its epics by goal, the epics still without a goal (tagged here in one click) and its
// gaps. Reads the project from the product context, never from the URL.
import { router } from '@forge/bridge';
import { goalPageLocation } from '../../kit/api/goal-route';
import { useState, type ReactNode } from 'react';
import type { FixTarget } from '../../../src/shared/api/alignment';
import { projectPageCalls, type UntaggedEpic } from '../../../src/shared/api/project-page';
import { useMutation } from '../../kit/api/mutation';
import { useProductContext } from '../../kit/api/useProductContext';
import { EmptyState } from '../../kit/ui/EmptyState';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Freshness } from '../../kit/ui/Freshness';
import { GapItem } from '../../kit/ui/GapItem';
import { Loading } from '../../kit/ui/Loading';
import { ChainSection } from './ChainSection';
import { EpicGroups } from './EpicGroups';
import { Headline } from './Headline';
import { UntaggedEpics } from './UntaggedEpics';
import { useProjectPage } from './useProjectPage';
import './project-page.css';

const openFix = (link: FixTarget) =>
  void (link.target === 'goal' ? router.navigate(goalPageLocation(link.goalId)) : router.navigate(link)).catch(() => undefined);

export function ProjectPageApp() {
  const context = useProductContext();
  const project = context.status === 'ready' ? (context.context.extension.project?.key ?? null) : null;
  const { state, retry, replace } = useProjectPage(project);
  const tag = useMutation(projectPageCalls.tagEpic);
  const [pending, setPending] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const shell = (body: ReactNode) => <main className="tl-page tl-stack pp-page">{body}</main>;
  if (context.status === 'loading') return shell(<Loading label="Loading…" />);
  if (context.status === 'error') return shell(<ErrorMessage error={{ code: 'INTERNAL', message: context.message }} />);
  if (project === null) return shell(<EmptyState title="No project here">Open this page from a Jira project.</EmptyState>);
  if (state.status === 'loading') return shell(<Loading label="Loading this project’s alignment and progress…" />);
  if (state.status === 'error') return shell(<ErrorMessage error={state.error} onRetry={retry} />);

  const view = state.view;
  const onTag = async (epic: UntaggedEpic, goalId: string) => {
    setPending(epic.key);
    setNotice(null);
    const goal = view.tagGoals.find((g) => g.id === goalId)?.title ?? 'its goal';
    const done = await tag.run({ project, issue: epic.key, goalId });
    setPending(null);
    if (!done) return;
    if (done.view) {
      replace(done.view);
      setNotice(`${epic.key} now serves “${goal}”.`);
    } else {
      // The tag landed but the page could not be read again: say so, and read it again.
      setNotice(`${epic.key} now serves “${goal}”. Refreshing the page…`);
      retry();
    }
  };
  const gaps = view.gaps.filter((g) => g.kind !== 'epic-untagged');
  return shell(
    <>
      <header className="tl-stack pp-header">
        <h1>Strategy alignment · {view.project.name}</h1>
        <Headline view={view} />
        <Freshness asOf={view.asOf} rule={view.rule} />
      </header>
      <ChainSection view={view} />
      <UntaggedEpics
        view={view}
        pendingKey={pending}
        onTag={(e, g) => void onTag(e, g)}
        // Next to what it confirms: the epics being tagged.
        notice={
          <>
            {notice && (
              <div className="tl-message pp-success tl-row" role="status" data-testid="notice">
                <span aria-hidden="true">✓</span>
                <span>{notice}</span>
              </div>
            )}
            {tag.error && <ErrorMessage error={tag.error} />}
          </>
        }
      />
      <EpicGroups view={view} />
      <section className="tl-stack pp-section" aria-labelledby="pp-gaps-title">
        {/* The epics without a goal are gaps too, listed above with their fix: the count says so, the words point there. */}
        <h2 id="pp-gaps-title">Gaps in this project ({gaps.length + view.untagged.length})</h2>
        {gaps.length === 0 ? (
          <p className="tl-subtle">
            {view.untagged.length > 0
              ? `Only the ${view.untagged.length === 1 ? 'epic' : `${view.untagged.length} epics`} without a goal, above.`
              : 'None: this project and its goals are fully aligned.'}
          </p>
        ) : (
          <ul className="pp-gaps" data-testid="project-gaps">
            {gaps.map((g) => (
              // The settings of a project serving no goal open only for who may administer it (Jira refuses anyone else).
              <GapItem key={g.id} gap={g} onOpen={openFix} mayOpen={(l) => l.target !== 'projectSettingsDetails' || view.alignment !== null || view.canAlign} />
            ))}
          </ul>
        )}
      </section>
      {view.truncated && <p className="tl-small tl-subtle">This project has more epics than one read returns; the first ones are shown.</p>}
    </>,
  );
}
