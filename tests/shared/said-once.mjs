// Each action says what happened, once (issue 19, point 2): what both suites do and
// expect, the Chromium one (tests/e2e/announce*.test.mjs) and the other engines'
// (tests/engines/announce-scenarios.mjs), through the page-side recorders in listen.mjs.
import { TEARS } from './selectors.mjs';
import { stepProgress, questionProgress } from './wording.mjs';
import { headingOf, stepAddress } from './pages.mjs';

/** A walk from step 1 by button and by arrow key, both ways: each move, and the step it
 * lands on. */
export const WALKTHROUGH_MOVES = [
  ['Next', 2], ['Next', 3], ['Next', 4], ['Back', 3], ['ArrowRight', 4], ['ArrowLeft', 3], ['ArrowLeft', 2], ['Back', 1],
];

/** How a move is made: a button to press, or a key. */
export const MOVE = {
  Next: { press: TEARS.next },
  Back: { press: TEARS.back },
  ArrowRight: { key: 'ArrowRight' },
  ArrowLeft: { key: 'ArrowLeft' },
};

/** Where focus must be after a move to step `n`, as focusReport() tells it: the step's
 * heading, described by its place, neither in a live region. */
export const stepFocus = (n) => ({
  tag: 'h1', id: 'tears-heading', text: headingOf(stepAddress(n)), description: stepProgress(n), live: false,
});

/** Where focus must be on question `n`: its heading in the question's legend, described
 * by its place, neither in a live region. */
export const questionFocus = (n) => ({ tag: 'h2', inLegend: true, description: questionProgress(n), live: false });

/** The parts of a focusReport() that `expected` names. */
export const pick = (report, expected) => Object.fromEntries(Object.keys(expected).map((k) => [k, report[k]]));
