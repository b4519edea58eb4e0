// Entry of the config view of the Confluence "Throughline scorecard" macro.
import { mount } from '../../src/ui/mount';
import { ScorecardConfigApp } from './ScorecardConfigApp';

mount(<ScorecardConfigApp />);
