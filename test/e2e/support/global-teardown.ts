// Jest's global teardown of the end-to-end project: closes the run's Chromium (see global-setup.ts).
import { closeSharedChromium } from './global-setup';

export default closeSharedChromium;
