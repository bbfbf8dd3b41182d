/**
 * How the editor explains what happens to a large source, worded once for the status bar's tooltip
 * and the Sources view's note so that the two never drift apart.
 */
import { LARGE_TEXT } from './analysisStore';

const OVER = `over ${LARGE_TEXT / 1024}K characters`;

/** Why a large source is not compared in the browser build (it would block the extension host). */
export const TOO_LARGE_TO_COMPARE = `This text is ${OVER}, too large to compare with the other sources in the browser (it would block the extension host); its own quotes and names are shown.`;

/** How a large source is compared on the desktop: in the background, after the others. */
export const COMPARED_IN_BACKGROUND = `This text is ${OVER}, so it is compared with the other sources in the background, after their own comparison is shown; an edit to any source restarts it.`;
