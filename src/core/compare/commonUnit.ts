/**
 * One quantity written in two units: "12,000 tonnes" and "12 million kilograms", "3.1 gigawatts"
 * and "3,100 megawatts", "0.8 km" and "800 metres". Each measure is brought to one unit of its
 * dimension, so that two reports giving one figure in different units are seen to give the same.
 * Currencies are left alone: converting them needs a rate of the day.
 */
import { isRange, type Quantity } from '../values/parseQuantity';

/** Units by the common unit of their dimension and the factor that converts them to it. */
const TO_COMMON: Record<string, [string, number]> = {
  t: ['t', 1], kg: ['t', 1e-3], g: ['t', 1e-6],
  km: ['km', 1], m: ['km', 1e-3],
  ha: ['ha', 1], km2: ['ha', 100],
  GW: ['GW', 1], MW: ['GW', 1e-3], kW: ['GW', 1e-6], gigawatt: ['GW', 1], megawatt: ['GW', 1e-3], kilowatt: ['GW', 1e-6],
  GWh: ['GWh', 1], MWh: ['GWh', 1e-3], kWh: ['GWh', 1e-6],
};

/** The quantity in the common unit of its dimension (see the file comment); others as they are. */
export function inCommonUnit(quantity: Quantity): Quantity {
  const conversion = quantity.unit ? TO_COMMON[quantity.unit] : undefined;
  if (!conversion) return quantity;
  const [unit, factor] = conversion;
  const scaled: Quantity = { ...quantity, unit, value: quantity.value * factor };
  if (isRange(quantity)) {
    scaled.low = quantity.low * factor;
    scaled.high = quantity.high * factor;
  }
  return scaled;
}
