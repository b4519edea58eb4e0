// The editable settings, read once and shared by their sections, so that saving one section never leaves
// another holding a stale version (which would answer CONFLICT on its next save).
import { useEffect, useState } from 'react';
import { adminCalls, type SettingsView } from '../../../src/shared/api/admin';
import { useCall } from '../../kit/api/useCall';
import { ErrorMessage } from '../../kit/ui/ErrorMessage';
import { Loading } from '../../kit/ui/Loading';
import { HealthBandsSection } from './HealthBandsSection';
import { ProgressRuleSection } from './ProgressRuleSection';
import { StrategyEditorsSection } from './StrategyEditorsSection';
import { WeeklyDigestSection } from './WeeklyDigestSection';
import { PeriodsSection } from './PeriodsSection';
import { DataTransferSection } from './DataTransferSection';

export function SettingsSections() {
  const { state, retry } = useCall(adminCalls.settings, {});
  const [view, setView] = useState<SettingsView | null>(null);
  // Moved on by an import, so every section reads again what the file brought.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    if (state.status === 'ready') setView(state.data);
  }, [state]);
  if (state.status === 'error') return <ErrorMessage error={state.error} onRetry={retry} />;
  if (!view) return <Loading label="Loading settings…" />;
  return (
    <>
      <StrategyEditorsSection view={view} onSaved={setView} />
      <ProgressRuleSection view={view} onSaved={setView} />
      <HealthBandsSection view={view} onSaved={setView} />
      <WeeklyDigestSection view={view} onSaved={setView} />
      <PeriodsSection key={generation} />
      <DataTransferSection
        canEdit={view.canEdit}
        onImported={() => {
          retry();
          setGeneration((g) => g + 1);
        }}
      />
    </>
  );
}
