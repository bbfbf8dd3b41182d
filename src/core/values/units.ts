/**
 * Units and currencies as newspapers write them, each with its normalised symbol
 * ("tonnes", "tons", "t" → "t"; "per cent", "%" → "%"; "$", "dollars", "USD" → "USD").
 */
import { wordTable } from '../text/wordTable';

/** Currency signs and codes written before an amount ("$", "£", "US$", "DKK", "Sh", "Rs", "SR", "₱", the rand's "R"). */
export const CURRENCY_SIGNS: Record<string, string> = wordTable({
  us$: 'USD', $: 'USD', '£': 'GBP', '€': 'EUR', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY', '₪': 'ILS',
  usd: 'USD', eur: 'EUR', gbp: 'GBP', jpy: 'JPY', cny: 'CNY', rmb: 'CNY', chf: 'CHF', dkk: 'DKK', sek: 'SEK', nok: 'NOK',
  inr: 'INR', rs: 'INR', 'rs.': 'INR', rub: 'RUB', kes: 'KES', ksh: 'KES', sh: 'KES', zar: 'ZAR', ngn: 'NGN', brl: 'BRL', r$: 'BRL',
  a$: 'AUD', c$: 'CAD', hk$: 'HKD', s$: 'SGD', nz$: 'NZD', aud: 'AUD', cad: 'CAD', hkd: 'HKD', sgd: 'SGD', ils: 'ILS', uah: 'UAH',
  sar: 'SAR', sr: 'SAR', aed: 'AED', qar: 'QAR', egp: 'EGP', pkr: 'PKR', tsh: 'TZS', tzs: 'TZS', ush: 'UGX', ugx: 'UGX', mzn: 'MZN',
  pln: 'PLN', krw: 'KRW', nzd: 'NZD', mxn: 'MXN',
  '₱': 'PHP', '₫': 'VND', '฿': 'THB', '₦': 'NGN', '৳': 'BDT', '₸': 'KZT', r: 'ZAR',
});

/** Unit words and abbreviations written after a number, with their normalised symbol. */
export const UNIT_WORDS: Record<string, string> = wordTable({
  tonnes: 't', tonne: 't', tons: 't', ton: 't', t: 't', 'metric tons': 't', 'metric tonnes': 't',
  kilograms: 'kg', kilogram: 'kg', kilos: 'kg', kilo: 'kg', kg: 'kg', grams: 'g', gram: 'g', g: 'g', pounds: 'lb', lb: 'lb', lbs: 'lb',
  kilometres: 'km', kilometre: 'km', kilometers: 'km', kilometer: 'km', km: 'km', miles: 'mi', mile: 'mi', mi: 'mi',
  metres: 'm', metre: 'm', meters: 'm', meter: 'm', feet: 'ft', foot: 'ft', ft: 'ft',
  centimetres: 'cm', centimetre: 'cm', centimeters: 'cm', centimeter: 'cm', cm: 'cm', millimetres: 'mm', millimetre: 'mm', millimeters: 'mm', millimeter: 'mm', mm: 'mm',
  'cubic metres': 'm3', 'cubic metre': 'm3', 'cubic meters': 'm3', 'cubic meter': 'm3', m3: 'm3', 'm³': 'm3', 'square metres': 'm2', 'square metre': 'm2', 'square meters': 'm2', 'square meter': 'm2', m2: 'm2', 'm²': 'm2', 'sq m': 'm2',
  'square miles': 'mi2', 'square mile': 'mi2', 'sq miles': 'mi2',
  'square kilometres': 'km2', 'square kilometers': 'km2', 'sq km': 'km2', km2: 'km2', 'km²': 'km2', hectares: 'ha', hectare: 'ha', ha: 'ha', acres: 'acre', acre: 'acre',
  litres: 'l', litre: 'l', liters: 'l', liter: 'l', barrels: 'bbl', barrel: 'bbl', bpd: 'bbl/day', 'barrels per day': 'bbl/day', 'barrels a day': 'bbl/day',
  '%': '%', 'per cent': '%', percent: '%', pct: '%', 'percentage points': 'pp', 'percentage point': 'pp',
  dollars: 'USD', dollar: 'USD', usd: 'USD', 'us dollars': 'USD', euros: 'EUR', euro: 'EUR', eur: 'EUR', 'pounds sterling': 'GBP', sterling: 'GBP', gbp: 'GBP',
  yen: 'JPY', jpy: 'JPY', yuan: 'CNY', renminbi: 'CNY', cny: 'CNY', rubles: 'RUB', roubles: 'RUB', ruble: 'RUB', rouble: 'RUB', rub: 'RUB',
  rupees: 'INR', rupee: 'INR', inr: 'INR', shekels: 'ILS', shekel: 'ILS', lira: 'TRY', hryvnias: 'UAH', hryvnia: 'UAH',
  years: 'year', year: 'year', months: 'month', month: 'month', weeks: 'week', week: 'week', days: 'day', day: 'day', hours: 'hour', hour: 'hour', minutes: 'minute', minute: 'minute', decades: 'decade', decade: 'decade',
  'danish crowns': 'DKK', 'danish kroner': 'DKK', 'swedish crowns': 'SEK', 'swedish kronor': 'SEK', 'norwegian crowns': 'NOK', 'norwegian kroner': 'NOK',
  'swiss francs': 'CHF', 'hong kong dollars': 'HKD', 'australian dollars': 'AUD', 'canadian dollars': 'CAD', 'kenyan shillings': 'KES',
  'tanzanian shillings': 'TZS', 'ugandan shillings': 'UGX', 'indian rupees': 'INR', 'pakistani rupees': 'PKR', 'us cents': 'USc',
  pence: 'GBX', penny: 'GBX', p: 'GBX', cents: 'USc',
  degrees: 'degree', '°c': '°C', '°f': '°F', c: '°C', f: '°F', 'degrees celsius': '°C', 'degrees centigrade': '°C', 'degrees fahrenheit': '°F', shillings: 'KES', shilling: 'KES', kroner: 'DKK', krone: 'DKK', kronor: 'SEK', francs: 'CHF', naira: 'NGN', rand: 'ZAR', reais: 'BRL', meticais: 'MZN',
  mw: 'MW', gw: 'GW', kw: 'kW', mwh: 'MWh', gwh: 'GWh', kwh: 'kWh', mph: 'mph', kph: 'km/h', 'km/h': 'km/h', kmh: 'km/h',
  'miles per hour': 'mph', 'miles an hour': 'mph', 'kilometres per hour': 'km/h', 'kilometers per hour': 'km/h', 'km per hour': 'km/h',
  'kilometres an hour': 'km/h', 'kilometers an hour': 'km/h',
});

/** The units of time a span is counted in ("six years", "48 hours"): a duration, not a count of things. */
export const TIME_UNITS: ReadonlySet<string> = new Set(['decade', 'year', 'month', 'week', 'day', 'hour', 'minute']);

/**
 * Currency names written after an amount, singular and plural, with the ISO 4217 code they stand
 * for; a name several countries use ("crowns": Danish, Swedish, Norwegian or Czech; "shillings",
 * "pesos", "dinars") stands for `¤` and its name: money, in a currency the story fixes. Names that
 * are also common English words ("real", "won", "pound" of weight) are left out.
 */
export const CURRENCY_NAMES: Record<string, string> = wordTable(Object.fromEntries(
  Object.entries({
    USD: 'dollar', EUR: 'euro', JPY: 'yen', CNY: 'yuan renminbi', RUB: 'ruble rouble', INR: '', ILS: 'shekel', TRY: 'lira', UAH: 'hryvnia',
    ZAR: 'rand', NGN: 'naira', GHS: 'cedi', ETB: 'birr', BRL: 'reais', PLN: 'zloty', HUF: 'forint', CZK: 'koruna', RON: 'leu lei',
    SEK: 'krona kronor', MYR: 'ringgit', THB: 'baht', IDR: 'rupiah', BDT: 'taka', KRW: '', VND: '', CHF: '', GBP: 'sterling',
    KZT: 'tenge', GEL: 'lari', AMD: 'dram', MNT: 'tugrik', MMK: 'kyat', KHR: 'riel', GTQ: 'quetzal', HNL: 'lempira', BWP: 'pula',
    MGA: 'ariary', BGN: 'lev leva', MKD: 'denar', VES: 'bolivar', MZN: 'metical',
    '¤': 'crown krone kroner shilling franc peso rupee dinar dirham riyal rial kwacha manat som',
  }).flatMap(([code, names]) =>
    names
      .split(' ')
      .filter(Boolean)
      .flatMap((name) => [name, `${name}s`, ...(name.endsWith('y') ? [`${name.slice(0, -1)}ies`] : [])].map((form) => [form, code === '¤' ? `¤${name}` : code])),
  ),
));

/** True when a unit is a currency (an amount of money rather than a measure): an ISO code or `¤name`. */
export function isCurrencyUnit(unit: string): boolean {
  return /^[A-Z]{3}$/.test(unit) || unit.startsWith('¤');
}
