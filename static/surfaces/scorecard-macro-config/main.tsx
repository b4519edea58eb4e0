// Entry of the config view of the Confluence "Throughline scorecard" macro.
import { mount } from '../../kit/ui/mount';
import { ScorecardConfigApp } from './ScorecardConfigApp';

mount(<ScorecardConfigApp />);
