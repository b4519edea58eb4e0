// Entry of the Confluence "Throughline scorecard" macro.
import { mount } from '../../kit/ui/mount';
import { ScorecardMacroApp } from './ScorecardMacroApp';

mount(<ScorecardMacroApp />);
