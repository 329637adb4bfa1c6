// Money on the pad: prices arrive as decimal numbers with two places and are kept as whole cents,
// so sums are exact; they are written with the restaurant's currency, as the guest's language does.

/** Whole cents of a price from the server (two decimals at most, so the rounding is exact). */
export function cents(price) {
  return Math.round(Number(price) * 100);
}

const formats = new Map();

/** "€14.50", "14,50 €", as `language` writes `currency` (its ISO code, from the menu). */
export function money(centsValue, currency, language) {
  const key = currency + '|' + language;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language, {
      style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2,
    });
    formats.set(key, format);
  }
  return format.format(centsValue / 100);
}
