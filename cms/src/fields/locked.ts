/**
 * The civic record cannot be rewritten. Field access (`update: nobody`) is what Payload enforces on every API
 * (REST, GraphQL, Local API without overrideAccess, the admin); the refusal hook turns an attempted change into
 * a 403 with a Chinese reason instead of a silent no-op. `admin.readOnly` alone would only change the screen.
 */
import type { DateField, Field, FieldAccess, FieldHook, UIField } from 'payload'
import { nobodyField } from '../access/anyone'
import { refuseChange, staffMessage, submittedMessage, systemMessage } from '../hooks/refuseRewrite'

type NamedField = Exclude<Extract<Field, { name: string }>, UIField>

function lock<F extends NamedField>(field: F, access: { create?: FieldAccess; update: FieldAccess }, refuse: FieldHook): F {
  const hooks = (field as { hooks?: { beforeValidate?: FieldHook[] } }).hooks
  return {
    ...field,
    access: { ...field.access, ...access },
    hooks: { ...hooks, beforeValidate: [...(hooks?.beforeValidate ?? []), refuse] },
  } as F
}

/** What a resident sent (or a liaison typed in from paper): set when stored, changed by nobody afterwards. */
export const submitted = <F extends NamedField>(field: F): F => lock(field, { update: nobodyField }, refuseChange(submittedMessage))

/** Written only by the system (hooks, intake, retention, seats, check-in): no role sets it on create or update. */
export function systemField<F extends NamedField>(field: F): F {
  const locked = lock(field, { create: nobodyField, update: nobodyField }, refuseChange(systemMessage))
  const admin = { ...(field as { admin?: object }).admin, readOnly: true }
  // The time zone Payload stores next to a date is written by the system too.
  if (field.type === 'date' && field.timezone) {
    const timezone: DateField['timezone'] = { override: ({ baseField }) => ({ ...baseField, access: { create: nobodyField, update: nobodyField } }) }
    return { ...locked, admin, timezone } as F
  }
  return { ...locked, admin } as F
}

/** After storing, only those `allowed` may change it; anyone else is refused (a liaison moving an opinion to another point). */
export const changedOnlyBy = <F extends NamedField>(field: F, allowed: FieldAccess): F =>
  lock(field, { update: allowed }, refuseChange(staffMessage, allowed))

/** The time a submission was stored: Payload's own createdAt field, declared here so it can be locked. */
export const createdAtField = () =>
  systemField({ name: 'createdAt', label: '提交时间', type: 'date', index: true, admin: { hidden: true, disableBulkEdit: true } } satisfies DateField)
