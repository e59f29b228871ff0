/**
 * Form constraints and messages read from the shared zod schemas, so the HTML attributes
 * (required, minlength, maxlength, pattern, min, max) and the inline Chinese messages can never drift
 * from what the CMS enforces. Code fields (receipt, cancel code) get their pattern from content-types/codes.ts
 * through the schemas.
 */
import type { z } from 'zod'
import { fieldErrors, patternBody } from '@lawpoint/content-types'

export interface FieldRules {
  required: boolean
  minLength?: number
  maxLength?: number
  min?: number
  max?: number
  /** HTML pattern attribute (implicitly anchored). */
  pattern?: string
  /** Message when the field is left empty. */
  missing?: string
  /** Message when it is filled in wrongly. */
  invalid?: string
}

type AnySchema = { _zod: { def: Record<string, any> } }

/** Peel preprocess pipes, optionals and defaults down to the schema that carries the checks. */
function core(schema: AnySchema): AnySchema {
  let s = schema
  for (let i = 0; i < 10; i++) {
    const d = s._zod.def
    if (d.type === 'pipe') s = d.out.type === 'transform' ? d.in : d.out
    else if (d.type === 'optional' || d.type === 'default' || d.type === 'nullable' || d.type === 'prefault') s = d.innerType
    else if (d.type === 'union') s = d.options[0]
    else break
  }
  return s
}

function shapeOf(schema: AnySchema): Record<string, AnySchema> {
  const s = core(schema) as AnySchema & { shape?: Record<string, AnySchema> }
  return (s as any).shape ?? s._zod.def.shape ?? {}
}

/** The schemas upper-case codes before checking, so the browser must accept lower case too. */
export function caseInsensitivePattern(source: string): string {
  let out = ''
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      out += c + (source[++i] ?? '')
      continue
    }
    if (c === '[') inClass = true
    if (c === ']') inClass = false
    if (inClass && source.slice(i, i + 3) === 'A-Z') {
      out += 'A-Za-z'
      i += 2
    } else if (!inClass && /[A-Z]/.test(c)) out += `[${c}${c.toLowerCase()}]`
    else out += c
  }
  return out
}

function checksOf(field: AnySchema): Omit<FieldRules, 'required' | 'missing' | 'invalid'> {
  const rules: Omit<FieldRules, 'required' | 'missing' | 'invalid'> = {}
  for (const check of core(field)._zod.def.checks ?? []) {
    const d = check._zod.def
    if (d.check === 'min_length') rules.minLength = d.minimum
    else if (d.check === 'max_length') rules.maxLength = d.maximum
    else if (d.check === 'greater_than') rules.min = d.value + (d.inclusive ? 0 : 1)
    else if (d.check === 'less_than') rules.max = d.value - (d.inclusive ? 0 : 1)
    else if (d.check === 'string_format' && d.format === 'regex') rules.pattern = caseInsensitivePattern(patternBody(d.pattern))
  }
  return rules
}

const errorsFor = (schema: z.ZodType, value: Record<string, unknown>) => {
  const r = schema.safeParse(value)
  return r.success ? {} : fieldErrors(r.error)
}

/** Rules for every field of an object schema. */
export function formRules(schema: z.ZodType): Record<string, FieldRules> {
  const shape = shapeOf(schema as unknown as AnySchema)
  const missing = errorsFor(schema, {})
  const out: Record<string, FieldRules> = {}
  for (const [name, field] of Object.entries(shape)) {
    const rules: FieldRules = { required: name in missing, ...checksOf(field) }
    rules.missing = missing[name]
    // A deliberately bad value shows the message for "filled in wrongly".
    const bad = rules.pattern ? '!' : rules.minLength && rules.minLength > 1 ? 'a' : rules.maxLength ? 'x'.repeat(rules.maxLength + 1) : rules.max != null ? String(rules.max + 1) : '!'
    rules.invalid = errorsFor(schema, { [name]: bad })[name] ?? rules.missing
    out[name] = rules
  }
  return out
}

/** HTML attributes for an input from its rules. */
export function inputAttrs(r: FieldRules | undefined): Record<string, string | number | boolean | undefined> {
  if (!r) return {}
  return {
    required: r.required || undefined,
    minlength: r.minLength && r.minLength > 1 ? r.minLength : undefined,
    maxlength: r.maxLength,
    min: r.min,
    max: r.max,
    pattern: r.pattern,
    'data-msg-missing': r.missing,
    'data-msg-invalid': r.invalid,
  }
}
