/**
 * axe-core scans of the extension's own pages (a11y.spec.ts, patterns.spec.ts).
 *
 * Legacy mode runs axe in the page itself. The default mode also scans iframes and finishes each
 * scan in a new blank tab, which with the extension loaded cost about a second more per scan here;
 * none of our pages has an iframe.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).setLegacyMode(true).analyze();
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
  }));
}
