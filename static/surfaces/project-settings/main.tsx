// Entry of the Throughline alignment surface.
import { mount } from '../../kit/ui/mount';
import { ProjectSettingsApp } from './ProjectSettingsApp';

mount(<ProjectSettingsApp />);
