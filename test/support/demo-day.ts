// The one day every test host, fixture and end-to-end host runs on. The demo organisation is dated from it and
// the app's clock is pinned to it (`DayClock` of `@throughline/local-forge`), so the suite passes whatever the date is.
export const DEMO_TODAY = '2026-11-28';
