// The admin page: Throughline's settings for Jira admins: the status of the installation and who edits strategy.
import { StatusSection } from './StatusSection';
import { StrategyEditorsSection } from './StrategyEditorsSection';

export function AdminApp() {
  return (
    <main className="tl-page tl-stack">
      <header className="tl-stack">
        <h1>Throughline settings</h1>
        <p className="tl-subtle">Check that Throughline can reach Jira and its storage as you, and choose who may edit the strategy.</p>
      </header>
      <StatusSection />
      <StrategyEditorsSection />
    </main>
  );
}
