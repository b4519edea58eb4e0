// Projects as the user sees them.
import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';

import type { JiraProject } from '../../services/ports/jira';

const Project = z.object({ id: z.string(), key: z.string(), name: z.string() });

export const fetchProject = (jira: JiraClient, idOrKey: string): Promise<JiraProject> =>
  jira.json('user', (r) => r.requestJira(route`/rest/api/3/project/${idOrKey}`), Project);
