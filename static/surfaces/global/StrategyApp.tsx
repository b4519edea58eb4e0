// The strategy workspace (jira:globalPage): the goal catalog, loaded once and kept fresh after every change.
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { Catalog } from './Catalog';
import { useCatalog } from './useCatalog';
import './catalog.css';

export function StrategyApp() {
  const { state, reload } = useCatalog();
  return (
    <main className="tl-page sc-page tl-stack">
      <header className="tl-stack sc-header">
        <h1>Strategy goals</h1>
        <p className="tl-subtle">Every goal from the strategy down to the team, who leads it and who makes sure it gets done.</p>
      </header>
      {state.status === 'loading' && <Loading label="Loading the goal catalog…" />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={() => void reload()} />}
      {state.status === 'ready' && <Catalog view={state.data} refreshing={state.refreshing} refreshError={state.refreshError} reload={reload} />}
    </main>
  );
}
