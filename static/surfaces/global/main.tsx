// Entry of the Strategy surface.
import { mount } from '../../src/ui/mount';
import { StrategyApp } from './StrategyApp';

mount(<StrategyApp />);
