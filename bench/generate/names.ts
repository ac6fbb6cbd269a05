import { transliterateCyrillic } from '../../core/codes/cyrillic';
import type { Random } from './random';

/**
 * Fictional people as outreach workers in Warsaw and Prague write them down:
 * a pseudonym (a diminutive, a nickname, "Kasia z dworca"), and behind it the
 * facts an anonymous code is built from (first name, mother's first name,
 * surname, sex). Names are common given names and surnames, never real people.
 */

export type Culture = 'pl' | 'cs' | 'uk' | 'en';
export type Sex = 'female' | 'male' | 'other';

/** [formal first name, what people are called]. */
type Name = readonly [string, string];

interface CultureData {
  female: readonly Name[];
  male: readonly Name[];
  surnames: readonly string[];
  places: readonly string[];
  adjectives: { female: readonly string[]; male: readonly string[] };
  nicknames: readonly string[];
  descriptions: readonly string[];
  languages: readonly (readonly string[])[];
}

/** A comma-separated list written across lines (keeps the tables readable and the formatter calm). */
const list = (text: string): readonly string[] =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
/** "Formal Called, …" pairs. */
const pairs = (text: string): readonly Name[] =>
  list(text).map((pair) => {
    const [formal, called] = pair.split(' ');
    return [formal!, called!] as const;
  });

const pl: CultureData = {
  female: pairs(`
    Katarzyna Kasia, Małgorzata Gosia, Anna Ania, Agnieszka Aga, Barbara Basia, Joanna Asia, Magdalena Magda,
    Elżbieta Ela, Krystyna Krysia, Zofia Zośka, Bożena Bożenka, Grażyna Grażka, Jadwiga Jadzia, Danuta Danka,
    Ewa Ewka, Dorota Dorotka, Justyna Justa, Marta Martusia, Aleksandra Ola, Wiktoria Wika, Beata Beti,
    Halina Halinka, Iwona Iwonka, Renata Renia, Natalia Nata
  `),
  male: pairs(`
    Tomasz Tomek, Łukasz Łukasz, Krzysztof Krzysiek, Paweł Pawełek, Michał Michał, Marek Marek, Zbigniew Zbyszek,
    Józef Józek, Stanisław Stasiek, Wojciech Wojtek, Jarosław Jarek, Andrzej Andrzejek, Grzegorz Grzesiek,
    Piotr Piotrek, Jan Janek, Kazimierz Kazik, Ryszard Rysiek, Mirosław Mirek, Tadeusz Tadek, Jędrzej Jędrek,
    Sławomir Sławek, Dariusz Darek, Zdzisław Zdzichu, Henryk Heniek, Władysław Władek
  `),
  surnames: list(`
    Nowak, Kowalski, Wiśniewski, Wójcik, Kowalczyk, Kamiński, Lewandowski, Zieliński, Szymański, Woźniak,
    Dąbrowski, Kozłowski, Jankowski, Mazur, Kwiatkowski, Krawczyk, Piotrowski, Grabowski, Pawłowski, Michalski,
    Król, Wieczorek, Jabłoński, Wróbel, Nowicki, Majewski, Olszewski, Stępień
  `),
  places: list(`
    z dworca, z Centralnej, spod mostu, z Pragi, z Wileńskiego, od psa, z gitarą, z parku, spod Rotundy,
    z ogrzewalni, z Woli, z Targówka, od kotów, z pustostanu, z klubu, z bazaru, z Zachodniego, z tramwaju,
    z Ochoty, z Grochowa, spod Hali, z noclegowni, z Żerania, z Bródna
  `),
  adjectives: {
    female: ['Ruda', 'Mała', 'Wysoka', 'Stara', 'Cicha', 'Czarna', 'Młoda', 'Blondi', 'Duża'],
    male: ['Wysoki', 'Mały', 'Rudy', 'Stary', 'Łysy', 'Gruby', 'Chudy', 'Cichy', 'Czarny', 'Młody', 'Duży'],
  },
  nicknames: list(`
    Dziadek, Babcia, Profesor, Kapitan, Żyrafa, Bocian, Kaczor, Mrówka, Ślimak, Łoś, Żaba, Wróbel, Grzyb,
    Kudłaty, Szeryf, Muzyk, Malarz, Harcerz, Kucharz, Góral, Szczupak, Jeżyk
  `),
  descriptions: list(`
    Pan z psem, Pani z wózkiem, Chłopak z gitarą, Dziewczyna z tatuażem, Pan w czerwonej kurtce, Pani od gołębi,
    Pan z rowerem, Pani w berecie, Chłopak w kapturze, Starszy pan z laską
  `),
  languages: [['pl'], ['pl'], ['pl'], ['pl', 'en'], ['pl', 'rom'], []],
};

const cs: CultureData = {
  female: pairs(`
    Kateřina Katka, Markéta Markéta, Lenka Lenka, Šárka Šárka, Jana Janička, Petra Péťa, Věra Věrka, Dagmar Dáša,
    Květoslava Květa, Růžena Růža, Božena Boža, Zdeňka Zdenička, Hana Hanka, Eva Evička, Lucie Lucka,
    Tereza Terka, Veronika Verča, Michaela Míša, Alena Alenka, Ludmila Lída, Jiřina Jiřka, Marie Maruška,
    Monika Monča, Romana Romča, Ivana Ivča
  `),
  male: pairs(`
    Jiří Jirka, Tomáš Tomáš, Lukáš Lukáš, Petr Péťa, Jan Honza, Josef Pepa, Zdeněk Zdeněk, Radek Radek,
    Václav Vašek, Jaroslav Jarda, Ondřej Ondra, František Franta, Miroslav Mirek, Karel Karlík, Pavel Pája,
    Stanislav Standa, Vladimír Vláďa, Ladislav Láďa, Bohumil Bohouš, Milan Míla, Martin Marťas, Jakub Kuba,
    Antonín Tonda, Dušan Dušan, Oldřich Olda
  `),
  surnames: list(`
    Novák, Svoboda, Novotný, Dvořák, Černý, Procházka, Kučera, Veselý, Horák, Němec, Marek, Pokorný, Pospíšil,
    Hájek, Král, Jelínek, Růžička, Beneš, Fiala, Sedláček, Doležal, Zeman, Kolář, Navrátil, Čermák, Urban, Vaněk,
    Blažek, Kříž, Kovář
  `),
  places: list(`
    z nádraží, z Hlavňáku, od Anděla, z Karlína, z Florence, ze Smíchova, z Žižkova, z Holešovic, z parku,
    od Tesca, z tramvaje, z Letné, z Vysočan, z Libně, od mostu, se psem, s kytarou, z Palmovky, z Václaváku,
    z noclehárny, z Nuslí, z Vršovic, od Masaryčky, z Bulovky
  `),
  adjectives: {
    female: ['Zrzavá', 'Malá', 'Velká', 'Stará', 'Tichá', 'Černá', 'Mladá', 'Dlouhá', 'Rudá'],
    male: ['Velký', 'Malý', 'Zrzavý', 'Starý', 'Holohlavý', 'Tichý', 'Černý', 'Mladý', 'Dlouhý'],
  },
  nicknames: list(`
    Děda, Bába, Zrzek, Bráška, Šnek, Ježek, Kapitán, Profesor, Čáp, Žába, Medvěd, Pták, Muzikant, Kuchař, Šerif,
    Vrabec, Čert, Brouk, Kocour, Myšák
  `),
  descriptions: list(`
    Pán se psem, Paní s kočárkem, Kluk s kytarou, Holka s tetováním, Pán v červené bundě, Paní od holubů,
    Pán s kolem, Paní v baretu, Kluk v kapuci, Starý pán s holí
  `),
  languages: [['cs'], ['cs'], ['cs'], ['cs', 'sk'], ['cs', 'rom'], ['sk'], []],
};

const uk: CultureData = {
  female: pairs(`
    Олена Оленка, Оксана Ксана, Юлія Юля, Наталія Наталка, Світлана Світла, Ірина Іра, Вікторія Віка,
    Ганна Ганнуся, Тетяна Таня, Марія Маруся, Людмила Люда, Катерина Катя, Ольга Оля, Надія Надя, Лариса Лара,
    Анастасія Настя, Софія Соня, Дарина Даринка, Галина Галя, Євгенія Женя
  `),
  male: pairs(`
    Тарас Тарас, Богдан Бодя, Андрій Андрійко, Микола Коля, Дмитро Діма, Іван Ваня, Петро Петрик,
    Олександр Сашко, Василь Вася, Сергій Сергійко, Юрій Юра, Володимир Вова, Михайло Міша, Віктор Вітя,
    Олег Олег, Ярослав Ярик, Євген Женя, Степан Стьопа, Григорій Гриць, Остап Остап
  `),
  surnames: list(`
    Шевченко, Коваленко, Бондаренко, Ткаченко, Кравченко, Олійник, Шевчук, Поліщук, Бойко, Мельник, Коваль,
    Лисенко, Руденко, Савченко, Петренко, Марченко, Клименко, Мороз, Левченко
  `),
  places: list(`
    з вокзалу, з ринку, з парку, з гуртожитку, з центру, біля мосту, з собакою, з гітарою, з Праги, з Варшави,
    з Харкова, зі Львова, з Одеси, з Маріуполя, з Дніпра, з хостелу
  `),
  adjectives: {
    female: ['Велика', 'Мала', 'Руда', 'Стара', 'Тиха', 'Чорна', 'Молода'],
    male: ['Великий', 'Малий', 'Рудий', 'Старий', 'Тихий', 'Чорний', 'Молодий'],
  },
  nicknames: list(`
    Дід, Бабуся, Козак, Професор, Капітан, Їжак, Лисиця, Ведмідь, Горобець, Жук, Кіт
  `),
  descriptions: list(`
    Пані з собакою, Хлопець з гітарою, Дівчина з татуюванням, Чоловік у червоній куртці
  `),
  languages: [['uk'], ['uk'], ['uk', 'ru'], ['ru'], ['uk', 'pl'], ['uk', 'cs'], []],
};

const en: CultureData = {
  female: pairs(`
    Elizabeth Liz, Margaret Maggie, Jennifer Jen, Samantha Sam, Rebecca Becky, Catherine Kate, Susan Sue,
    Victoria Vicky, Jessica Jess, Deborah Debbie, Patricia Trish, Amanda Mandy, Grace Gracie, Sarah Sarah
  `),
  male: pairs(`
    Michael Mike, William Bill, Robert Bob, James Jimmy, Richard Rick, Thomas Tommy, Daniel Danny, Anthony Tony,
    Edward Eddie, Christopher Chris, Joseph Joe, Stephen Steve, Patrick Paddy, David Dave
  `),
  surnames: list(`
    Smith, Jones, Brown, Taylor, Wilson, Evans, Murphy, O'Brien, Walsh, Okafor, Mensah
  `),
  places: list(`
    from the station, by the bridge, with the dog, from the park, with the guitar, from the shelter,
    from the market, from the club
  `),
  adjectives: {
    female: ['Big', 'Little', 'Red', 'Old', 'Tall', 'Quiet', 'Young'],
    male: ['Big', 'Little', 'Red', 'Old', 'Tall', 'Quiet', 'Young'],
  },
  nicknames: list(`
    Sparky, Ginger, Smiley, Shorty, Lucky, Tiny, Bones, Doc, Blondie, Scotty, Chef, Skip, Ace, Dusty, Rusty
  `),
  descriptions: list(`
    Guy with the dog, Lady with the pram, Man in the red jacket, Girl with the tattoo
  `),
  languages: [['en'], ['en'], ['en', 'pl'], ['en', 'cs'], []],
};

const cultures: Record<Culture, CultureData> = { pl, cs, uk, en };

/** A person behind a pseudonym: what the code is built from, and what the worker wrote. */
export interface Person {
  culture: Culture;
  sex: Sex;
  firstName: string;
  motherFirstName: string;
  surname: string;
  pseudonym: string;
  languages: readonly string[];
}

const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());

/** How a Polish or Czech colleague types a Ukrainian name in Latin letters ("Olena", "Bohdan"). */
const latin = (s: string) => titleCase(transliterateCyrillic(s.toUpperCase()));

const initials = 'ABCDEFGHIJKLMNOPRSTWZ';

/** What tells two people with the same name apart: a number, an initial, a year. */
function disambiguator(rng: Random): string {
  switch (rng.int(0, 3)) {
    case 0:
      return ` ${rng.int(2, 9)}`;
    case 1:
      return ` ${rng.pick([...initials])}.`;
    case 2:
      return ` ${rng.int(60, 99)}`;
    default:
      return ` (${rng.int(2, 5)})`;
  }
}

/** One fictional person, in one of four styles of naming. */
export function makePerson(rng: Random): Person {
  const culture = rng.weighted<Culture>({ pl: 40, cs: 30, uk: 20, en: 10 });
  const data = cultures[culture];
  const sex = rng.weighted<Sex>({ female: 52, male: 45, other: 3 });
  const list =
    sex === 'other' ? (rng.chance(0.5) ? data.female : data.male) : sex === 'female' ? data.female : data.male;
  const [formal, called] = rng.common(list);
  const mother = rng.common(data.female)[0];
  const surname = rng.common(data.surnames);
  const adjectives = sex === 'male' ? data.adjectives.male : data.adjectives.female;
  // Ukrainians are often written down by a Polish or Czech worker, in Latin letters.
  const write = culture === 'uk' && rng.chance(0.3) ? latin : (s: string) => s;
  const name = write(rng.chance(0.65) ? called : formal);
  let pseudonym: string;
  switch (
    rng.weighted({ name: 30, numbered: 20, place: 18, adjective: 10, nickname: 10, nickPlace: 4, desc: 4, initial: 4 })
  ) {
    case 'name':
      pseudonym = name;
      break;
    case 'numbered':
      pseudonym = name + disambiguator(rng);
      break;
    case 'place':
      pseudonym = `${name} ${write(rng.common(data.places))}`;
      break;
    case 'adjective':
      pseudonym = `${write(rng.pick(adjectives))} ${name}`;
      break;
    case 'nickname':
      pseudonym = write(rng.pick(data.nicknames)) + (rng.chance(0.4) ? disambiguator(rng) : '');
      break;
    case 'nickPlace':
      pseudonym = `${write(rng.pick(data.nicknames))} ${write(rng.pick(data.places))}`;
      break;
    case 'desc':
      pseudonym = write(rng.pick(data.descriptions)) + (rng.chance(0.5) ? disambiguator(rng) : '');
      break;
    default:
      pseudonym = `${name} ${write(surname).slice(0, 1)}.`;
  }
  // Typed in a hurry on a phone.
  if (rng.chance(0.04)) pseudonym = pseudonym.toLowerCase();
  return {
    culture,
    sex,
    firstName: formal,
    motherFirstName: mother,
    surname,
    pseudonym: pseudonym.slice(0, 100),
    languages: rng.pick(data.languages),
  };
}

/** A typing mistake in one word of at least four letters: a letter dropped, doubled, swapped or replaced. */
export function misspell(rng: Random, text: string): string {
  const words = text.split(' ');
  const candidates = words.map((w, i) => [w, i] as const).filter(([w]) => [...w].length >= 4);
  if (candidates.length === 0) return text;
  const [word, index] = rng.pick(candidates);
  const letters = [...word];
  const at = rng.int(1, letters.length - 2);
  switch (rng.int(0, 3)) {
    case 0:
      letters.splice(at, 1);
      break;
    case 1:
      letters.splice(at, 0, letters[at]!);
      break;
    case 2:
      [letters[at], letters[at + 1]] = [letters[at + 1]!, letters[at]!];
      break;
    default:
      letters[at] = rng.pick([...(/\p{Script=Cyrillic}/u.test(word) ? 'аеиоуінрстлкм' : 'aeiouyrnstlkm')]);
  }
  words[index] = letters.join('');
  return words.join(' ');
}
