// The catalog workspace: summary, filters and the tree on the left; details, the goal form or an archive
// confirmation in the panel beside it. Editors get the actions; everyone else reads.
import { lazy, Suspense, useMemo, useState } from 'react';
import { catalogCalls, type CatalogView } from '../../../src/shared/api/catalog';
import type { AppError } from '../../../src/shared/errors';
import type { GoalSummary } from '../../../src/shared/model/goal';
import { call } from '../../kit/api/invoke';
import { wordsFor } from '../../kit/api/error-words';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { toAppError } from '../../kit/api/app-error';
import { ArchivePanel } from './ArchivePanel';
import { ancestorIds, NO_FILTER, type CatalogFilter } from './catalog-tree';
import { CatalogBrowser } from './CatalogBrowser';
import { CatalogEmpty } from './CatalogEmpty';
import type { GoalActionHandlers } from './GoalActions';
import { GoalDetails } from './GoalDetails';
import { makeNamer } from './namer';
import { Notice, type NoticeText } from './Notice';
import { SidePanel } from './SidePanel';

const GoalEditor = lazy(() => import('./GoalEditor.js').then((m) => ({ default: m.GoalEditor })));

type Panel = { kind: 'details'; id: string } | { kind: 'create' } | { kind: 'edit'; id: string } | { kind: 'archive'; id: string } | null;

interface Props {
  view: CatalogView;
  refreshing: boolean;
  refreshError: AppError | null;
  reload(): Promise<CatalogView | undefined>;
}

export function Catalog({ view, refreshing, refreshError, reload }: Props) {
  const [panel, setPanel] = useState<Panel>(null);
  const [filter, setFilter] = useState<CatalogFilter>(NO_FILTER);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  // A notice is about one goal and shows in that goal's details, next to what it confirms.
  const [notice, setNotice] = useState<(NoticeText & { goalId: string }) | null>(null);
  const [restoringId, setRestoringId] = useState<string | null>(null);
  const names = useMemo(() => makeNamer(view), [view]);
  const byId = (id: string): GoalSummary | undefined => view.goals.find((g) => g.id === id);

  const reveal = (goal: GoalSummary, goals: readonly GoalSummary[]) => {
    const up = new Set(ancestorIds(goals, goal.id));
    setCollapsed((c) => new Set([...c].filter((id) => !up.has(id))));
  };
  const afterChange = async (goal: GoalSummary, text: string) => {
    setNotice({ tone: 'success', text, goalId: goal.id });
    setPanel({ kind: 'details', id: goal.id });
    const fresh = await reload();
    reveal(goal, fresh?.goals ?? view.goals);
  };
  const restore = async (goal: GoalSummary) => {
    setRestoringId(goal.id);
    try {
      const restored = await call(catalogCalls.restore, { id: goal.id, expectedVersion: goal.version });
      await afterChange(restored, `Restored “${goal.title}”: it is ${restored.status} again.`);
    } catch (e) {
      const error = toAppError(e);
      setNotice({ tone: 'error', text: `Could not restore “${goal.title}”. ${wordsFor(error)} ${error.message}`, goalId: goal.id });
      setPanel({ kind: 'details', id: goal.id });
      if (error.code === 'CONFLICT') void reload();
    } finally {
      setRestoringId(null);
    }
  };
  const actions: GoalActionHandlers | null = view.canEdit
    ? {
        onEdit: (g) => setPanel({ kind: 'edit', id: g.id }),
        onArchive: (g) => setPanel({ kind: 'archive', id: g.id }),
        onRestore: (g) => void restore(g),
        restoringId,
      }
    : null;
  const close = () => setPanel(null);
  const selectedId = panel && panel.kind !== 'create' ? panel.id : null;
  const panelGoal = selectedId ? byId(selectedId) : undefined;

  const empty = view.goals.length === 0;
  return (
    <div className="tl-stack">
      <div className="sc-toolbar">
        {!view.canEdit && (
          <p className="sc-readonly" data-testid="read-only-note">
            <span aria-hidden="true">ℹ </span>Only strategy editors can change goals.
          </p>
        )}
        {view.canEdit && !empty && (
          <button type="button" className="tl-button tl-button--primary" onClick={() => setPanel({ kind: 'create' })}>
            <span aria-hidden="true">+ </span>New goal
          </button>
        )}
        {refreshing && (
          <span className="tl-small tl-subtle" role="status">
            Updating…
          </span>
        )}
      </div>
      {refreshError && <ErrorMessage error={refreshError} onRetry={() => void reload()} />}
      {empty && !panel ? (
        <CatalogEmpty canEdit={view.canEdit} onCreate={() => setPanel({ kind: 'create' })} />
      ) : (
        <div className={`sc-layout${panel ? ' sc-layout--with-panel' : ''}`}>
          <div className="tl-stack sc-main">
            {empty ? (
              <p className="tl-subtle">Your first goal will appear here once you create it.</p>
            ) : (
              <CatalogBrowser
                goals={view.goals}
                health={view.health}
                names={names}
                filter={filter}
                setFilter={setFilter}
                collapsed={collapsed}
                setCollapsed={setCollapsed}
                selectedId={selectedId}
                onOpen={(id) => setPanel({ kind: 'details', id })}
                actions={actions}
              />
            )}
          </div>
          {panel?.kind === 'details' && (
            <SidePanel title={panelGoal?.title ?? 'Goal'} focusKey={`details:${panel.id}`} onClose={close}>
              {notice?.goalId === panel.id && <Notice notice={notice} onDismiss={() => setNotice(null)} />}
              <GoalDetails
                key={`${panel.id}:${view.revision}`}
                id={panel.id}
                goals={view.goals}
                names={names}
                actions={actions}
                onOpen={(id) => setPanel({ kind: 'details', id })}
              />
            </SidePanel>
          )}
          {(panel?.kind === 'create' || panel?.kind === 'edit') && (
            <SidePanel
              title={panel.kind === 'create' ? 'New goal' : `Edit “${panelGoal?.title ?? 'goal'}”`}
              focusKey={panel.kind === 'edit' ? `edit:${panel.id}` : 'create'}
              onClose={close}
              closeOnEscape={false}
            >
              <Suspense fallback={<Loading label="Opening the form…" />}>
                <GoalEditor
                  key={panel.kind === 'edit' ? panel.id : 'new'}
                  editingId={panel.kind === 'edit' ? panel.id : null}
                  goals={view.goals}
                  names={names}
                  onSaved={(goal, how) => void afterChange(goal, how === 'created' ? `Created “${goal.title}”.` : `Saved “${goal.title}”.`)}
                  onCancel={() => setPanel(panel.kind === 'edit' ? { kind: 'details', id: panel.id } : null)}
                  onDiscard={(id) => {
                    setNotice({ tone: 'info', text: 'Your changes were discarded; this is the goal as they saved it.', goalId: id });
                    setPanel({ kind: 'details', id });
                    void reload();
                  }}
                />
              </Suspense>
            </SidePanel>
          )}
          {panel?.kind === 'archive' && panelGoal && (
            <SidePanel title="Archive goal" focusKey={`archive:${panel.id}`} onClose={close}>
              <ArchivePanel
                key={panel.id}
                goal={panelGoal}
                onArchived={(g) => void afterChange(g, `Archived “${g.title}”. It is hidden from the tree unless you show archived goals.`)}
                onCancel={() => setPanel({ kind: 'details', id: panel.id })}
                onReload={() => void reload()}
              />
            </SidePanel>
          )}
        </div>
      )}
    </div>
  );
}
