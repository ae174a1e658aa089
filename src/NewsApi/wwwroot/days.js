// Calendar arithmetic on ISO days ("2013-09-06") in UTC, so no local time zone or daylight saving shifts a day.

export const DAY = 86_400_000;

const parse = (iso) => Date.parse(`${iso}T00:00:00Z`);

export const addDays = (iso, days) => new Date(parse(iso) + days * DAY).toISOString().slice(0, 10);

export const todayIso = () => new Date().toISOString().slice(0, 10);

/** 0 = Monday … 6 = Sunday (ISO weekday order, as the calendar grid is laid out). */
export const isoWeekday = (iso) => (new Date(parse(iso)).getUTCDay() + 6) % 7;

/** "2013-09" → { first: "2013-09-01", last: "2013-09-30" }. */
export function monthBounds(month) {
  const [year, m] = month.split('-').map(Number);
  const first = `${month}-01`;
  const last = new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
  return { first, last };
}

/** "2013-09" shifted by n months. */
export function addMonths(month, n) {
  const [year, m] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m - 1 + n, 1)).toISOString().slice(0, 7);
}

const LONG = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const MONTH = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', month: 'long', year: 'numeric' });

/** "2013-09-05" → "Thursday 5 September 2013". */
export const longDay = (iso) => LONG.format(new Date(parse(iso)));

/** "2013-09" → "September 2013". */
export const monthName = (month) => MONTH.format(new Date(parse(`${month}-01`)));
