// Entry of the project alignment surface (jira:projectPage).
import { mount } from '../../kit/ui/mount';
import { ProjectPageApp } from './ProjectPageApp';

mount(<ProjectPageApp />);
