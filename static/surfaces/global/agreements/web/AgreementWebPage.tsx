// The agreement web (`/agreements/<goal>` in the strategy workspace, its own lazily loaded chunk): the goals of one
// strategy branch and the support agreements between them, so an executive sees where teams rely on each other
// and where that is at risk in one picture; below it every agreement in words. Only agreements whose two goals
// the viewer may see are drawn (the server leaves the others out).
import { NOT_A_READER } from '../../../../../src/shared/model/agreement';
import { useMemo } from 'react';
import { agreementCalls, type AgreementWebView } from '../../../../../src/shared/api/agreements';
import { useView } from '../../../../kit/api/useView';
import { AgreementLozenge } from '../../../../kit/ui/agreements/AgreementLozenge';
import { formatDay } from '../../../../kit/ui/dates';
import { EmptyState } from '../../../../kit/ui/EmptyState';
import { ErrorMessage } from '../../../../kit/ui/ErrorMessage';
import { Loading } from '../../../../kit/ui/Loading';
import { useCatalog } from '../../useCatalog';
import { openGoal, openRoute } from '../../workspace-nav';
import { WebDiagram, WebLegend } from './WebDiagram';
import { webRoute } from './web-route';
import './agreement-web.css';

function WebWords({ view }: { view: AgreementWebView }) {
  const title = new Map(view.nodes.map((n) => [n.id, n.title]));
  const risky = view.edges.filter((e) => e.atRisk).length;
  return (
    <section className="tl-stack" aria-labelledby="aw-list-title">
      <h2 id="aw-list-title">Every agreement in words</h2>
      <p className="tl-small tl-subtle">
        {view.edges.length} {view.edges.length === 1 ? 'agreement' : 'agreements'}
        {risky > 0 ? `, ${risky} at risk` : ''}
      </p>
      <table className="aw-table" data-testid="web-list">
        <thead>
          <tr>
            <th scope="col">Goal that relies</th>
            <th scope="col">Relies on</th>
            <th scope="col">State</th>
            <th scope="col">Needed by</th>
            <th scope="col">Where it stands</th>
          </tr>
        </thead>
        <tbody>
          {view.edges.map((e) => (
            <tr key={e.id} data-testid="web-row" data-state={e.state}>
              <td>
                <button type="button" className="sc-link" onClick={() => openGoal(e.fromGoalId)}>
                  {title.get(e.fromGoalId) ?? 'A goal not drawn here'}
                </button>
              </td>
              <td>
                <button type="button" className="sc-link" onClick={() => openGoal(e.toGoalId)}>
                  {title.get(e.toGoalId) ?? 'A goal not drawn here'}
                </button>
              </td>
              <td>
                <AgreementLozenge agreement={e} />
              </td>
              <td>{formatDay(e.neededBy)}</td>
              <td>
                {e.summary}
                {e.risks.length > 0 && (
                  <span className="aw-risks" data-testid="web-risks">
                    {' '}
                    At risk: {e.risks.join(' ')}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function AgreementWebPage({ rootGoalId }: { rootGoalId: string | null }) {
  const { state: catalog } = useCatalog();
  const strategy = useMemo(
    () => (catalog.status === 'ready' ? catalog.data.goals.filter((g) => g.level === 'strategy' && g.status !== 'archived') : []),
    [catalog],
  );
  const root = rootGoalId || strategy[0]?.id || null;
  const { state, retry } = useView(agreementCalls.web, root ? { rootGoalId: root } : null);
  const picked = strategy.some((g) => g.id === root);
  const view = state.status === 'ready' ? state.view : null;
  return (
    <main className="tl-page aw-page tl-stack" data-testid="agreement-web-page">
      <header className="tl-stack aw-header">
        <h1>Agreement web</h1>
        <p className="tl-subtle">
          Which goals rely on which, across teams: support asked for and agreed between the goals of one strategy branch. Only agreements between goals you can
          see are shown.
        </p>
      </header>
      {strategy.length > 0 && (
        <div className="tl-field aw-branch tl-noprint">
          <label htmlFor="aw-root">Strategy branch</label>
          <select id="aw-root" className="tl-select" value={picked ? (root ?? '') : ''} onChange={(e) => e.target.value && openRoute(webRoute(e.target.value))}>
            {!picked && <option value="">{view ? view.root.title : 'Choose a strategy goal'}</option>}
            {strategy.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
        </div>
      )}
      {catalog.status === 'error' && !root && <ErrorMessage error={catalog.error} />}
      {catalog.status === 'ready' && !root && <EmptyState title="No strategy goals yet">Strategy editors add them in the Goals tab.</EmptyState>}
      {state.status === 'loading' && root && <Loading label="Drawing the agreement web…" />}
      {state.status === 'error' && state.error.code === 'FORBIDDEN' && <EmptyState title="Agreements are not shown to you">{NOT_A_READER}.</EmptyState>}
      {state.status === 'error' && state.error.code !== 'FORBIDDEN' && <ErrorMessage error={state.error} onRetry={retry} />}
      {view && (
        <>
          <p className="aw-root-line">
            Below{' '}
            <button type="button" className="sc-link" onClick={() => openGoal(view.root.id)} data-testid="web-root">
              {view.root.title}
            </button>
            : {view.nodes.length} {view.nodes.length === 1 ? 'goal' : 'goals'}, {view.edges.length} support{' '}
            {view.edges.length === 1 ? 'agreement' : 'agreements'}
            {view.edges.some((e) => e.atRisk) ? `, ${view.edges.filter((e) => e.atRisk).length} at risk` : ''}.
          </p>
          {view.truncated && <p className="tl-small tl-subtle">This branch has more goals than one picture holds; the first ones are drawn.</p>}
          {view.edges.length === 0 ? (
            <EmptyState title="No agreements in this branch yet">
              Leaders and managers ask another goal for support on their goal’s page (“Ask for support”); the agreements then show here as arrows.
            </EmptyState>
          ) : (
            <WebLegend />
          )}
          <WebDiagram view={view} label={`Agreement web below ${view.root.title}`} />
          {view.edges.length > 0 && <WebWords view={view} />}
        </>
      )}
    </main>
  );
}

/** The Agreements tab of the workspace: the web of the first strategy goal until another is chosen. */
export function AgreementWebTab() {
  return <AgreementWebPage rootGoalId={null} />;
}
