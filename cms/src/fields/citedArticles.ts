import type { ArrayField, FieldHook, NumberFieldManyValidation } from 'payload'
import { articleLabel } from '@lawpoint/content-types'
import { lawById, missingNumbers } from '../lawLibrary/library'

const idOf = (v: unknown) => (v && typeof v === 'object' ? (v as { id: number }).id : (v as number | null | undefined))

/** Every number is an article of the chosen law (checked against the library, in Chinese). */
export const existingArticles: NumberFieldManyValidation = async (value, { siblingData, req }) => {
  const numbers = value ?? []
  if (!numbers.length) return '请填写至少一个条文序号'
  const bad = numbers.filter((n) => !Number.isInteger(n) || n < 1)
  if (bad.length) return `条文序号须为正整数（如 1165 表示第一千一百六十五条）：${bad.join('、')}`
  const law = idOf((siblingData as { law?: unknown }).law)
  if (law == null) return true // the law field says what is missing
  const missing = await missingNumbers(req, law, numbers)
  if (!missing.length) return true
  const ref = await lawById(req, law)
  const name = ref ? `《${ref.shortTitle || ref.title}》` : '所选法律'
  return `${name}没有${missing.map(articleLabel).join('、')}，请核对条文序号（法律法规库中的现行文本）`
}

/** The cited law's key, as the reader may see the law (a draft law's key is not the public's to know). */
const lawKeyOf: FieldHook = async ({ siblingData, req }) => {
  const law = (siblingData as { law?: unknown }).law
  if (law && typeof law === 'object') return (law as { key?: string }).key ?? null
  if (law == null) return null
  const { docs } = await req.payload.find({
    collection: 'laws',
    where: { id: { equals: law } },
    depth: 0,
    limit: 1,
    select: { key: true },
    overrideAccess: false,
    user: req.user,
    req,
  })
  return docs[0]?.key ?? null
}

/**
 * Articles of library laws a document refers to: one row per law, with the article numbers, and the law's key
 * (virtual) so that a read row fits the snapshot's `citedArticles: [{ lawKey, articles }]` (citedArticlesSchema).
 */
export const citedArticlesField = (label: string, description?: string): ArrayField => ({
  name: 'citedArticles',
  label,
  labels: { singular: '法律', plural: '法律' },
  type: 'array',
  admin: { description, initCollapsed: false },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'law', label: '法律', type: 'relationship', relationTo: 'laws', required: true, admin: { width: '40%' } },
        {
          // The law's key on every read (REST and Local API alike), so a cited row already has the snapshot's shape.
          name: 'lawKey',
          type: 'text',
          virtual: true,
          required: true,
          validate: () => true as const,
          admin: { hidden: true },
          hooks: { afterRead: [lawKeyOf] },
        },
        {
          name: 'articles',
          label: '条文序号',
          type: 'number',
          hasMany: true,
          required: true,
          validate: existingArticles,
          admin: { width: '60%', description: '阿拉伯数字，如 1165 表示第一千一百六十五条' },
        },
      ],
    },
  ],
})
