import type { CatalogueKind, materialUnits } from '../schemas/catalogues';

/** A catalogue entry every new organisation starts with (domain.md, "Organisation setup"). */
export interface DefaultCatalogueItem {
  kind: CatalogueKind;
  key: string;
  labels: { pl: string; cs: string; en: string; uk: string };
  unit: (typeof materialUnits)[number] | null;
  sortOrder: number;
}

type Unit = (typeof materialUnits)[number];
/** key, Polish, Czech, English, Ukrainian. */
type Row = readonly [key: string, pl: string, cs: string, en: string, uk: string];
/** key, unit, Polish, Czech, English, Ukrainian. */
type MaterialRow = readonly [key: string, unit: Unit, pl: string, cs: string, en: string, uk: string];

/** Materials handed out (harm reduction, basic needs, information), each with the unit it is counted in. */
const materials: readonly MaterialRow[] = [
  ['condom', 'piece', 'Prezerwatywa', 'Kondom', 'Condom', 'Презерватив'],
  ['female_condom', 'piece', 'Prezerwatywa dla kobiet', 'Ženský kondom', 'Female condom', 'Жіночий презерватив'],
  ['lubricant', 'piece', 'Lubrykant', 'Lubrikační gel', 'Lubricant', 'Лубрикант'],
  ['syringe', 'piece', 'Strzykawka', 'Injekční stříkačka', 'Syringe', 'Шприц'],
  ['needle', 'piece', 'Igła', 'Jehla', 'Needle', 'Голка'],
  ['alcohol_swab', 'piece', 'Gazik nasączony alkoholem', 'Alkoholový tampon', 'Alcohol swab', 'Спиртова серветка'],
  ['sterile_water', 'piece', 'Woda do iniekcji', 'Voda na injekce', 'Sterile water', 'Вода для ін’єкцій'],
  ['filter', 'piece', 'Filtr', 'Filtr', 'Filter', 'Фільтр'],
  [
    'cooker',
    'piece',
    'Naczynko do przygotowania',
    'Nádobka na přípravu (stericup)',
    'Cooker',
    'Ємність для приготування',
  ],
  ['ascorbic_acid', 'piece', 'Kwas askorbinowy', 'Kyselina askorbová', 'Ascorbic acid', 'Аскорбінова кислота'],
  ['gelatin_capsules', 'piece', 'Kapsułki żelatynowe', 'Želatinové kapsle', 'Gelatin capsules', 'Желатинові капсули'],
  [
    'sharps_container',
    'piece',
    'Pojemnik na zużyte igły i strzykawki',
    'Kontejner na použité injekční náčiní',
    'Sharps container',
    'Контейнер для використаних голок і шприців',
  ],
  ['naloxone_kit', 'kit', 'Zestaw z naloksonem', 'Sada s naloxonem', 'Naloxone kit', 'Набір з налоксоном'],
  ['foil', 'piece', 'Folia aluminiowa', 'Alobal', 'Foil', 'Фольга'],
  [
    'safer_smoking_kit',
    'kit',
    'Zestaw do bezpieczniejszego palenia',
    'Sada pro bezpečnější kouření',
    'Safer smoking kit',
    'Набір для безпечнішого куріння',
  ],
  [
    'safer_snorting_kit',
    'kit',
    'Zestaw do bezpieczniejszego wciągania',
    'Sada pro bezpečnější šňupání',
    'Safer snorting kit',
    'Набір для безпечнішого інтраназального вживання',
  ],
  ['leaflet', 'piece', 'Ulotka informacyjna', 'Informační leták', 'Leaflet', 'Інформаційна листівка'],
  ['hiv_self_test', 'piece', 'Autotest na HIV', 'HIV autotest', 'HIV self-test', 'Тест на ВІЛ для самотестування'],
  ['pregnancy_test', 'piece', 'Test ciążowy', 'Těhotenský test', 'Pregnancy test', 'Тест на вагітність'],
  ['wound_dressing', 'set', 'Materiał opatrunkowy', 'Obvazový materiál', 'Wound dressing', 'Перев’язувальний матеріал'],
  ['vitamins', 'pack', 'Witaminy', 'Vitamíny', 'Vitamins', 'Вітаміни'],
  ['food', 'portion', 'Żywność', 'Potraviny', 'Food', 'Їжа'],
  ['food_parcel', 'pack', 'Paczka żywnościowa', 'Potravinový balíček', 'Food parcel', 'Продуктовий набір'],
  ['hot_drink', 'portion', 'Gorący napój', 'Teplý nápoj', 'Hot drink', 'Гарячий напій'],
  ['drinking_water', 'piece', 'Woda pitna', 'Pitná voda', 'Drinking water', 'Питна вода'],
  ['hygiene_kit', 'kit', 'Zestaw higieniczny', 'Hygienický balíček', 'Hygiene kit', 'Гігієнічний набір'],
  ['sanitary_pads', 'pack', 'Podpaski', 'Hygienické vložky', 'Sanitary pads', 'Гігієнічні прокладки'],
  ['tampons', 'pack', 'Tampony', 'Tampony', 'Tampons', 'Тампони'],
  ['clothes', 'piece', 'Odzież', 'Oblečení', 'Clothes', 'Одяг'],
  ['underwear', 'piece', 'Bielizna', 'Spodní prádlo', 'Underwear', 'Спідня білизна'],
  ['socks', 'pair', 'Skarpety', 'Ponožky', 'Socks', 'Шкарпетки'],
  ['shoes', 'pair', 'Obuwie', 'Obuv', 'Shoes', 'Взуття'],
  ['blanket', 'piece', 'Koc', 'Deka', 'Blanket', 'Ковдра'],
  ['sleeping_bag', 'piece', 'Śpiwór', 'Spací pytel', 'Sleeping bag', 'Спальний мішок'],
  ['emergency_blanket', 'piece', 'Koc termiczny (folia NRC)', 'Izotermická fólie', 'Emergency blanket', 'Термоковдра'],
  [
    'transport_ticket',
    'piece',
    'Bilet komunikacji miejskiej',
    'Jízdenka MHD',
    'Public transport ticket',
    'Квиток на громадський транспорт',
  ],
];

/** Services given in contacts and visits (the Czech low-threshold "výkony"). */
const services: readonly Row[] = [
  [
    'contact_work',
    'Nawiązanie i podtrzymanie kontaktu',
    'Kontaktní práce',
    'Contact work',
    'Встановлення та підтримання контакту',
  ],
  ['information', 'Informacja', 'Informační servis', 'Information', 'Інформування'],
  ['counselling', 'Poradnictwo', 'Individuální poradenství', 'Counselling', 'Консультування'],
  ['crisis_intervention', 'Interwencja kryzysowa', 'Krizová intervence', 'Crisis intervention', 'Кризове втручання'],
  ['first_aid', 'Pierwsza pomoc', 'První pomoc', 'First aid', 'Перша допомога'],
  [
    'basic_health_care',
    'Podstawowa pomoc medyczna (opatrzenie ran)',
    'Základní zdravotní ošetření',
    'Basic health care (wound care)',
    'Базова медична допомога (обробка ран)',
  ],
  ['accompaniment', 'Asysta (towarzyszenie)', 'Asistenční služba (doprovod)', 'Accompaniment', 'Супровід'],
  ['material_aid', 'Pomoc rzeczowa', 'Materiální pomoc', 'Material aid', 'Речова допомога'],
  [
    'needle_syringe_exchange',
    'Wymiana igieł i strzykawek',
    'Výměnný program',
    'Needle and syringe exchange',
    'Обмін голок і шприців',
  ],
  [
    'infection_testing',
    'Testowanie w kierunku HIV, WZW i STI',
    'Testování na infekční nemoci',
    'Testing (HIV, hepatitis, STIs)',
    'Тестування на ВІЛ, гепатити та ІПСШ',
  ],
  ['shower', 'Prysznic', 'Sprcha', 'Shower', 'Душ'],
  ['laundry', 'Pranie', 'Praní prádla', 'Laundry', 'Прання'],
  ['meal', 'Posiłek', 'Potravinový servis', 'Meal', 'Харчування'],
  ['clothes', 'Wydanie odzieży', 'Šatník', 'Clothes', 'Видача одягу'],
  ['day_stay', 'Pobyt dzienny', 'Denní pobyt', 'Day stay', 'Денне перебування'],
  ['warming_place', 'Miejsce w ogrzewalni', 'Místo v ohřívárně', 'Warming place', 'Місце для обігріву'],
  ['night_bed', 'Nocleg', 'Nocleh', 'Night bed', 'Місце для ночівлі'],
  ['internet', 'Dostęp do internetu', 'Přístup k internetu', 'Internet access', 'Доступ до інтернету'],
  ['phone_charging', 'Ładowanie telefonu', 'Nabíjení telefonu', 'Phone charging', 'Заряджання телефону'],
  ['storage', 'Przechowanie rzeczy', 'Úschova věcí', 'Storage of belongings', 'Зберігання речей'],
  ['social_work', 'Praca socjalna', 'Sociální práce', 'Social work', 'Соціальна робота'],
  ['case_work', 'Praca z przypadkiem', 'Případová práce', 'Case work', 'Ведення випадку'],
  ['referral', 'Skierowanie (pośrednictwo)', 'Zprostředkování kontaktu', 'Referral', 'Направлення до інших служб'],
  [
    'advocacy_with_institutions',
    'Pomoc w sprawach urzędowych',
    'Intervence u institucí',
    'Advocacy with institutions',
    'Допомога у взаємодії з установами',
  ],
  [
    'motivational_interviewing',
    'Dialog motywujący',
    'Motivační rozhovor',
    'Motivational interviewing',
    'Мотиваційне інтерв’ю',
  ],
  [
    'phone_counselling',
    'Poradnictwo telefoniczne',
    'Telefonické poradenství',
    'Phone counselling',
    'Консультування телефоном',
  ],
  [
    'online_counselling',
    'Poradnictwo online',
    'Internetové poradenství',
    'Online counselling',
    'Онлайн-консультування',
  ],
  ['group_work', 'Praca grupowa', 'Skupinová práce', 'Group work', 'Групова робота'],
  [
    'family_work',
    'Praca z rodziną i bliskimi',
    'Práce s rodinou a blízkými',
    'Work with family and close ones',
    'Робота з родиною та близькими',
  ],
];

/** Topics of a contact or a counselling conversation. */
const topics: readonly Row[] = [
  ['health', 'Zdrowie', 'Zdraví', 'Health', 'Здоров’я'],
  ['safer_sex', 'Bezpieczniejszy seks', 'Bezpečnější sex', 'Safer sex', 'Безпечніший секс'],
  ['hiv_sti', 'HIV i STI', 'HIV a pohlavně přenosné infekce', 'HIV and STIs', 'ВІЛ та ІПСШ'],
  ['hepatitis', 'WZW (wirusowe zapalenie wątroby)', 'Virové hepatitidy', 'Viral hepatitis', 'Вірусні гепатити'],
  [
    'pregnancy_contraception',
    'Ciąża i antykoncepcja',
    'Těhotenství a antikoncepce',
    'Pregnancy and contraception',
    'Вагітність і контрацепція',
  ],
  ['drug_use', 'Używanie substancji psychoaktywnych', 'Užívání drog', 'Drug use', 'Вживання наркотиків'],
  ['safer_use', 'Bezpieczniejsze używanie', 'Bezpečnější užívání', 'Safer use', 'Безпечніше вживання'],
  ['overdose', 'Przedawkowanie', 'Předávkování', 'Overdose', 'Передозування'],
  ['alcohol', 'Alkohol', 'Alkohol', 'Alcohol', 'Алкоголь'],
  [
    'treatment',
    'Leczenie (w tym substytucyjne)',
    'Léčba (včetně substituční)',
    'Treatment (incl. substitution)',
    'Лікування (зокрема замісна терапія)',
  ],
  ['mental_health', 'Zdrowie psychiczne', 'Duševní zdraví', 'Mental health', 'Психічне здоров’я'],
  ['sex_work', 'Praca seksualna', 'Sexuální práce', 'Sex work', 'Секс-робота'],
  ['violence', 'Przemoc', 'Násilí', 'Violence', 'Насильство'],
  ['safety', 'Bezpieczeństwo', 'Bezpečí', 'Safety', 'Безпека'],
  ['rights', 'Prawa', 'Práva', 'Rights', 'Права'],
  ['police', 'Policja', 'Policie', 'Police', 'Поліція'],
  [
    'courts_criminal',
    'Sprawy sądowe i karne',
    'Soudy a trestní věci',
    'Courts and criminal matters',
    'Суди та кримінальні справи',
  ],
  ['housing', 'Mieszkanie', 'Bydlení', 'Housing', 'Житло'],
  ['documents', 'Dokumenty', 'Doklady', 'Documents', 'Документи'],
  ['health_insurance', 'Ubezpieczenie zdrowotne', 'Zdravotní pojištění', 'Health insurance', 'Медичне страхування'],
  ['work_income', 'Praca i dochód', 'Práce a příjem', 'Work and income', 'Робота і дохід'],
  ['benefits', 'Świadczenia socjalne', 'Sociální dávky', 'Social benefits', 'Соціальні виплати'],
  ['debts', 'Zadłużenie', 'Dluhy a exekuce', 'Debts', 'Борги'],
  ['education', 'Edukacja', 'Vzdělávání', 'Education', 'Освіта'],
  ['family', 'Rodzina', 'Rodina', 'Family', 'Сім’я'],
  [
    'children_parenting',
    'Dzieci i rodzicielstwo',
    'Děti a rodičovství',
    'Children and parenting',
    'Діти та батьківство',
  ],
  [
    'gender_identity_orientation',
    'Tożsamość płciowa i orientacja seksualna',
    'Genderová identita a sexuální orientace',
    'Gender identity and sexual orientation',
    'Гендерна ідентичність і сексуальна орієнтація',
  ],
  ['migration', 'Migracja i pobyt', 'Migrace a pobyt', 'Migration and residence', 'Міграція та перебування'],
];

/** Groups the organisation works with; respectful, person-first wording (ux.md). */
const targetGroups: readonly Row[] = [
  [
    'sex_workers',
    'Osoby świadczące usługi seksualne',
    'Osoby poskytující placené sexuální služby',
    'Sex workers',
    'Секс-працівники і секс-працівниці',
  ],
  [
    'people_experiencing_homelessness',
    'Osoby w kryzysie bezdomności',
    'Lidé bez domova',
    'People experiencing homelessness',
    'Люди в ситуації безхатності',
  ],
  [
    'people_who_use_drugs',
    'Osoby używające narkotyków',
    'Lidé užívající drogy',
    'People who use drugs',
    'Люди, які вживають наркотики',
  ],
  [
    'people_who_inject_drugs',
    'Osoby przyjmujące narkotyki iniekcyjnie',
    'Lidé užívající drogy injekčně',
    'People who inject drugs',
    'Люди, які вживають наркотики ін’єкційно',
  ],
  [
    'women_in_crisis',
    'Kobiety w kryzysie',
    'Ženy v tísnivé sociální situaci',
    'Women in crisis',
    'Жінки в кризовій ситуації',
  ],
  [
    'people_experiencing_violence',
    'Osoby doświadczające przemocy',
    'Lidé zasažení násilím',
    'People experiencing violence',
    'Люди, які зазнають насильства',
  ],
  [
    'people_affected_by_trafficking',
    'Osoby poszkodowane handlem ludźmi',
    'Lidé zasažení obchodováním s lidmi',
    'People affected by human trafficking',
    'Люди, які постраждали від торгівлі людьми',
  ],
  ['lgbt_people', 'Osoby LGBT+', 'LGBT+ lidé', 'LGBT+ people', 'ЛГБТ+ люди'],
  ['trans_people', 'Osoby transpłciowe', 'Trans lidé', 'Trans people', 'Трансгендерні люди'],
  [
    'men_who_have_sex_with_men',
    'Mężczyźni mający kontakty seksualne z mężczyznami (MSM)',
    'Muži, kteří mají sex s muži (MSM)',
    'Men who have sex with men (MSM)',
    'Чоловіки, які мають секс із чоловіками (ЧСЧ)',
  ],
  ['migrants', 'Migranci i migrantki', 'Migranti a migrantky', 'Migrants', 'Мігранти і мігрантки'],
  ['refugees', 'Osoby uchodźcze', 'Lidé na útěku (uprchlíci)', 'Refugees', 'Біженці та біженки'],
  ['young_people', 'Młodzież', 'Mladí lidé', 'Young people', 'Молодь'],
  [
    'people_leaving_prison',
    'Osoby opuszczające zakłady karne',
    'Lidé po výkonu trestu',
    'People leaving prison',
    'Люди, які звільнилися з місць позбавлення волі',
  ],
  [
    'clients_of_sex_workers',
    'Klienci osób świadczących usługi seksualne',
    'Klienti osob poskytujících sexuální služby',
    'Clients of sex workers',
    'Клієнти секс-працівників',
  ],
];

/** Why a person is referred to a partner. */
const referralReasons: readonly Row[] = [
  ['medical_care', 'Opieka medyczna', 'Zdravotní péče', 'Medical care', 'Медична допомога'],
  [
    'hiv_sti_testing',
    'Testowanie w kierunku HIV i STI',
    'Testování na HIV a pohlavně přenosné infekce',
    'HIV and STI testing',
    'Тестування на ВІЛ та ІПСШ',
  ],
  [
    'hiv_hepatitis_treatment',
    'Leczenie HIV lub WZW',
    'Léčba HIV nebo hepatitidy',
    'HIV or hepatitis treatment',
    'Лікування ВІЛ або гепатиту',
  ],
  [
    'gynaecological_care',
    'Opieka ginekologiczna',
    'Gynekologická péče',
    'Gynaecological care',
    'Гінекологічна допомога',
  ],
  ['dental_care', 'Leczenie stomatologiczne', 'Zubní péče', 'Dental care', 'Стоматологічна допомога'],
  [
    'mental_health_care',
    'Pomoc psychiatryczna lub psychologiczna',
    'Psychiatrická nebo psychologická péče',
    'Mental health care',
    'Психіатрична або психологічна допомога',
  ],
  ['drug_treatment', 'Leczenie uzależnienia', 'Léčba závislosti', 'Drug dependence treatment', 'Лікування залежності'],
  [
    'substitution_treatment',
    'Leczenie substytucyjne',
    'Substituční léčba',
    'Opioid substitution treatment',
    'Замісна підтримувальна терапія',
  ],
  ['detox', 'Detoksykacja', 'Detoxifikace', 'Detox', 'Детоксикація'],
  ['shelter', 'Schronienie lub nocleg', 'Noclehárna nebo azylový dům', 'Shelter or night bed', 'Притулок або нічліг'],
  ['housing', 'Mieszkanie', 'Bydlení', 'Housing', 'Житло'],
  [
    'social_assistance',
    'Pomoc społeczna i świadczenia (OPS/MOPS)',
    'Sociální dávky a pomoc (úřad práce, sociální odbor)',
    'Social assistance and benefits',
    'Соціальна допомога та виплати',
  ],
  ['legal_aid', 'Pomoc prawna', 'Právní pomoc', 'Legal aid', 'Правова допомога'],
  [
    'identity_documents',
    'Dokumenty tożsamości',
    'Vyřízení dokladů',
    'Identity documents',
    'Документи, що посвідчують особу',
  ],
  ['employment', 'Praca i zatrudnienie', 'Práce a zaměstnání', 'Work and employment', 'Працевлаштування'],
  [
    'debt_counselling',
    'Poradnictwo w sprawie zadłużenia',
    'Dluhové poradenství',
    'Debt counselling',
    'Консультування щодо боргів',
  ],
  [
    'violence_support',
    'Pomoc dla osób doświadczających przemocy',
    'Pomoc lidem zasaženým násilím',
    'Support after violence',
    'Допомога постраждалим від насильства',
  ],
  ['crisis_support', 'Interwencja kryzysowa', 'Krizová pomoc', 'Crisis support', 'Кризова допомога'],
  ['food_aid', 'Pomoc żywnościowa', 'Potravinová pomoc', 'Food aid', 'Продовольча допомога'],
  [
    'migration_advice',
    'Doradztwo migracyjne',
    'Poradenství pro cizince',
    'Migration advice',
    'Консультування з питань міграції',
  ],
];

/** Counselling disciplines; the keys are used for access control (core/roles.ts). */
const disciplineRows: readonly Row[] = [
  ['legal', 'Poradnictwo prawne', 'Právní poradenství', 'Legal counselling', 'Юридичне консультування'],
  ['social', 'Poradnictwo socjalne', 'Sociální poradenství', 'Social counselling', 'Соціальне консультування'],
  ['medical', 'Poradnictwo medyczne', 'Zdravotní poradenství', 'Medical counselling', 'Медичне консультування'],
  [
    'psychological',
    'Poradnictwo psychologiczne',
    'Psychologické poradenství',
    'Psychological counselling',
    'Психологічне консультування',
  ],
  [
    'addiction',
    'Poradnictwo w zakresie uzależnień',
    'Adiktologické poradenství',
    'Addiction counselling',
    'Консультування щодо залежності',
  ],
];

/** Kinds of tests offered (results restricted to the medical discipline). */
const testTypes: readonly Row[] = [
  ['hiv', 'HIV', 'HIV', 'HIV', 'ВІЛ'],
  ['hcv', 'WZW C (HCV)', 'Hepatitida C (HCV)', 'Hepatitis C (HCV)', 'Гепатит C (ВГС)'],
  ['hbv', 'WZW B (HBV)', 'Hepatitida B (HBV)', 'Hepatitis B (HBV)', 'Гепатит B (ВГВ)'],
  ['syphilis', 'Kiła', 'Syfilis', 'Syphilis', 'Сифіліс'],
  ['chlamydia', 'Chlamydioza', 'Chlamydie', 'Chlamydia', 'Хламідіоз'],
  ['gonorrhoea', 'Rzeżączka', 'Kapavka', 'Gonorrhoea', 'Гонорея'],
  ['tuberculosis', 'Gruźlica', 'Tuberkulóza', 'Tuberculosis', 'Туберкульоз'],
  ['pregnancy', 'Ciąża', 'Těhotenství', 'Pregnancy', 'Вагітність'],
];

/** Events outside the client work. */
const eventTypes: readonly Row[] = [
  ['training', 'Szkolenie', 'Školení', 'Training', 'Тренінг'],
  ['workshop', 'Warsztaty', 'Workshop', 'Workshop', 'Воркшоп'],
  ['webinar', 'Webinar', 'Webinář', 'Webinar', 'Вебінар'],
  ['forum', 'Forum', 'Fórum', 'Forum', 'Форум'],
  ['conference', 'Konferencja', 'Konference', 'Conference', 'Конференція'],
  ['working_meeting', 'Spotkanie robocze', 'Pracovní setkání', 'Working meeting', 'Робоча зустріч'],
  ['study_visit', 'Wizyta studyjna', 'Studijní cesta', 'Study visit', 'Навчальний візит'],
  ['campaign', 'Kampania', 'Kampaň', 'Campaign', 'Кампанія'],
  ['camp', 'Obóz', 'Tábor', 'Camp', 'Табір'],
  ['supervision', 'Superwizja', 'Supervize', 'Supervision', 'Супервізія'],
  ['intervision', 'Interwizja', 'Intervize', 'Intervision', 'Інтервізія'],
];

/** Categories (professions) of participants outside the client list. */
const participantCategories: readonly Row[] = [
  ['teacher', 'Nauczyciel/nauczycielka', 'Učitel/učitelka', 'Teacher', 'Вчитель/вчителька'],
  [
    'school_pedagogue',
    'Pedagog szkolny/pedagożka szkolna',
    'Školní metodik/metodička prevence',
    'School counsellor',
    'Шкільний психолог/соціальний педагог',
  ],
  ['doctor', 'Lekarz/lekarka', 'Lékař/lékařka', 'Doctor', 'Лікар/лікарка'],
  ['nurse', 'Pielęgniarka/pielęgniarz', 'Zdravotní sestra/bratr', 'Nurse', 'Медсестра/медбрат'],
  ['lawyer', 'Prawnik/prawniczka', 'Právník/právnička', 'Lawyer', 'Юрист/юристка'],
  [
    'social_worker',
    'Pracownik socjalny/pracownica socjalna',
    'Sociální pracovník/pracovnice',
    'Social worker',
    'Соціальний працівник/соціальна працівниця',
  ],
  ['psychologist', 'Psycholog/psycholożka', 'Psycholog/psycholožka', 'Psychologist', 'Психолог/психологиня'],
  [
    'psychotherapist',
    'Psychoterapeuta/psychoterapeutka',
    'Psychoterapeut/psychoterapeutka',
    'Psychotherapist',
    'Психотерапевт/психотерапевтка',
  ],
  ['police_officer', 'Policjant/policjantka', 'Policista/policistka', 'Police officer', 'Поліцейський/поліцейська'],
  [
    'municipal_police_officer',
    'Strażnik miejski/strażniczka miejska',
    'Strážník/strážnice městské policie',
    'Municipal police officer',
    'Працівник/працівниця муніципальної варти',
  ],
  [
    'probation_officer',
    'Kurator/kuratorka sądowa',
    'Probační úředník/úřednice',
    'Probation officer',
    'Працівник/працівниця служби пробації',
  ],
  [
    'city_official',
    'Pracownik/pracownica urzędu miasta',
    'Úředník/úřednice městského úřadu',
    'City official',
    'Працівник/працівниця міської адміністрації',
  ],
  ['local_councillor', 'Radny/radna', 'Zastupitel/zastupitelka', 'Local councillor', 'Депутат/депутатка місцевої ради'],
  [
    'local_leader',
    'Lider/liderka społeczności lokalnej',
    'Místní lídr/lídryně',
    'Local leader',
    'Місцевий лідер/місцева лідерка',
  ],
  [
    'ngo_worker',
    'Pracownik/pracownica organizacji pozarządowej',
    'Pracovník/pracovnice neziskové organizace',
    'NGO worker',
    'Працівник/працівниця громадської організації',
  ],
  ['student', 'Student/studentka', 'Student/studentka', 'Student', 'Студент/студентка'],
  ['journalist', 'Dziennikarz/dziennikarka', 'Novinář/novinářka', 'Journalist', 'Журналіст/журналістка'],
  [
    'volunteer_candidate',
    'Kandydat/kandydatka na wolontariat',
    'Zájemce/zájemkyně o dobrovolnictví',
    'Volunteer candidate',
    'Кандидат/кандидатка у волонтери',
  ],
  ['other', 'Inne', 'Jiné', 'Other', 'Інше'],
];

const step = 10;

function fromRows(kind: CatalogueKind, rows: readonly Row[]): DefaultCatalogueItem[] {
  return rows.map(([key, pl, cs, en, uk], i) => ({
    kind,
    key,
    labels: { pl, cs, en, uk },
    unit: null,
    sortOrder: (i + 1) * step,
  }));
}

function fromMaterialRows(rows: readonly MaterialRow[]): DefaultCatalogueItem[] {
  return rows.map(([key, unit, pl, cs, en, uk], i) => ({
    kind: 'material',
    key,
    labels: { pl, cs, en, uk },
    unit,
    sortOrder: (i + 1) * step,
  }));
}

/** Defaults seeded into every new organisation's catalogues, in the four UI languages. */
export const defaultCatalogue: readonly DefaultCatalogueItem[] = Object.freeze([
  ...fromMaterialRows(materials),
  ...fromRows('service', services),
  ...fromRows('topic', topics),
  ...fromRows('target_group', targetGroups),
  ...fromRows('referral_reason', referralReasons),
  ...fromRows('discipline', disciplineRows),
  ...fromRows('test_type', testTypes),
  ...fromRows('event_type', eventTypes),
  ...fromRows('participant_category', participantCategories),
]);
