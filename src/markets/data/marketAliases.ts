// Alternative and former English names of markets (MKT-2).
import type { MarketCode } from '../MarketCode.ts';

/** Alternative and former English names of markets, as people write them (MKT-2). Keys are written as people write them; lookups normalise them. */
export const marketAliases: Readonly<Record<string, MarketCode>> = {
  // AE
  UAE: 'AE',
  Emirates: 'AE',
  // AX
  Aland: 'AX',
  // BA
  Bosnia: 'BA',
  'Bosnia-Herzegovina': 'BA',
  // BL
  'St Barthélemy': 'BL',
  'Saint Barts': 'BL',
  'St Barts': 'BL',
  'St Barths': 'BL',
  // BN
  'Brunei Darussalam': 'BN',
  // BO
  'Bolivia, Plurinational State of': 'BO',
  'Plurinational State of Bolivia': 'BO',
  // BQ: ISO's BQ covers Bonaire, Sint Eustatius and Saba together.
  'Bonaire, Sint Eustatius and Saba': 'BQ',
  'Bonaire, Saint Eustatius and Saba': 'BQ',
  'Caribbean Netherlands': 'BQ',
  // CC
  'Cocos Islands': 'CC',
  'Keeling Islands': 'CC',
  // CD
  'Congo (DRC)': 'CD',
  'Democratic Republic of Congo': 'CD',
  'Congo, Democratic Republic of the': 'CD',
  'Congo, The Democratic Republic of the': 'CD',
  'DR Congo': 'CD',
  DRC: 'CD',
  'Congo - Kinshasa': 'CD',
  Zaire: 'CD',
  // CG: 'Congo' alone is ambiguous; like ISO 3166-1 (short name "Congo"), it means the Republic of the Congo.
  Congo: 'CG',
  'Republic of Congo': 'CG',
  'Congo, Republic of the': 'CG',
  'Congo Republic': 'CG',
  'Congo - Brazzaville': 'CG',
  // CI
  'Ivory Coast': 'CI',
  // CN
  "People's Republic of China": 'CN',
  'Mainland China': 'CN',
  // CV
  'Cape Verde': 'CV',
  // CZ
  'Czech Republic': 'CZ',
  // FK
  'Falkland Islands (Islas Malvinas)': 'FK',
  'Falkland Islands (Malvinas)': 'FK',
  // FM
  'Federated States of Micronesia': 'FM',
  'Micronesia, Federated States of': 'FM',
  // FO
  'Faeroe Islands': 'FO',
  Faroes: 'FO',
  // GB
  UK: 'GB',
  'Great Britain': 'GB',
  Britain: 'GB',
  'United Kingdom of Great Britain and Northern Ireland': 'GB',
  // GS
  'South Georgia and the South Sandwich Islands': 'GS',
  'South Georgia': 'GS',
  // HK
  'Hong Kong SAR': 'HK',
  'Hong Kong SAR China': 'HK',
  'Hong Kong, China': 'HK',
  // HM
  'Heard & McDonald Islands': 'HM',
  // IE
  'Republic of Ireland': 'IE',
  // IR
  'Iran, Islamic Republic of': 'IR',
  'Islamic Republic of Iran': 'IR',
  // KG
  'Kyrgyz Republic': 'KG',
  // KN
  'St Kitts and Nevis': 'KN',
  'Saint Christopher and Nevis': 'KN',
  // KP
  DPRK: 'KP',
  "Democratic People's Republic of Korea": 'KP',
  "Korea, Democratic People's Republic of": 'KP',
  'Korea (North)': 'KP',
  // KR: 'Korea' alone means the Republic of Korea, as Partner Center uses it.
  Korea: 'KR',
  'Republic of Korea': 'KR',
  'Korea, Republic of': 'KR',
  'Korea (South)': 'KR',
  // LA
  'Lao PDR': 'LA',
  "Lao People's Democratic Republic": 'LA',
  Lao: 'LA',
  // LC
  'St Lucia': 'LC',
  // LY
  'Libyan Arab Jamahiriya': 'LY',
  // MD
  'Republic of Moldova': 'MD',
  'Moldova, Republic of': 'MD',
  // MF
  'St Martin': 'MF',
  'Saint Martin (French part)': 'MF',
  // MK
  Macedonia: 'MK',
  'Macedonia, FYRO': 'MK',
  FYROM: 'MK',
  'Former Yugoslav Republic of Macedonia': 'MK',
  'Republic of North Macedonia': 'MK',
  // MM
  Burma: 'MM',
  'Myanmar (Burma)': 'MM',
  // MO
  Macau: 'MO',
  'Macao SAR': 'MO',
  'Macau SAR': 'MO',
  'Macao SAR China': 'MO',
  // MP
  'Northern Marianas': 'MP',
  // NL
  Holland: 'NL',
  // PM
  'St Pierre and Miquelon': 'PM',
  // PN
  Pitcairn: 'PN',
  // PS
  'Palestinian Territories': 'PS',
  'Palestinian Authority': 'PS',
  'State of Palestine': 'PS',
  'Palestine, State of': 'PS',
  'Occupied Palestinian Territory': 'PS',
  // RU
  'Russian Federation': 'RU',
  // SH
  'St Helena, Ascension, Tristan da Cunha': 'SH',
  'St Helena, Ascension and Tristan da Cunha': 'SH',
  'Saint Helena, Ascension, Tristan da Cunha': 'SH',
  'Saint Helena': 'SH',
  'St Helena': 'SH',
  'Ascension Island': 'SH',
  'Tristan da Cunha': 'SH',
  // SJ: ISO's SJ covers Svalbard and Jan Mayen together.
  'Svalbard and Jan Mayen': 'SJ',
  // SK
  'Slovak Republic': 'SK',
  // SX
  'Sint Maarten (Dutch part)': 'SX',
  'St Maarten': 'SX',
  'Saint Maarten': 'SX',
  // SY
  'Syrian Arab Republic': 'SY',
  // SZ
  Swaziland: 'SZ',
  'Kingdom of Eswatini': 'SZ',
  // TF
  'French Southern and Antarctic Lands': 'TF',
  // TL
  'East Timor': 'TL',
  // TR
  Turkey: 'TR',
  // TW
  'Taiwan, Province of China': 'TW',
  'Chinese Taipei': 'TW',
  // TZ
  'United Republic of Tanzania': 'TZ',
  'Tanzania, United Republic of': 'TZ',
  // UM
  'U.S. Outlying Islands': 'UM',
  'U.S. Minor Outlying Islands': 'UM',
  'United States Outlying Islands': 'UM',
  // US
  US: 'US',
  USA: 'US',
  'United States of America': 'US',
  America: 'US',
  // VA
  'Holy See': 'VA',
  'Holy See (Vatican City State)': 'VA',
  'Vatican City State': 'VA',
  Vatican: 'VA',
  // VC
  'St Vincent and the Grenadines': 'VC',
  'St. Vincent & Grenadines': 'VC',
  'Saint Vincent': 'VC',
  'St Vincent': 'VC',
  // VE
  'Venezuela, Bolivarian Republic of': 'VE',
  'Bolivarian Republic of Venezuela': 'VE',
  // VG
  'Virgin Islands, British': 'VG',
  BVI: 'VG',
  // VI ('Virgin Islands' alone is ambiguous and left out)
  'United States Virgin Islands': 'VI',
  'Virgin Islands, U.S.': 'VI',
  // WS
  'Western Samoa': 'WS',
  // XE
  'St Eustatius': 'XE',
  'Saint Eustatius': 'XE',
  Statia: 'XE',
};
