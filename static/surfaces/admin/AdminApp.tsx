// The admin page: Throughline's settings for Jira admins: the status of the installation, who edits strategy and
// how progress and KPI health are measured, periods, and export and import of all app data.
import { SettingsSections } from './SettingsSections';
import { StatusSection } from './StatusSection';

export function AdminApp() {
  return (
    <main className="tl-page tl-stack">
      <header className="tl-stack">
        <h1>Throughline settings</h1>
        <p className="tl-subtle">
          Check that Throughline can reach Jira and its storage as you, choose who may edit the strategy, how progress is measured and when a KPI counts as on
          track, and export or import all of Throughline’s data.
        </p>
      </header>
      <StatusSection />
      <SettingsSections />
    </main>
  );
}
