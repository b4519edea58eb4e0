// Every project alignment at once, for trees and gaps: read through the 'by-goal' index in pages of 100 (two
// storage operations for 200 projects), bounded. Callers cut the list down to the projects a viewer may browse.
import { kvs } from '@forge/kvs';
import { ProjectAlignment } from '../../shared/model/project-alignment';

const PAGE = 100;
const MAX_PAGES = 20;

interface ProjectItem {
  record: ProjectAlignment;
}

export const readAllProjectAlignments = async (): Promise<ProjectAlignment[]> => {
  const out: ProjectAlignment[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    let query = kvs.entity<ProjectItem>('project-alignment').query().index('by-goal').limit(PAGE);
    if (cursor) query = query.cursor(cursor);
    const res = await query.getMany();
    for (const r of res.results) {
      const parsed = ProjectAlignment.safeParse(r.value.record);
      // One unreadable record must not hide every other project's alignment.
      if (parsed.success) out.push(parsed.data);
    }
    cursor = res.nextCursor;
    if (!cursor) break;
  }
  return out;
};
