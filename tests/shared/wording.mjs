// What the app says or keeps that the suites check in every engine, besides the pages'
// own headings and titles (those come from pages.mjs).
import { STEPS, QUESTIONS } from './pages.mjs';

/** The walkthrough's progress line, the description of each step's heading. */
export const stepProgress = (n) => `Step ${n} of ${STEPS}`;

export { QUESTIONS };
/** The quiz's progress line, the description of each question's heading. */
export const questionProgress = (n) => `Question ${n} of ${QUESTIONS}`;

/** The one storage key the quiz keeps its answers under. Written out, not read from the
 * build: a changed key loses every reader's saved answers, so a change must fail here. */
export const QUIZ_KEY = 'crying-explainer/reflect/v1';

/** The flow picture's visible caption in each state. */
export const FLOW_CAPTION = {
  steady: 'The flow is steady.',
  building: 'Pressure can build behind the block.',
  lettingGo: 'In the picture, tears flow and the pressure eases.',
  nothingToEase: 'There is no pressure to ease. The flow is steady.',
};

/** The offline notice: everything works once every page's words are in; until then (the
 * connection dropped as the app started) it promises only the page on screen. */
export const OFFLINE_SAYS = {
  everything: "You're offline. Everything here still works.",
  thisPage: "You're offline. This page still works. Other pages may need a connection.",
};

/** What the quiz's "Copy as text" says: copied, or the calm note to download instead. */
export const COPY_SAYS = ['Copied.', 'Sorry, this browser would not let us copy.'];

/** Every link of the support list on every page: the UK lines that the product's
 * EVIDENCE.md asks for (Samaritans, Shout's text line, NHS 111, 999, Lifeline, Childline)
 * and the pointer for readers elsewhere. Written out, not read from the build, so that a
 * line the build lost fails; `support.test.mjs` also fails a line the build has and this
 * list does not, so it is the one list to update. */
export const SUPPORT_LINKS = ['tel:116123', 'sms:85258?body=SHOUT', 'tel:111', 'tel:999', 'tel:08088088000', 'tel:08001111', 'https://findahelpline.com/'];

/** The two lines the quick checks look for: Samaritans, and 999 for a life at risk. */
export const CRISIS_LINES = ['tel:116123', 'tel:999'];
