/** Formatting for the uploads page: sizes, durations, DICOM dates and person names, in the user's locale. */

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

export function formatDuration(seconds: number, locale: string): string {
  const rounded = Math.max(1, Math.round(seconds));
  if (rounded < 90)
    return new Intl.NumberFormat(locale, { style: 'unit', unit: 'second', unitDisplay: 'long' }).format(
      rounded,
    );
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'minute', unitDisplay: 'long' }).format(
    Math.round(rounded / 60),
  );
}

/** `YYYYMMDD` → the locale's medium date, as written (no zone shift); anything else as it is. */
export function formatDicomDate(value: string, locale: string): string {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!match) return value;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** `GARCIA^MARIA=山田^太郎=…` → `GARCIA, MARIA (山田 太郎)`: the alphabetic group, the ideographic in brackets. */
export function formatPersonName(value: string): string {
  const [alphabetic = '', ideographic = ''] = value.split('=');
  const part = (group: string, separator: string) =>
    group
      .split('^')
      .map((piece) => piece.trim())
      .filter(Boolean)
      .join(separator);
  const main = alphabetic.includes('^')
    ? [alphabetic.split('^')[0]?.trim(), part(alphabetic.split('^').slice(1).join('^'), ' ')]
        .filter(Boolean)
        .join(', ')
    : alphabetic.trim();
  const second = part(ideographic, ' ');
  if (!main) return second;
  return second ? `${main} (${second})` : main;
}
