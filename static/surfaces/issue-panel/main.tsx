// Entry of the Strategic goal surface.
import { mount } from '../../src/ui/mount';
import { IssuePanelApp } from './IssuePanelApp';

mount(<IssuePanelApp />);
