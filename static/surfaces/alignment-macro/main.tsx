// Entry of the Confluence "Throughline alignment tree" macro's view.
import { mount } from '../../kit/ui/mount';
import { AlignmentMacroApp } from './AlignmentMacroApp';

mount(<AlignmentMacroApp />);
