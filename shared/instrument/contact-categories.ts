/**
 * The four kinds of priority customer contact (docs/spec/product.md, session flow step 5): a customer in distress,
 * building the sale, responding to a request, strengthening the bond. The one list the
 * instrument, the audit file schema, the API and the views read.
 */
export const CONTACT_CATEGORIES = ['rescue', 'revenue', 'request', 'relationship'] as const;

export type ContactCategory = (typeof CONTACT_CATEGORIES)[number];

/** How the window and the report name each category. */
export const CONTACT_CATEGORY_NAMES: Readonly<Record<ContactCategory, string>> = {
  rescue: 'Rescue',
  revenue: 'Revenue',
  request: 'Request',
  relationship: 'Relationship',
};
