import type { Access, FieldAccess } from 'payload'

export const anyone: Access = () => true
export const nobody: Access = () => false
/** No role, ever: only hooks and overrideAccess code (intake, retention, seats, check-in) write the field. */
export const nobodyField: FieldAccess = () => false
