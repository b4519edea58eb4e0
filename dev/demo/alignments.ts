// Which goal each Jira project serves. Documentation (DOCS) is deliberately left untagged.
import type { ProjectAlignment, ProjectLevel } from '../../src/shared/model/project-alignment';
import { ACCOUNTS, type Handle } from './people';
import { projectDef, type ProjectKey } from './projects';
import { addDays, timestamp } from './random';

/** The project with no alignment: its epics are "doingness without direction" unless tagged one by one. */
export const UNALIGNED_PROJECT: ProjectKey = 'DOCS';

interface AlignmentDef {
  project: ProjectKey;
  level: ProjectLevel;
  goalId: string;
  leader: Handle | null;
  manager: Handle | null;
  daysAgo: number;
}

const ALIGNMENTS: AlignmentDef[] = [
  { project: 'INS', level: 'functional', goalId: 'g-product-differentiation', leader: 'vpProduct', manager: 'lead', daysAgo: 210 },
  { project: 'PLAT', level: 'process', goalId: 'g-release-train', leader: 'vpEngineering', manager: 'lucas', daysAgo: 205 },
  { project: 'REL', level: 'process', goalId: 'g-incident-response', leader: 'sreManager', manager: 'ivan', daysAgo: 200 },
  { project: 'GROW', level: 'functional', goalId: 'g-marketing-pipeline', leader: 'headMarketing', manager: 'ruth', daysAgo: 190 },
  { project: 'SALES', level: 'process', goalId: 'g-lead-qualification', leader: 'vpSales', manager: 'sam', daysAgo: 185 },
  { project: 'CS', level: 'process', goalId: 'g-support-triage', leader: 'vpCustomer', manager: null, daysAgo: 150 },
  { project: 'ATLAS', level: 'project', goalId: 'g-atlas-integration', leader: 'cfo', manager: 'exec', daysAgo: 120 },
];

export function buildProjectAlignments(today: string): ProjectAlignment[] {
  return ALIGNMENTS.map((a, i) => {
    const p = projectDef(a.project);
    return {
      projectId: p.id,
      level: a.level,
      goalId: a.goalId,
      leaderId: a.leader ? ACCOUNTS[a.leader] : null,
      managerId: a.manager ? ACCOUNTS[a.manager] : null,
      version: 1,
      updatedAt: timestamp(addDays(today, -a.daysAgo), 90 + i * 11),
      updatedBy: ACCOUNTS[p.lead],
      names: {},
    };
  });
}
