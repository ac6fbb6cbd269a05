import type { CatalogueItem } from '../../../api/types';

/** An item's label in the UI language, else the first label it has, else its key. */
export function itemLabel(item: CatalogueItem, language: string): string {
  return item.labels[language] || Object.values(item.labels).find(Boolean) || item.key;
}
