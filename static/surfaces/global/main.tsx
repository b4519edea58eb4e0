// Entry of the strategy workspace surface.
import { mount } from '../../kit/ui/mount';
import { Workspace } from './Workspace';

mount(<Workspace />);
