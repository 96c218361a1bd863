// What the app says or keeps that the suites check in every engine, besides the pages'
// own headings and titles (those come from pages.mjs).
import { STEPS } from './pages.mjs';

/** The walkthrough's progress line, the description of each step's heading. */
export const stepProgress = (n) => `Step ${n} of ${STEPS}`;

/** How many questions the reflection's quiz asks. */
export const QUESTIONS = 10;
/** The quiz's progress line, the description of each question's heading. */
export const questionProgress = (n) => `Question ${n} of ${QUESTIONS}`;

/** The one storage key the quiz keeps its answers under. */
export const QUIZ_KEY = 'crying-explainer/reflect/v1';

/** The flow picture's visible caption in each state. */
export const FLOW_CAPTION = {
  steady: 'The flow is steady.',
  building: 'Pressure is building behind the block.',
  lettingGo: 'Tears flow, and the pressure eases.',
  nothingToEase: 'There is no pressure to ease. The flow is steady.',
};

/** What the quiz's "Copy as text" says: copied, or the calm note to download instead. */
export const COPY_SAYS = ['Copied.', 'Sorry, this browser would not let us copy.'];

/** The crisis lines every page links to. */
export const CRISIS_LINES = ['tel:116123', 'tel:999'];
