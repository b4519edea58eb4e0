// Today's date in UTC, 'YYYY-MM-DD': the day the local host dates its demo organisation from, so the app's
// clock and the demo's data agree on what "now" is.
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
