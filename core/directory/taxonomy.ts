import type { Locale } from '../i18n/locales';

/**
 * Kontakt's own taxonomy for the partner directory: what a partner's service is
 * (service type) and whom it is for (target group), labelled in the four UI
 * languages. Each term has a stable URI, and an HSDS export names terms by it
 * (and by a UUID derived from it), so an importer sees the same term in every
 * export of every organisation. Keys never change once published; a retired
 * term stays listed so old records keep their meaning.
 */
export const taxonomyBase = 'urn:kontakt:taxonomy';

export type TaxonomyName = 'service-type' | 'target-group';

interface TermLabels {
  pl: string;
  cs: string;
  en: string;
  uk: string;
}

export const serviceTypes = {
  social_assistance: {
    pl: 'Pomoc społeczna',
    cs: 'Sociální pomoc',
    en: 'Social assistance',
    uk: 'Соціальна допомога',
  },
  infectious_diseases: {
    pl: 'Choroby zakaźne (HIV, HCV, STI)',
    cs: 'Infekční nemoci (HIV, HCV, STI)',
    en: 'Infectious diseases (HIV, HCV, STI)',
    uk: 'Інфекційні хвороби (ВІЛ, ВГС, ІПСШ)',
  },
  substitution_treatment: {
    pl: 'Leczenie substytucyjne',
    cs: 'Substituční léčba',
    en: 'Substitution treatment',
    uk: 'Замісна терапія',
  },
  addiction_treatment: {
    pl: 'Leczenie uzależnień',
    cs: 'Léčba závislostí',
    en: 'Addiction treatment',
    uk: 'Лікування залежностей',
  },
  harm_reduction: {
    pl: 'Redukcja szkód',
    cs: 'Snižování škod',
    en: 'Harm reduction',
    uk: 'Зменшення шкоди',
  },
  health_care: {
    pl: 'Opieka zdrowotna',
    cs: 'Zdravotní péče',
    en: 'Health care',
    uk: 'Медична допомога',
  },
  mental_health: {
    pl: 'Zdrowie psychiczne',
    cs: 'Duševní zdraví',
    en: 'Mental health',
    uk: 'Психічне здоровʼя',
  },
  legal_aid: {
    pl: 'Pomoc prawna',
    cs: 'Právní pomoc',
    en: 'Legal aid',
    uk: 'Правова допомога',
  },
  police_liaison: {
    pl: 'Kontakt z policją',
    cs: 'Styčný důstojník policie',
    en: 'Police liaison',
    uk: 'Звʼязок із поліцією',
  },
  shelter: {
    pl: 'Schronienie i noclegi',
    cs: 'Azyl a noclehárny',
    en: 'Shelter',
    uk: 'Притулок і нічліг',
  },
  housing: {
    pl: 'Mieszkalnictwo',
    cs: 'Bydlení',
    en: 'Housing',
    uk: 'Житло',
  },
  crisis_intervention: {
    pl: 'Interwencja kryzysowa',
    cs: 'Krizová intervence',
    en: 'Crisis intervention',
    uk: 'Кризове втручання',
  },
  documents: {
    pl: 'Dokumenty tożsamości',
    cs: 'Doklady totožnosti',
    en: 'Identity documents',
    uk: 'Документи',
  },
  employment: {
    pl: 'Praca i zatrudnienie',
    cs: 'Práce a zaměstnání',
    en: 'Work and employment',
    uk: 'Робота і працевлаштування',
  },
  food: {
    pl: 'Żywność',
    cs: 'Potraviny',
    en: 'Food',
    uk: 'Харчування',
  },
  // A service imported from another directory whose own taxonomy names none of the above.
  other: {
    pl: 'Inne',
    cs: 'Jiné',
    en: 'Other',
    uk: 'Інше',
  },
} as const satisfies Record<string, TermLabels>;
export type ServiceType = keyof typeof serviceTypes;

export const targetGroups = {
  sex_workers: {
    pl: 'Osoby świadczące usługi seksualne',
    cs: 'Lidé pracující v sexbyznysu',
    en: 'Sex workers',
    uk: 'Секс-працівники',
  },
  people_experiencing_homelessness: {
    pl: 'Osoby w kryzysie bezdomności',
    cs: 'Lidé bez domova',
    en: 'People experiencing homelessness',
    uk: 'Люди в ситуації бездомності',
  },
  people_who_use_drugs: {
    pl: 'Osoby używające substancji',
    cs: 'Lidé užívající drogy',
    en: 'People who use drugs',
    uk: 'Люди, які вживають наркотики',
  },
  women_in_crisis: {
    pl: 'Kobiety w kryzysie',
    cs: 'Ženy v krizi',
    en: 'Women in crisis',
    uk: 'Жінки в кризі',
  },
  lgbt: {
    pl: 'Osoby LGBT+',
    cs: 'LGBT+ lidé',
    en: 'LGBT+ people',
    uk: 'ЛГБТ+ люди',
  },
  migrants: {
    pl: 'Migranci i uchodźcy',
    cs: 'Migranti a uprchlíci',
    en: 'Migrants and refugees',
    uk: 'Мігранти та біженці',
  },
  young_people: {
    pl: 'Młodzież',
    cs: 'Mladí lidé',
    en: 'Young people',
    uk: 'Молодь',
  },
} as const satisfies Record<string, TermLabels>;
export type TargetGroup = keyof typeof targetGroups;

export const serviceTypeKeys = Object.keys(serviceTypes) as [ServiceType, ...ServiceType[]];
export const targetGroupKeys = Object.keys(targetGroups) as [TargetGroup, ...TargetGroup[]];

/** The stable URI of a term: `urn:kontakt:taxonomy:service-type:legal_aid`. */
export function termUri(taxonomy: TaxonomyName, key: string): string {
  return `${taxonomyBase}:${taxonomy}:${key}`;
}

/** A term's label in a language. */
export function termLabel(taxonomy: TaxonomyName, key: string, locale: Locale): string {
  const terms: Record<string, TermLabels> = taxonomy === 'service-type' ? serviceTypes : targetGroups;
  return terms[key]?.[locale] ?? key;
}
