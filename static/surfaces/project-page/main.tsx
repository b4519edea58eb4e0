// Entry of the project alignment surface (jira:projectPage).
import { mount } from '../../src/ui/mount';
import { ProjectPageApp } from './ProjectPageApp';

mount(<ProjectPageApp />);
