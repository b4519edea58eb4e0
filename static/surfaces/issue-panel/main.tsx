// Entry of the Strategic goal surface.
import { mount } from '../../kit/ui/mount';
import { IssuePanelApp } from './IssuePanelApp';

mount(<IssuePanelApp />);
