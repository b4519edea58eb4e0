// The page's one piece of server state: the project's tag view, loaded once, replaced by what a save or a
// removal answers, and fetched again on demand (after a conflict, to show the other person's version).
import { projectSettingsCalls, type ProjectTagView } from '../../../src/shared/api/project-settings';
import { useView, type ViewState } from '../../kit/api/useView';

export type TagState = ViewState<ProjectTagView>;

export const useProjectTag = (project: string | null) => useView(projectSettingsCalls.get, project === null ? null : { project });
