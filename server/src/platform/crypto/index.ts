/** Crypto primitives for field encryption and anonymous-code secrets (no database access here). */
export { DecryptionError, open, seal } from './aead';
export { organisationCodeSecret } from './code-secret';
export {
  decryptField,
  encryptField,
  fieldKeyVersion,
  generateDataKey,
  unwrapDataKey,
  wrapDataKey,
} from './envelope';
export {
  loadCodeSecret,
  loadMasterKey,
  parseRootSecret,
  type RootSecretOptions,
} from './master-key';
