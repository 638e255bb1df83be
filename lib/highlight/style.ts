/**
 * How underlines look, and the names they go by where the page can see them.
 *
 * Pages can read `CSS.highlights` and the style sheets adopted into their documents, so the
 * underline names and their rules must reveal nothing: every finding is drawn the same way (one
 * colour; category and severity are told only in the card, inside our closed shadow root), under
 * a name made up afresh for each page. The textarea mirror and the fallback boxes use the same look.
 */
export const CATEGORIES = ['blame', 'absolutes', 'contempt', 'talking-down', 'withdrawal', 'heat'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** The card's colour per category (drawn only inside the card, never in page-readable styles). */
export const CATEGORY_COLOR: Record<CategoryId, string> = {
  blame: '#e0700b',
  absolutes: '#c9a100',
  contempt: '#d6336c',
  'talking-down': '#7c5cd6',
  withdrawal: '#1c8fb8',
  heat: '#e03131',
};

/** The one underline colour: readable on light and dark pages (mid-lightness, saturated). */
export const MARK_COLOR = '#e8590c';
/** Underline thickness in CSS px. */
export const MARK_THICKNESS = 2;
/** Translucent wash behind a marked phrase. */
export const MARK_BACKGROUND = `${MARK_COLOR}1f`;

function randomToken(): string {
  const bytes = new Uint8Array(6);
  crypto.getRandomValues(bytes);
  // A letter first: a CSS identifier may not start with a digit.
  return `h${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('')}`;
}

let pageName: string | undefined;

/**
 * The name of the CSS highlight for this page: random, made once per frame (so it says nothing
 * about the extension or the finding), shared by every field in the frame.
 */
export function highlightName(): string {
  pageName ??= randomToken();
  return pageName;
}

/** The ::highlight() rule for the page's one name (used in adopted style sheets). */
export function highlightCss(): string {
  return (
    `::highlight(${highlightName()}){text-decoration:underline wavy ${MARK_COLOR};` +
    `text-decoration-thickness:${MARK_THICKNESS}px;text-underline-offset:3px;background-color:${MARK_BACKGROUND}}`
  );
}
