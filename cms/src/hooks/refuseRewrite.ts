/**
 * Field hooks that refuse, with a Chinese message, an update that would change what may not change. They run
 * before Payload's field access (which would only drop the value silently) and only for requests made on
 * someone's behalf: overrideAccess code (retention, seats, check-in) is the system and passes.
 */
import type { FieldAccess, FieldHook } from 'payload'
import { maskPhone, maskedInLists } from '@lawpoint/content-types'
import { isStaffUser } from '../access/roles'
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

/**
 * Whether what was sent is the stored value sent back. The comparison is made only against what this user can
 * see — else the answer (403 or not) would tell a volunteer whether a guessed phone or name is the stored one:
 * a field they cannot read counts as changed whenever it is sent; a phone they see masked only as its mask.
 */
async function isEcho({ collection, field, value, previousValue, req, originalDoc, siblingData, data }: Args): Promise<boolean> {
  const canRead = field.access?.read ? await field.access.read({ req, doc: originalDoc, siblingData, data }) : true
  if (!canRead) return false
  const seesMask = Boolean(collection && field.name && maskedInLists(collection.slug).includes(field.name)) && !isStaffUser(req.user)
  if (seesMask) return typeof previousValue === 'string' && value === maskPhone(previousValue)
  return !differs(field.type, value, previousValue)
}

const changedOnBehalf = async (args: Args) =>
  args.operation === 'update' && !args.overrideAccess && Boolean(args.field.name && args.field.name in (args.siblingData ?? {})) && !(await isEcho(args))

/** Refuses any change after the record is stored, unless `allowed` says this user may make it. */
export const refuseChange =
  (message: (label: string) => string, allowed?: FieldAccess): FieldHook =>
  async (args) => {
    if (!(await changedOnBehalf(args))) return args.value
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
