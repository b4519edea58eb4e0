// Project alignments and the mirror of epic tags as the tagging use cases and the issue panel need them.
// Implemented by src/platform/storage/alignment-store.ts.
import type { EpicTag } from '../../shared/epic-tag';
import type { AuditEvent } from '../../shared/model/audit';
import type { PeopleNames } from '../../shared/model/common';
import type { ProjectAlignment } from '../../shared/model/project-alignment';
import type { SupportSummary } from '../../shared/model/agreement';
import type { HealthBoard } from './kpis';
import type { BoardShard } from '../../domain/alignment/alignment-board';

/** The mirror of an epic's tag also keeps the display names of its leader and manager (the property keeps ids only). */
export interface MirroredEpicTag {
  issueId: string;
  projectId: string;
  tag: EpicTag;
  names: PeopleNames;
}

export interface PanelRecords {
  epic?: MirroredEpicTag;
  project?: ProjectAlignment;
  health: HealthBoard;
  /** The site's live support agreements (the panel's lines about what the chain relies on). */
  support: SupportSummary[];
}

export interface AlignmentStore {
  project(projectId: string): Promise<ProjectAlignment | undefined>;
  /** Writes when the stored version is still `expectedVersion` (0: none stored yet); 'conflict' otherwise. The save and
   *  the removal also write the project's shard of the alignment board, in the same transaction. */
  saveProject(a: ProjectAlignment, expectedVersion: number, audit: AuditEvent): Promise<'committed' | 'conflict'>;
  deleteProject(projectId: string, expectedVersion: number, audit: AuditEvent): Promise<'committed' | 'conflict'>;
  projectsForGoal(goalId: string, limit: number): Promise<ProjectAlignment[]>;
  epic(issueId: string): Promise<MirroredEpicTag | undefined>;
  /** The mirrors of these epics that exist, 25 keys per storage operation. */
  epics(issueIds: readonly string[]): Promise<Map<string, MirroredEpicTag>>;
  putEpic(m: MirroredEpicTag): Promise<void>;
  deleteEpic(issueId: string): Promise<void>;
  epicsForGoal(goalId: string, limit: number): Promise<MirroredEpicTag[]>;
  /** The epic's mirrored tag, the project's alignment, every goal's KPI health and the live support agreements in
   *  ONE storage operation (the issue panel's budget). */
  panelRecords(epicId: string | undefined, projectId: string): Promise<PanelRecords>;
}

/** The alignment board (src/domain/alignment/alignment-board.ts) as its daily repair needs it. */
export interface AlignmentBoardStore {
  /** Every shard (undefined where missing or unreadable) and the revision each holds, in one storage operation. */
  read(): Promise<{ shards: (BoardShard | undefined)[]; revisions: (number | undefined)[] }>;
  /** Every alignment, read from the alignments themselves; undefined when there are more than a repair may read. */
  alignments(): Promise<ProjectAlignment[] | undefined>;
  /** Writes every shard in one transaction, when each is still at the revision read; 'conflict' otherwise. */
  replace(revisions: readonly (number | undefined)[], shards: readonly BoardShard[]): Promise<'committed' | 'conflict'>;
}
