import { createHash } from 'node:crypto'
import type { TextField } from 'payload'

/** URL-safe slug: ASCII words kept, anything else (Chinese titles) becomes a short stable hash. */
export function slugify(source: string): string {
  const ascii = source
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (ascii.length >= 3 && ascii.length === source.trim().length) return ascii.slice(0, 80)
  return createHash('sha1').update(source).digest('hex').slice(0, 10)
}

/** A unique slug, filled from another field when left empty. */
export const slugField = (from = 'title'): TextField => ({
  name: 'slug',
  label: '网址别名',
  type: 'text',
  unique: true,
  index: true,
  admin: {
    position: 'sidebar',
    description: '用于网址，只能包含小写字母、数字和连字符；留空则自动生成。发布后再改，已分享出去的旧链接会打不开。',
  },
  validate: (value: string | null | undefined) =>
    !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) ? true : '网址别名只能包含小写字母、数字和连字符',
  hooks: {
    beforeValidate: [
      ({ value, data, originalDoc }) => {
        if (value) return value
        const source = (data?.[from] as string | undefined) ?? (originalDoc?.[from] as string | undefined)
        return source ? slugify(source) : value
      },
    ],
  },
})
