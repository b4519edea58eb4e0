// The public shapes of the demo organisation (re-exported by ./index).
import type { JiraSeed } from '@throughline/local-forge/jira';
import type { CheckIn } from '../../src/shared/model/check-in';
import type { Commitment, SupportAgreement } from '../../src/shared/model/agreement';
import type { Goal } from '../../src/shared/model/goal';
import type { Input } from '../../src/shared/model/input';
import type { Kpi, Measurement } from '../../src/shared/model/kpi';
import type { ProjectAlignment } from '../../src/shared/model/project-alignment';
import type { Proposal } from '../../src/shared/model/proposal';
import type { Period } from '../../src/shared/model/period';

export type PersonaId = 'exec' | 'lead' | 'member' | 'outsider';

export interface Persona {
  id: PersonaId;
  accountId: string;
  displayName: string;
  description: string;
}

export interface DemoStrategy {
  goals: Goal[];
  projectAlignments: ProjectAlignment[];
  kpis: Kpi[];
  measurements: Measurement[];
  /** Absent in fixtures that need none (the bench). */
  checkIns?: CheckIn[];
  /** Input from the work, as left and as it stands today; absent in fixtures that need none. */
  input?: { left: Input; now: Input }[];
  /** Support agreements between goals and commitments to parents; absent in fixtures that need none (the bench). */
  agreements?: SupportAgreement[];
  commitments?: Commitment[];
  /** Goals proposed under a goal, as they stand today; absent in fixtures that need none. */
  proposals?: Proposal[];
  strategyEditorGroups: string[];
  /** Quarters, halves and years, none closed; absent in fixtures that need none. */
  periods?: Period[];
}

export interface DemoOrganisation {
  jira: JiraSeed;
  personas: Persona[];
  strategy: DemoStrategy;
  /** 'YYYY-MM-DD': every date in the organisation is relative to this day. */
  today: string;
}

/** What each demo KPI is built to show when evaluated on `today`. */
export type KpiIntent = 'on-track' | 'at-risk' | 'off-track' | 'stale';
