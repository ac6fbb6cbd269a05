import { type TaxonomyName, taxonomyBase, termLabel, termUri } from '#core/directory/taxonomy';
import type { Locale } from '#core/i18n/locales';
import { derivedId, termId } from './ids';

/** A service's type or target group as an HSDS attribute carrying its taxonomy term. */
export function termAttribute(serviceId: string, taxonomy: TaxonomyName, key: string, index: number, locale: Locale) {
  const uri = termUri(taxonomy, key);
  const taxonomyUri = `${taxonomyBase}:${taxonomy}`;
  return {
    id: derivedId(serviceId, `attribute/${taxonomy}`, index),
    link_id: serviceId,
    link_type: 'service',
    link_entity: 'service',
    taxonomy_term_id: termId(uri),
    taxonomy_term: {
      id: termId(uri),
      code: key,
      name: termLabel(taxonomy, key, locale),
      description: termLabel(taxonomy, key, locale),
      taxonomy: taxonomyUri,
      taxonomy_id: termId(taxonomyUri),
      language: locale,
      term_uri: uri,
    },
  };
}
