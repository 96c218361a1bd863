// The end-to-end scenarios (scenarios.mjs) in Firefox ESR, at a phone size and a desktop size.
import { engineSuite } from './scenarios.mjs';

engineSuite('firefox');
