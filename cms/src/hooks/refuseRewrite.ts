/**
 * Field hooks that refuse, with a Chinese message, an update that would change what may not change. They run
 * before Payload's field access (which would only drop the value silently) and only for requests made on
 * someone's behalf: overrideAccess code (retention, seats, check-in) is the system and passes.
 */
import type { FieldAccess, FieldHook } from 'payload'
import { maskPhone, maskedInLists } from '@lawpoint/content-types'
import { publicError } from '../lib/publicError'

const blank = (v: unknown) => v === undefined || v === null || v === '' || v === false
const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v)

/** Whether a submitted value differs from the stored one; the admin form sends unchanged values back, and those are no change. */
export function differs(type: string, value: unknown, stored: unknown): boolean {
  if (blank(value) || blank(stored)) return blank(value) !== blank(stored)
  const [a, b] = [idOf(value), idOf(stored)]
  if (type === 'date') return new Date(a as string).getTime() !== new Date(b as string).getTime()
  return typeof a === 'object' || typeof b === 'object' ? JSON.stringify(a) !== JSON.stringify(b) : String(a) !== String(b)
}

type Args = Parameters<FieldHook>[0]
const labelOf = (field: Args['field']): string => ('label' in field && typeof field.label === 'string' ? field.label : (field.name ?? ''))

/** A phone shown masked (138****8000) and sent back unchanged by the admin form is the stored phone. */
const isMaskedEcho = ({ collection, field, value, previousValue }: Args) =>
  Boolean(collection && field.name && maskedInLists(collection.slug).includes(field.name)) &&
  typeof previousValue === 'string' &&
  value === maskPhone(previousValue)

const changedOnBehalf = (args: Args) =>
  args.operation === 'update' && !args.overrideAccess && !isMaskedEcho(args) && differs(args.field.type, args.value, args.previousValue)

/** Refuses any change after the record is stored, unless `allowed` says this user may make it. */
export const refuseChange =
  (message: (label: string) => string, allowed?: FieldAccess): FieldHook =>
  async (args) => {
    if (!changedOnBehalf(args)) return args.value
    if (allowed && (await allowed({ req: args.req, data: args.data, siblingData: args.siblingData, doc: args.originalDoc }))) return args.value
    throw publicError(message(labelOf(args.field)), 403, 'field-locked')
  }

export const submittedMessage = (label: string) => `“${label}”是群众提交的原始记录，保存后任何人都不能修改；如需更正，请写在“内部备注”中。`
export const systemMessage = (label: string) => `“${label}”由系统自动记录，不能修改。`
export const staffMessage = (label: string) => `“${label}”只能由工作人员修改。`

/** A number that may only go down after storing (fewer attendees frees seats; more would bypass the seat count). */
export const refuseIncrease =
  (message: (label: string) => string): FieldHook =>
  ({ value, previousValue, operation, overrideAccess, field }) => {
    if (operation === 'update' && !overrideAccess && Number(value) > Number(previousValue)) throw publicError(message(labelOf(field)), 403, 'field-only-decreases')
    return value
  }
