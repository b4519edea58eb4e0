// The strategy workspace (jira:globalPage): one tab per part of the method. Each tab beyond the goal catalog
// loads lazily, so the first screen stays light. The open tab lives in the page's route (view.createHistory),
// so a link or a reload lands on the same tab. A goal's page is a route too (`/goal/<id>`), its own chunk.
import { view } from '@forge/bridge';
import { lazy, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { agreementOfSearch, focusOfSearch, goalIdOfRoute, isGoalRoute, kpiOfSearch } from '../../kit/api/goal-route';
import { Loading } from '../../kit/ui/Loading';
import { WEB_TAB, webRootOfRoute } from './agreements/web/web-route';
import { StrategyApp } from './StrategyApp';
import { setWorkspaceHistory } from './workspace-nav';

interface Tab {
  path: string;
  label: string;
  component: ComponentType | LazyExoticComponent<ComponentType>;
}

/** A tab loaded only when first opened, e.g. `lazyTab(() => import('./alignment/AlignmentTab').then((m) => m.AlignmentTab))`. */
export const lazyTab = (load: () => Promise<ComponentType>): LazyExoticComponent<ComponentType> => lazy(async () => ({ default: await load() }));

/** Add a tab here: a path, a label, and a lazily imported component from its own folder. */
const TABS: Tab[] = [
  { path: '/', label: 'Goals', component: StrategyApp },
  { path: '/alignment', label: 'Alignment', component: lazyTab(() => import('./alignment/AlignmentTab.js').then((m) => m.AlignmentTab)) },
  { path: '/gaps', label: 'Gaps', component: lazyTab(() => import('./alignment/GapsTab.js').then((m) => m.GapsTab)) },
  { path: '/scorecards', label: 'Scorecards', component: lazyTab(() => import('./scorecards/ScorecardsTab.js').then((m) => m.ScorecardsTab)) },
  { path: '/mine', label: 'My goals', component: lazyTab(() => import('./proposals/MyGoalsTab.js').then((m) => m.MyGoalsTab)) },
  { path: '/due', label: 'Due from you', component: lazyTab(() => import('./due/DueTab.js').then((m) => m.DueTab)) },
  { path: WEB_TAB, label: 'Agreements', component: lazyTab(() => import('./agreements/web/AgreementWebPage.js').then((m) => m.AgreementWebTab)) },
];

const GoalPage = lazy(() => import('./goal/GoalPage.js').then((m) => ({ default: m.GoalPage })));
const GoalNotFound = lazy(() => import('./goal/GoalPage.js').then((m) => ({ default: m.NotFound })));
/** The agreement web of one branch (`/agreements/<goal id>`); `/agreements` alone is its tab. */
const AgreementWeb = lazy(() => import('./agreements/web/AgreementWebPage.js').then((m) => ({ default: m.AgreementWebPage })));

type History = Awaited<ReturnType<typeof view.createHistory>>;

export function Workspace() {
  const [path, setPath] = useState('/');
  const [search, setSearch] = useState('');
  const [history, setHistory] = useState<History | null>(null);
  // Nothing is shown (or loaded) until the route is known: a deep link would otherwise first mount the Goals tab
  // and make its catalog call for nothing.
  const [routed, setRouted] = useState(false);
  useEffect(() => {
    let unlisten: (() => void) | undefined;
    view
      .createHistory()
      .then((h) => {
        setHistory(h);
        setWorkspaceHistory(h);
        setPath(h.location.pathname || '/');
        setSearch(h.location.search ?? '');
        unlisten = h.listen((location) => {
          setPath(location.pathname || '/');
          setSearch(location.search ?? '');
        });
      })
      .catch(() => undefined)
      .finally(() => setRouted(true));
    return () => {
      unlisten?.();
      setWorkspaceHistory(null);
    };
  }, []);
  const goalId = goalIdOfRoute(path);
  // A goal route that names no possible id (a mangled link) says "not found", like a missing goal.
  const malformedGoal = goalId === null && isGoalRoute(path);
  const webRoot = webRootOfRoute(path);
  const current = TABS.find((t) => t.path === (webRoot === null ? path : WEB_TAB)) ?? TABS[0]!;
  const Current = current.component;
  if (!routed) return <Loading label="Loading the strategy workspace…" />;
  return (
    <div className="tl-workspace">
      {TABS.length > 1 && (
        <nav className="tl-tabs tl-noprint" aria-label="Strategy workspace">
          {TABS.map((t) => (
            <button
              key={t.path}
              type="button"
              className="tl-tab"
              aria-current={t === current && !goalId && !malformedGoal ? 'page' : undefined}
              onClick={() => (history ? history.push(t.path) : setPath(t.path))}
            >
              {t.label}
            </button>
          ))}
        </nav>
      )}
      {goalId ? (
        <Suspense fallback={<Loading label="Loading the goal…" />}>
          <GoalPage
            key={`${goalId}${search}`}
            goalId={goalId}
            focus={focusOfSearch(search)}
            recordKpi={kpiOfSearch(search)}
            showAgreement={agreementOfSearch(search)}
          />
        </Suspense>
      ) : malformedGoal ? (
        <Suspense fallback={<Loading label="Loading the goal…" />}>
          <GoalNotFound />
        </Suspense>
      ) : webRoot ? (
        <Suspense fallback={<Loading label="Loading the agreement web…" />}>
          <AgreementWeb key={webRoot} rootGoalId={webRoot} />
        </Suspense>
      ) : (
        <Suspense fallback={<Loading label={`Loading ${current.label.toLowerCase()}…`} />}>
          <Current />
        </Suspense>
      )}
    </div>
  );
}
