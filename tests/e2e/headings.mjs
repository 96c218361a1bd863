// The heading each screen shows (from src/content), for every suite that checks where a
// reader landed: the Chromium suites and the other engines' scenarios.

/** The walkthrough's six step headings, in order. */
export const STEP_HEADINGS = [
  'Three kinds of tears',
  'Reflex tears: washing the eye',
  'Emotional tears: from feeling to tear',
  'What is in your tears',
  'What crying can do',
  'Crying in the therapy room',
];

/** The comparison's heading. */
export const COMPARE_HEADING = 'Emotional and reflex tears, side by side';
