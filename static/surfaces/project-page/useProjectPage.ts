// The page's one piece of server state: the project's alignment view, replaced by what a tag answers.
import { projectPageCalls, type ProjectPageView } from '../../../src/shared/api/project-page';
import { useView, type ViewState } from '../../kit/api/useView';

export type PageState = ViewState<ProjectPageView>;

export const useProjectPage = (project: string | null) => {
  const { state, retry, replace } = useView(projectPageCalls.view, project === null ? null : { project });
  return { state, retry, replace };
};
