export { type AuditActor, type AuditEntry, auditClientRead, auditWrite, onAuditAppended, recordAudit } from './record';
export { sealAuditBatch, sealAuditChain } from './seal';
export { type ChainReport, verifyAuditChain } from './verify';
