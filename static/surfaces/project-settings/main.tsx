// Entry of the Throughline alignment surface.
import { mount } from '../../src/ui/mount';
import { ProjectSettingsApp } from './ProjectSettingsApp';

mount(<ProjectSettingsApp />);
