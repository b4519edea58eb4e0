// The status section: app version, who you are, whether storage and Jira answer, each in words and an icon.
import { adminCalls, type Probe } from '../../../src/shared/api/admin';
import { useCall } from '../../kit/api/useCall';
import { formatMoment } from '../../kit/ui/dates';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { Lozenge } from '../../kit/ui/Lozenge';

function ProbeCard({ title, probe }: { title: string; probe: Probe }) {
  return (
    <section className="tl-card tl-stack" aria-label={title} data-testid={`probe-${title.toLowerCase().replace(/\s+/g, '-')}`}>
      <div className="tl-row">
        <h3>{title}</h3>
        {probe.reachable ? (
          <Lozenge tone="success" icon="✓">
            Reachable
          </Lozenge>
        ) : (
          <Lozenge tone="danger" icon="✕">
            Not reachable
          </Lozenge>
        )}
      </div>
      <p className="tl-subtle">{probe.detail}</p>
      <p className="tl-small tl-subtle">Answered in {probe.latencyMs} ms</p>
    </section>
  );
}

export function StatusSection() {
  const { state, retry } = useCall(adminCalls.status, {});
  return (
    <section className="tl-stack" aria-labelledby="status-heading">
      <div className="tl-row">
        <h2 id="status-heading">Status</h2>
        <button type="button" className="tl-button tl-noprint" onClick={retry} disabled={state.status === 'loading'}>
          Check again
        </button>
      </div>
      {state.status === 'loading' && <Loading label="Checking Jira and storage…" />}
      {state.status === 'error' && <ErrorMessage error={state.error} onRetry={retry} />}
      {state.status === 'ready' && (
        <>
          <div className="tl-card">
            <dl className="tl-dl" data-testid="status-summary">
              <dt>App</dt>
              <dd>
                {state.data.app.name} {state.data.app.version} ({state.data.app.environment.toLowerCase()})
              </dd>
              <dt>You are</dt>
              <dd data-testid="status-you">
                {state.data.you ? (
                  <>
                    {state.data.you.displayName}
                    {state.data.you.isJiraAdmin && <> · Jira admin</>}
                  </>
                ) : (
                  'Unknown: Jira did not say who you are'
                )}
              </dd>
              <dt>Checked</dt>
              <dd>{formatMoment(state.data.checkedAt)}</dd>
            </dl>
          </div>
          <div className="tl-grid">
            <ProbeCard title="Jira" probe={state.data.jira} />
            {state.data.storage ? (
              <ProbeCard title="Storage" probe={state.data.storage} />
            ) : (
              <section className="tl-card tl-stack" aria-label="Storage" data-testid="probe-storage">
                <h3>Storage</h3>
                <p className="tl-subtle">Checked for Jira admins only: the check writes to the app’s storage.</p>
              </section>
            )}
          </div>
        </>
      )}
    </section>
  );
}
