/** Offline sync as pure code, shared by the phone and the server: clock and merge rules. */
export { compareHlc, formatHlc, type Hlc, parseHlc, receive, tick } from './hlc';
export {
  applyAll,
  applyOperation,
  type Conflict,
  conflicts,
  emptySyncState,
  type FieldEdit,
  type FieldValue,
  recordView,
  type SyncOperation,
  type SyncState,
} from './merge';
