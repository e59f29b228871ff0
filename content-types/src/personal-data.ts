/**
 * Every field that holds personal data, and what happens to it. Field access, list masking, retention, the
 * public snapshot and the build's personal-data check all read this one registry.
 * Personal fields are never public: stripPersonal removes them from anything published.
 */

export type PersonalKind = 'name' | 'phone' | 'email' | 'free text' | 'file' | 'account'

export interface PersonalField {
  kind: PersonalKind
  /** Legal volunteers read the collection to sort opinions, but never see this field. */
  hiddenFromVolunteers?: boolean
  /** Lists show it masked (138****5678); the full value only on an admin's or editor's document view. */
  maskedInLists?: boolean
  /** Set to null once the record is older than RETENTION_DAYS. */
  erasedByRetention?: boolean
  /** The built site is searched for every stored value of it: none may appear. */
  checkedInSite?: boolean
}

/** Collection slug → personal field name → what happens to it. */
export type PersonalRegistry = Record<string, Record<string, PersonalField>>

export const personalData = {
  opinions: {
    name: { kind: 'name', hiddenFromVolunteers: true, erasedByRetention: true },
    phone: { kind: 'phone', hiddenFromVolunteers: true, maskedInLists: true, erasedByRetention: true, checkedInSite: true },
    /** Its opinion-attachments document is deleted with it. */
    attachment: { kind: 'file', hiddenFromVolunteers: true, erasedByRetention: true },
    /** Staff-only field access: who typed an offline opinion in. */
    enteredBy: { kind: 'account' },
    /** Corrections go here (the resident's own words are locked), so it may hold names and numbers too. */
    staffNote: { kind: 'free text', hiddenFromVolunteers: true, erasedByRetention: true },
  },
  registrations: {
    name: { kind: 'name', hiddenFromVolunteers: true, erasedByRetention: true },
    phone: { kind: 'phone', hiddenFromVolunteers: true, maskedInLists: true, erasedByRetention: true, checkedInSite: true },
    note: { kind: 'free text', hiddenFromVolunteers: true, erasedByRetention: true },
    staffNote: { kind: 'free text', hiddenFromVolunteers: true, erasedByRetention: true },
  },
  /** The points themselves are public; their liaisons are not. */
  'collection-points': {
    liaisonName: { kind: 'name', hiddenFromVolunteers: true },
    liaisonPhone: { kind: 'phone', hiddenFromVolunteers: true, checkedInSite: true },
  },
  experts: {
    name: { kind: 'name', hiddenFromVolunteers: true },
    phone: { kind: 'phone', hiddenFromVolunteers: true, checkedInSite: true },
    email: { kind: 'email', hiddenFromVolunteers: true, checkedInSite: true },
  },
  users: {
    name: { kind: 'name' },
    email: { kind: 'email', checkedInSite: true },
  },
  /** Photos of handwritten opinions and PDFs: the upload is the personal data. */
  'opinion-attachments': {
    filename: { kind: 'file', hiddenFromVolunteers: true },
  },
  /** The volunteer who wrote a recap, and the editor who reviewed it, are accounts; the public byline is a separate field. */
  recaps: {
    author: { kind: 'account' },
    reviewedBy: { kind: 'account' },
  },
  media: {
    uploadedBy: { kind: 'account' },
  },
} as const satisfies PersonalRegistry

export type PersonalCollection = keyof typeof personalData
export type PersonalFieldName<C extends PersonalCollection> = keyof (typeof personalData)[C] & string
type Flag = Exclude<keyof PersonalField, 'kind'>

// Every helper takes the registry as a last argument so tests can prove that a field added to it is handled
// everywhere; the product always uses personalData.
const entries = (collection: string, registry: PersonalRegistry): [string, PersonalField][] => Object.entries(registry[collection] ?? {})
const fieldsWith = (collection: string, flag: Flag | undefined, registry: PersonalRegistry) =>
  entries(collection, registry).filter(([, f]) => !flag || f[flag]).map(([name]) => name)

/** Every personal field of a collection (none for a collection not in the registry). */
export const personalFields = <C extends string>(collection: C, registry: PersonalRegistry = personalData): (C extends PersonalCollection ? PersonalFieldName<C> : string)[] =>
  fieldsWith(collection, undefined, registry) as never

/** Fields a legal volunteer must never see. */
export const maskedForVolunteers = (collection: string, registry: PersonalRegistry = personalData): string[] => fieldsWith(collection, 'hiddenFromVolunteers', registry)

/** Fields whose values lists show masked. */
export const maskedInLists = (collection: string, registry: PersonalRegistry = personalData): string[] => fieldsWith(collection, 'maskedInLists', registry)

/** Collections with fields that retention erases. */
export const retainedCollections = (registry: PersonalRegistry = personalData): string[] =>
  Object.keys(registry).filter((c) => fieldsWith(c, 'erasedByRetention', registry).length > 0)

/**
 * The update retention writes: each erasable field set to null, and, given the time, when it happened
 * (personalDataErasedAt).
 */
export function retentionErasure(collection: string, erasedAt?: string, registry: PersonalRegistry = personalData): Record<string, string | null> {
  const data: Record<string, string | null> = Object.fromEntries(fieldsWith(collection, 'erasedByRetention', registry).map((f) => [f, null]))
  if (erasedAt) data.personalDataErasedAt = erasedAt
  return data
}

/** Per collection, the fields whose stored values the build's personal-data check looks for in the built site. */
export const siteCheckedFields = (registry: PersonalRegistry = personalData): { collection: string; fields: string[] }[] =>
  Object.keys(registry)
    .map((collection) => ({ collection, fields: fieldsWith(collection, 'checkedInSite', registry) }))
    .filter((c) => c.fields.length > 0)

/** A public document without its personal fields (a copy; the rest untouched, in order). */
export function stripPersonal<T extends object>(collection: string, doc: T, registry: PersonalRegistry = personalData): T {
  const fields = fieldsWith(collection, undefined, registry)
  if (!fields.some((f) => f in doc)) return doc
  const copy = { ...doc } as Record<string, unknown>
  for (const f of fields) delete copy[f]
  return copy as T
}
