/**
 * Colours and names for underlines, per category and severity. Shared by the Highlight API
 * painter, the textarea mirror and the fallback boxes, so all three look the same.
 */
export const CATEGORIES = ['blame', 'absolutes', 'contempt', 'talking-down', 'withdrawal', 'heat'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** Underline colour per category: readable on light and dark pages (mid-lightness, saturated). */
export const CATEGORY_COLOR: Record<CategoryId, string> = {
  blame: '#e0700b',
  absolutes: '#c9a100',
  contempt: '#d6336c',
  'talking-down': '#7c5cd6',
  withdrawal: '#1c8fb8',
  heat: '#e03131',
};

/** Name of the CSS highlight for one category and severity, e.g. "softstart-blame-2". */
export function highlightName(category: string, severity: number): string {
  const cat = (CATEGORIES as readonly string[]).includes(category) ? category : 'heat';
  const sev = Math.min(3, Math.max(1, Math.round(severity) || 1));
  return `softstart-${cat}-${sev}`;
}

/** Underline thickness by severity. */
export function thickness(severity: number): number {
  return severity >= 3 ? 2.5 : severity === 2 ? 2 : 1.5;
}

/** The ::highlight() rules for every category and severity (used in adopted style sheets). */
export function highlightCss(): string {
  const rules: string[] = [];
  for (const cat of CATEGORIES) {
    for (const sev of [1, 2, 3]) {
      rules.push(
        `::highlight(${highlightName(cat, sev)}){text-decoration:underline wavy ${CATEGORY_COLOR[cat]};` +
          `text-decoration-thickness:${thickness(sev)}px;text-underline-offset:3px;` +
          `background-color:${CATEGORY_COLOR[cat]}${sev >= 3 ? '26' : '14'}}`,
      );
    }
  }
  return rules.join('\n');
}
