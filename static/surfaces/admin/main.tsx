// Entry of the admin page (jira:adminPage).
import { mount } from '../../kit/ui/mount';
import { AdminApp } from './AdminApp';

mount(<AdminApp />);
