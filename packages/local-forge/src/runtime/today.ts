// Today's date in UTC, 'YYYY-MM-DD': the day an app's start script can date its demo data from, so the app's
// clock and its data agree on what "now" is.
export const todayUtc = (now: Date = new Date()): string => now.toISOString().slice(0, 10);
