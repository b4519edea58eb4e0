// Random ids (audit events, KPIs, measurements, check-ins) from the runtime's crypto: node built-ins stay in src/platform.
export { randomUUID } from 'node:crypto';
