/**
 * The registry of personal fields (content-types/src/personal-data.ts) applied to a collection's config: a
 * field it lists as hidden from volunteers gets the collection's personal-field access, a field it lists as
 * masked gets the list mask. A field named in the registry but missing from the config stops the start, so
 * the registry and the collections cannot drift apart.
 */
import type { CollectionConfig, Field, FieldAccess } from 'payload'
import { personalData, type PersonalRegistry } from '@lawpoint/content-types'
import { isStaffField } from '../access/isStaff'
import { signedIn } from '../access/signedIn'
import { maskPhoneInLists } from './maskPhone'

export type PersonalFieldAccess = { read: FieldAccess; create?: FieldAccess; update?: FieldAccess }

const staffOnly: PersonalFieldAccess = { read: isStaffField }

function applyTo(fields: Field[], rules: PersonalRegistry[string], access: PersonalFieldAccess, seen: Set<string>): Field[] {
  return fields.map((field): Field => {
    // Layout fields (rows, collapsibles, tabs) hold named fields of the same document.
    if (field.type === 'row' || field.type === 'collapsible') return { ...field, fields: applyTo(field.fields, rules, access, seen) }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ({ ...tab, fields: applyTo(tab.fields, rules, access, seen) })) }
    if (!('name' in field) || !rules[field.name]) return field
    const rule = rules[field.name]!
    seen.add(field.name)
    let out: Field = field
    if (rule.hiddenFromVolunteers) {
      const base = { read: access.read, create: access.create ?? access.read, update: access.update ?? access.read }
      // A field may be stricter than the collection's rule (e.g. a submitted phone nobody may change).
      out = { ...out, access: { ...base, ...(out as { access?: PersonalFieldAccess }).access } } as Field
    }
    // An account (who wrote, uploaded, reviewed) is never public: signed-in accounts only, unless the field is stricter.
    if (rule.kind === 'account' && !rule.hiddenFromVolunteers) {
      const own = (out as { access?: PersonalFieldAccess }).access
      out = { ...out, access: { ...own, read: own?.read ?? signedIn } } as Field
    }
    if (rule.maskedInLists && out.type === 'text') out = { ...out, hooks: { ...out.hooks, afterRead: [...(out.hooks?.afterRead ?? []), maskPhoneInLists] } }
    return out
  })
}

/** The collection with the registry's rules on its personal fields; `access` says who may see them (default: staff). */
export function withPersonalData(config: CollectionConfig, access: PersonalFieldAccess = staffOnly, registry: PersonalRegistry = personalData): CollectionConfig {
  const rules = registry[config.slug]
  if (!rules) return config
  const seen = new Set<string>()
  const fields = applyTo(config.fields, rules, access, seen)
  // Fields Payload adds itself: the file of an upload collection, the login of an auth collection.
  const builtIn = [...(config.upload ? ['filename'] : []), ...(config.auth ? ['email'] : [])]
  const missing = Object.keys(rules).filter((name) => !seen.has(name) && !builtIn.includes(name))
  if (missing.length) throw new Error(`个人信息登记表列出的字段在「${config.slug}」中不存在：${missing.join('、')}`)
  return { ...config, fields }
}
