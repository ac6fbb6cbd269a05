export { type AuditActor, type AuditEntry, auditClientRead, onAuditAppended, recordAudit } from './record';
export { sealAuditBatch, sealAuditChain } from './seal';
export { type ChainReport, verifyAuditChain } from './verify';
