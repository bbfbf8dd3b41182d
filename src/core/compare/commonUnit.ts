/**
 * One quantity written in two units: "12,000 tonnes" and "12 million kilograms", "3.1 gigawatts"
 * and "3,100 megawatts", "0.8 km" and "800 metres", "80 centimetres" and "0.8 metres", "1.5 million cubic metres" and "1.5bn litres", "37 miles" and "60 km", "80 mph" and "130
 * km/h", "50p" and "£0.50", "three weeks" and "21 days". Each measure is brought to one unit of its dimension, so that two
 * reports giving one figure in different units are seen to give the same, and two giving different
 * figures are compared.
 * Currencies are left alone, but for a currency's hundredth: converting them needs a rate of the day.
 */
import { isRange, type Quantity } from '../values/parseQuantity';
import { isCurrencyUnit } from '../values/units';
import { wordTable } from '../text/wordTable';

/** Units by the common unit of their dimension and the exact factor that converts them to it. */
const TO_COMMON: Record<string, [string, number]> = wordTable({
  t: ['t', 1], kg: ['t', 1e-3], g: ['t', 1e-6], lb: ['t', 0.45359237e-3],
  km: ['km', 1], m: ['km', 1e-3], cm: ['km', 1e-5], mm: ['km', 1e-6], mi: ['km', 1.609344], ft: ['km', 0.3048e-3],
  ha: ['ha', 1], km2: ['ha', 100], m2: ['ha', 1e-4], mi2: ['ha', 258.9988110336], acre: ['ha', 0.40468564224],
  l: ['l', 1], m3: ['l', 1000], bbl: ['l', 158.987294928],
  'km/h': ['km/h', 1], mph: ['km/h', 1.609344],
  GW: ['GW', 1], MW: ['GW', 1e-3], kW: ['GW', 1e-6], gigawatt: ['GW', 1], megawatt: ['GW', 1e-3], kilowatt: ['GW', 1e-6],
  GWh: ['GWh', 1], MWh: ['GWh', 1e-3], kWh: ['GWh', 1e-6],
  GBX: ['GBP', 0.01], USc: ['USD', 0.01],
  // Spans of time in days, a month and a year at their average length: "three weeks" is "21 days",
  // "four decades" "40 years", "48 hours" "two days".
  minute: ['day', 1 / 1440], hour: ['day', 1 / 24], day: ['day', 1], week: ['day', 7], month: ['day', 365.25 / 12], year: ['day', 365.25], decade: ['day', 3652.5],
});

/** The common unit of a unit's dimension and the factor to it, or undefined for a unit not converted. */
export function conversionOf(unit: string | null): [string, number] | undefined {
  return unit === null ? undefined : TO_COMMON[unit];
}

/** True for a unit of mass, length, area, volume, speed, power or time (a unit converted to another, not money). */
export function isPhysicalUnit(unit: string): boolean {
  const conversion = TO_COMMON[unit];
  return conversion !== undefined && !isCurrencyUnit(conversion[0]);
}

/** A quantity's value in the common unit of its dimension, as {@link inCommonUnit} gives it, without a copy of the quantity. */
export function commonValueOf(quantity: Quantity): number {
  const conversion = conversionOf(quantity.unit);
  return conversion ? quantity.value * conversion[1] : quantity.value;
}

/** The quantity in the common unit of its dimension (see the file comment); others as they are. */
export function inCommonUnit(quantity: Quantity): Quantity {
  const conversion = conversionOf(quantity.unit);
  if (!conversion) return quantity;
  const [unit, factor] = conversion;
  const scaled: Quantity = { ...quantity, unit, value: quantity.value * factor };
  if (isRange(quantity)) {
    scaled.low = quantity.low * factor;
    scaled.high = quantity.high * factor;
  }
  return scaled;
}
