// Entry of the admin page (jira:adminPage).
import { mount } from '../../src/ui/mount';
import { AdminApp } from './AdminApp';

mount(<AdminApp />);
