// The admin page: Throughline's settings for Jira admins. Today: the status of the installation.
import { StatusSection } from './StatusSection';

export function AdminApp() {
  return (
    <main className="tl-page tl-stack">
      <header className="tl-stack">
        <h1>Throughline settings</h1>
        <p className="tl-subtle">Check that Throughline is installed correctly and can reach Jira and its storage as you.</p>
      </header>
      <StatusSection />
    </main>
  );
}
