/**
 * Refuses, with a 400 and a Chinese message, a query whose value the database cannot compare: a relationship
 * filtered by something that is not an id (`where[law][equals]=abc`) or a date by something that is not a date.
 * Payload passes such values straight into SQL, where they fail as a 500; one beforeOperation hook on every
 * collection checks every query — REST, GraphQL, the admin's list filters and the Local API alike.
 */
import type { CollectionBeforeOperationHook, CollectionConfig, FlattenedField, Payload } from 'payload'
import { publicError } from '../lib/publicError'

/** Operators whose value is compared as the field's own type (exists, like, near … are not). */
const comparing = new Set(['equals', 'not_equals', 'in', 'not_in', 'all', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const isId = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v)) || (typeof v === 'string' && /^\d{1,15}$/.test(v))
const isDate = (v: unknown) => (v instanceof Date || typeof v === 'string' || typeof v === 'number') && !Number.isNaN(new Date(v as string).getTime())
const blank = (v: unknown) => v === null || v === undefined || v === '' || v === 'null'

function valuesOf(operator: string, value: unknown): unknown[] {
  if (operator === 'in' || operator === 'not_in' || operator === 'all') {
    if (Array.isArray(value)) return value
    if (typeof value === 'string') return value.split(',')
  }
  return [value]
}

type Resolved = { kind: 'id' | 'date' | 'point' | 'other'; label: string } | undefined
/** Geometric operators compare points only; on any other field the database refuses them. */
const geometric = new Set(['near', 'within', 'intersects'])

/** The type of value a path compares, following groups, arrays and single-collection relationships. */
function resolve(payload: Payload, fields: FlattenedField[], segments: string[], top: boolean): Resolved {
  const [head, ...rest] = segments
  if (head === 'id' && rest.length === 0) return undefined // Payload checks ids itself
  const field = fields.find((f) => f.name === head)
  if (!field) {
    // A query on versions (/api/recaps/versions): the document's fields under version., its id as parent.
    if (top && head === 'version') return resolve(payload, fields, rest, false)
    if (top && head === 'parent' && rest.length === 0) return { kind: 'id', label: '文档' }
    return undefined
  }
  const label = typeof (field as { label?: unknown }).label === 'string' ? ((field as { label: string }).label) : field.name
  if (field.type === 'group' || field.type === 'array' || field.type === 'tab') {
    return rest.length ? resolve(payload, field.flattenedFields, rest, false) : undefined
  }
  if (field.type === 'relationship' || field.type === 'upload') {
    if (rest.length === 0 || (rest.length === 1 && rest[0] === 'id')) return { kind: 'id', label }
    if (typeof field.relationTo !== 'string') return undefined
    const related = payload.collections[field.relationTo]?.config.flattenedFields
    return related ? resolve(payload, related, rest, false) : undefined
  }
  if (rest.length) return undefined
  return { kind: field.type === 'date' ? 'date' : field.type === 'point' ? 'point' : 'other', label }
}

const refuse = (message: string) => publicError(`查询条件无效：${message}`, 400, 'bad-query-value')

function check(payload: Payload, fields: FlattenedField[], where: unknown): void {
  if (where === undefined || where === null) return
  if (typeof where !== 'object' || Array.isArray(where)) throw refuse('where 须为“字段[运算符]=值”的形式。')
  for (const [key, condition] of Object.entries(where)) {
    if ((key.toLowerCase() === 'and' || key.toLowerCase() === 'or') && Array.isArray(condition)) {
      for (const nested of condition) check(payload, fields, nested)
      continue
    }
    if (!condition || typeof condition !== 'object') continue
    const resolved = resolve(payload, fields, key.split('.'), true)
    if (!resolved) continue
    for (const [operator, value] of Object.entries(condition)) {
      if (geometric.has(operator) && resolved.kind !== 'point') throw refuse(`“${resolved.label}”不是坐标，不能用 ${operator} 查询。`)
      if (!comparing.has(operator)) continue
      for (const v of valuesOf(operator, value)) {
        if (blank(v)) continue
        if (resolved.kind === 'id' && !isId(v)) throw refuse(`“${resolved.label}”须为编号（数字），收到“${String(v).slice(0, 40)}”。`)
        if (resolved.kind === 'date' && !isDate(v)) throw refuse(`“${resolved.label}”须为日期（如 2026-12-01），收到“${String(v).slice(0, 40)}”。`)
      }
    }
  }
}

export const checkQueryValues: CollectionBeforeOperationHook = ({ args, collection, req }) => {
  const { page, limit } = args as { page?: unknown; limit?: unknown }
  // A negative page or limit becomes a negative OFFSET/LIMIT, which PostgreSQL refuses (a 500).
  if (typeof page === 'number' && !(Number.isInteger(page) && page >= 1)) throw refuse(`页码须为 1 或更大的整数，收到“${page}”。`)
  if (typeof limit === 'number' && !(Number.isInteger(limit) && limit >= 0)) throw refuse(`每页条数须为 0 或更大的整数，收到“${limit}”。`)
  check(req.payload, collection.flattenedFields, (args as { where?: unknown }).where)
  return args
}

/** Adds the check to a collection, before its own beforeOperation hooks. */
export const withCheckedQueries = <C extends CollectionConfig>(c: C): C => ({
  ...c,
  hooks: { ...c.hooks, beforeOperation: [checkQueryValues, ...(c.hooks?.beforeOperation ?? [])] },
})
