// Entry of the Confluence "Throughline scorecard" macro.
import { mount } from '../../src/ui/mount';
import { ScorecardMacroApp } from './ScorecardMacroApp';

mount(<ScorecardMacroApp />);
