// Entry of the alignment tree macro's custom config (opened by Confluence's "Configure" on the macro).
import { mount } from '../../kit/ui/mount';
import { ConfigApp } from './ConfigApp';

mount(<ConfigApp />);
