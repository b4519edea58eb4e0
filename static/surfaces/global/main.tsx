// Entry of the strategy workspace surface.
import { mount } from '../../src/ui/mount';
import { Workspace } from './Workspace';

mount(<Workspace />);
