// The audit history: one 'audit' item per change, found by the changed entity's id, newest first.
import { kvs, Sort } from '@forge/kvs';
import { AuditEvent } from '../../shared/model/audit';

export interface AuditItem {
  entityId: string;
  at: string;
  event: AuditEvent;
}

export const auditKey = (e: AuditEvent): string => `${e.entityId}:${e.at}:${e.id}`.replace(/[^a-zA-Z0-9:._\s#-]/g, '_');
export const auditItem = (e: AuditEvent): AuditItem => ({ entityId: e.entityId, at: e.at, event: e });

export const appendAudit = async (e: AuditEvent): Promise<void> => {
  await kvs.entity<AuditItem>('audit').set(auditKey(e), auditItem(e));
};

export const auditHistory = async (entityId: string, limit: number): Promise<AuditEvent[]> => {
  const page = await kvs
    .entity<AuditItem>('audit')
    .query()
    .index('by-entity', { partition: [entityId] })
    .sort(Sort.DESC)
    .limit(limit)
    .getMany();
  // Found by the index, trusted by the event: an event filed under this entity that names another is never shown
  // (its before and after are that other entity's, which this history's reader may not see).
  return page.results.map((r) => AuditEvent.parse(r.value.event)).filter((e) => e.entityId === entityId);
};
