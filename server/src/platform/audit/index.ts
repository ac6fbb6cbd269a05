export { type AuditActor, type AuditEntry, auditClientRead, recordAudit } from './record';
export { type ChainReport, verifyAuditChain } from './verify';
