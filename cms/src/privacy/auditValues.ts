/**
 * What the audit log keeps of a change: field → before/after, with personal values masked so the log never
 * becomes a second copy of personal data. Phones keep their masked form (138****8000); names, notes, files, the
 * resident's own words and sign-up codes become “（已记录）”: the log shows that they changed, not what they are. Accounts
 * (who entered an opinion) stay ids. Phone numbers and e-mails typed into other text are masked as well.
 */
import { maskPhone, personalData, type PersonalRegistry } from '@lawpoint/content-types'
import { differs } from '../hooks/refuseRewrite'

export const recorded = '（已记录）'

export type AuditChange = { field: string; label: string; before: unknown; after: unknown }
type FieldInfo = { name: string; type: string; label?: unknown }

/**
 * Kept out of the log too: resident-written text outside the registry (volunteers read it to classify), and the
 * codes a registrant holds (the cancel code cancels a sign-up).
 */
const alsoNoted: Record<string, string[]> = { opinions: ['content', 'locality'], registrations: ['checkInCode', 'cancelCode'] }

/** The field that names a document for people reading the log (never a personal one). */
export const referenceField: Record<string, string> = { opinions: 'receipt' }

const idOf = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v)
const scrub = (text: string) =>
  text.replace(/(?<!\d)1[3-9]\d{9}(?!\d)/g, (phone) => maskPhone(phone)).replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, recorded)

/** One stored value as the log may keep it. */
export function auditValue(collection: string, field: string, value: unknown, registry: PersonalRegistry = personalData): unknown {
  if (value === undefined || value === null || value === '') return null
  const rule = registry[collection]?.[field]
  if (rule?.kind === 'phone') return maskPhone(String(value))
  if (rule?.kind === 'account') return idOf(value)
  if (rule || alsoNoted[collection]?.includes(field)) return recorded
  const plain = idOf(value)
  if (typeof plain === 'string') return scrub(plain)
  return typeof plain === 'object' ? JSON.parse(scrub(JSON.stringify(plain))) : plain
}

const skipped = (name: string) => name === 'id' || name === 'updatedAt' || name.endsWith('_tz')

/** The fields that differ between two versions of a document (either may be missing: create, delete), masked. */
export function auditChanges(collection: string, fields: FieldInfo[], before: object | undefined, after: object | undefined, registry: PersonalRegistry = personalData): AuditChange[] {
  const b = (before ?? {}) as Record<string, unknown>
  const a = (after ?? {}) as Record<string, unknown>
  return fields
    .filter((f) => !skipped(f.name) && differs(f.type, a[f.name], b[f.name]))
    .map((f) => ({
      field: f.name,
      label: typeof f.label === 'string' ? f.label : f.name,
      before: auditValue(collection, f.name, b[f.name], registry),
      after: auditValue(collection, f.name, a[f.name], registry),
    }))
}
