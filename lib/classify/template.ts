/**
 * Which template a document's tables follow, and so which standard tables it publishes at all
 * (lib/templates/catalogue.ts): a document that shows three or more titles only one template uses follows it; the
 * national budget template is the default.
 */
import { NATIONAL_BUDGET, TEMPLATES, type TemplateSpec } from '../templates/catalogue.ts';
import { canonicalLabel } from '../text.ts';

export type Template = TemplateSpec;

export function documentTemplate(titles: readonly string[]): Template {
  const canonical = titles.map(canonicalLabel);
  for (const template of TEMPLATES) {
    const hits = template.marks.filter((mark) => canonical.some((t) => mark.test(t))).length;
    if (hits >= 3) return template;
  }
  return NATIONAL_BUDGET;
}
