// The end-to-end scenarios (scenarios.mjs) in WebKit (MiniBrowser), at a phone size and a desktop size.
import { engineSuite } from './scenarios.mjs';

engineSuite('webkit');
