// Where things are on the app's pages, for every suite and benchmark: the CSS selectors
// of what the tests press and read. Page-side functions cannot see these (they run in the
// browser), so they take the selector as their argument.

/** The screen's heading once the app (or its prerendered copy) is there. */
export const APP_HEADING = 'main#main h1';
/** The heading of whatever page is shown (the 404 and panic pages too). */
export const HEADING = 'main h1';
/** The navigation's links, in order: home, then each section. */
export const NAV_LINK = 'nav a.nav__link';

// The groups below have one shape (a name, then a selector, a line each), so the
// duplicates report pairs them; they are data, each about another part of the page.

/** The walkthrough. */
export const TEARS = {
  root: '.tears',
  heading: '#tears-heading',
  progress: '.tears__progress',
  next: '.tears__next',
  back: '.tears__back',
  dot: '.tears__dot',
  compareLink: '.tears__compare-link a',
  figure: '.tears__figure',
};

/** A walkthrough figure's controls and caption. */
export const FIGURE = {
  choice: '.tfig__choice',
  caption: '.tfig__caption',
  reset: '.tfig__reset',
  controls: '.tears__figure .tfig__controls',
};

/** An evidence note's open/close button. */
export const EVIDENCE_TOGGLE = '.evidence__toggle';

/** The flow's picture and its controls. */
export const FLOW = {
  visual: '.flow-visual',
  stage: '.flow-visual__stage',
  caption: '.flow-visual__caption',
  said: '.flow-visual__said',
  pause: '.flow-visual__pause',
  release: '.flow-controls__release',
  stress: '#flow-stress',
  holding: '#flow-holding',
  pressure: '#flow-pressure',
  particles: '.flow-figure__particles',
  tears: '.flow-figure__tears',
};

/** The reflection's quiz. */
export const QUIZ = {
  anyScreen: '.quiz-intro, .quiz-question, .quiz-results',
  intro: '.quiz-intro',
  question: '.quiz-question',
  results: '.quiz-results',
  start: '.quiz-start',
  choice: '.choice',
  next: '.quiz-next',
  back: '.quiz-back',
  skip: '.quiz-skip',
  progress: '.quiz__progress',
  note: '.quiz__note',
  forgetAsk: '.quiz-forget__ask',
  forgetYes: '.quiz-forget__yes',
  forgetNo: '#quiz-forget-no',
  copy: '.share__copy',
  download: '.share__download',
  print: '.share__print',
  status: '.share__status',
};

/** "Embed this": each snippet's Copy and what it says. */
export const SNIPPET = { copy: '.snippet__bar button', status: '.snippet__status' };

/** The loader's iframe in the host page fixtures. */
export const WIDGET_FRAME = '#widget iframe';
