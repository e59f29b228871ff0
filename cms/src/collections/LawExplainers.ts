import type { CollectionBeforeValidateHook, CollectionConfig, NumberFieldSingleValidation, PayloadRequest, TextFieldSingleValidation } from 'payload'
import { articleLabel, type LawExplainer } from '@lawpoint/content-types'
import { articlesByNumber, lawByKey } from '../lawLibrary/library'
import { publishedAtField } from '../fields/publishedAt'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { draftVersions, publicContentAccess } from '../access/publicContent'
import { guide } from '../fields/guides'

/**
 * The explained article comes from the law library: the law's name follows its key, and the article text (and its
 * place in the law) fills itself from the library when left empty.
 */
const fromLibrary: CollectionBeforeValidateHook<LawExplainer> = async ({ data, originalDoc, req }) => {
  if (!data) return data
  const key = data.lawKey ?? originalDoc?.lawKey
  const first = data.articleNumber ?? originalDoc?.articleNumber
  if (!key || typeof first !== 'number') return data
  const law = await lawByKey(req, key)
  if (!law) return data
  data.law = law.title
  const last = data.articleNumberEnd !== undefined ? data.articleNumberEnd : originalDoc?.articleNumberEnd
  const text = data.articleText !== undefined ? data.articleText : originalDoc?.articleText
  const placeMissing = ['book', 'part', 'chapter', 'section'].every((k) => !(data as Record<string, unknown>)[k] && !(originalDoc as Record<string, unknown> | undefined)?.[k])
  if (text?.trim() && !placeMissing) return data
  const numbers = Array.from({ length: Math.max(1, Math.min((last ?? first) - first + 1, 50)) }, (_, i) => first + i)
  const articles = await articlesByNumber(req, law.id, numbers)
  if (!articles.length) return data
  if (!text?.trim()) data.articleText = articles.map((a) => `${a.label}　${a.text}`).join('\n')
  if (placeMissing) {
    const { book, part, chapter, section } = articles[0]!
    Object.assign(data, { book, part, chapter, section })
  }
  return data
}

/** The key names a law of the library. */
const lawInLibrary: TextFieldSingleValidation = async (value, { req }) => {
  if (!value) return '请填写法律代号'
  if (!/^[a-z0-9-]+$/.test(value)) return '法律代号只能包含小写字母、数字和连字符，如 civil-code'
  return (await lawByKey(req, value)) ? true : `法律法规库中没有代号为“${value}”的法律：请核对代号（如 civil-code 为民法典），或先导入该法律（npm run laws:import）`
}

/** The article exists in that law (the range's first and last article). */
async function articleInLibrary(value: number, data: Partial<LawExplainer>, req: PayloadRequest, message: string): Promise<true | string> {
  const law = data.lawKey ? await lawByKey(req, data.lawKey) : null
  if (!law) return true // the key's own message says what is wrong
  if ((await articlesByNumber(req, law.id, [value])).length) return true
  return `《${law.shortTitle || law.title}》没有${articleLabel(value)}，${message}`
}

const startInLibrary: NumberFieldSingleValidation = async (v, { data, req }) => {
  if (v == null) return true
  if (!Number.isInteger(v)) return '条文序号须为整数'
  return articleInLibrary(v, data as Partial<LawExplainer>, req, '请核对条文序号')
}

const endInLibrary: NumberFieldSingleValidation = async (v, { data, siblingData, req }) => {
  if (v == null) return true
  if (!Number.isInteger(v) || v < ((siblingData as { articleNumber?: number }).articleNumber ?? 0)) return '结束条文序号须为整数且不小于起始序号'
  return articleInLibrary(v, data as Partial<LawExplainer>, req, '请核对结束条文序号')
}

/**
 * One explainer per article (or run of articles) of a law. The Civil Code is fully structured
 * (编 / 分编 / 章 / 节); other laws — infectious disease, wildlife protection … — use the same shape.
 */
export const LawExplainers: CollectionConfig = {
  slug: 'law-explainers',
  labels: { singular: '普法解读', plural: '普法解读' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'law', 'book', 'chapter', 'articleNumber', '_status'],
    listSearchableFields: ['title', 'articleText', 'aliases'],
    group: '内容',
    description: `网站“普法解读”栏目，一篇解读对应法律的一条（或连续几条），也显示在该条的法条页上。${guide.publishing}`,
  },
  access: publicContentAccess,
  versions: draftVersions,
  defaultSort: 'articleNumber',
  hooks: {
    beforeValidate: [fromLibrary],
    beforeChange: [
      setPublishedAt,
      ({ data }) => {
        if (typeof data.articleNumber === 'number' && !data.articleLabel) {
          const end = data.articleNumberEnd
          data.articleLabel =
            end && end > data.articleNumber
              ? `${articleLabel(data.articleNumber)}至${articleLabel(end)}`
              : articleLabel(data.articleNumber)
        }
        return data
      },
    ],
  },
  fields: [
    { name: 'title', label: '标题', type: 'text', required: true, maxLength: 120 },
    {
      type: 'collapsible',
      label: '所属法律与位置',
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'law',
              label: '法律名称',
              type: 'text',
              required: true,
              index: true,
              defaultValue: '中华人民共和国民法典',
              admin: { description: '保存时按法律代号取法律法规库中的名称' },
            },
            {
              name: 'lawKey',
              label: '法律代号',
              type: 'text',
              required: true,
              index: true,
              defaultValue: 'civil-code',
              admin: { description: '法律法规库中该法律的代号，如 civil-code（民法典）' },
              validate: lawInLibrary,
            },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'book', label: '编', type: 'text', index: true },
            { name: 'part', label: '分编', type: 'text' },
            { name: 'chapter', label: '章', type: 'text', index: true },
            { name: 'section', label: '节', type: 'text' },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'articleNumber',
              label: '条文序号',
              type: 'number',
              required: true,
              index: true,
              min: 1,
              max: 9999,
              admin: { description: '阿拉伯数字，如 1165 表示第一千一百六十五条', step: 1 },
              validate: startInLibrary,
            },
            {
              name: 'articleNumberEnd',
              label: '至条文序号',
              type: 'number',
              min: 1,
              max: 9999,
              admin: { description: '解读多条时填写最后一条' },
              validate: endInLibrary,
            },
            { name: 'articleLabel', label: '条文编号', type: 'text', admin: { description: '留空自动生成，如“第一千一百六十五条”' } },
          ],
        },
      ],
    },
    {
      name: 'articleText',
      label: '法条原文',
      type: 'textarea',
      required: true,
      // Left empty, it is filled from the library before validation (fromLibrary), and a published explainer's
      // article must exist there. This validate replaces the plain required check, so the admin form accepts it empty.
      validate: (v: string | null | undefined, { data }: { data: Partial<LawExplainer> }) =>
        v?.trim() || (data.lawKey && data.articleNumber) ? true : '请填写法条原文，或填写法律代号和条文序号以自动填入',
      admin: { description: '留空则从法律法规库自动填入所解读条文的原文' },
    },
    richTextField('explanation', '通俗解读', true),
    {
      name: 'cases',
      label: '典型案例',
      labels: { singular: '案例', plural: '案例' },
      type: 'array',
      admin: { description: '案例中的当事人用化名或“张某”，不要写真实姓名、电话、住址' },
      fields: [
        { name: 'title', label: '案例名称', type: 'text', required: true },
        { name: 'facts', label: '基本案情', type: 'textarea' },
        { name: 'outcome', label: '裁判结果', type: 'textarea' },
        { name: 'analysis', label: '案例分析', type: 'textarea' },
      ],
    },
    {
      name: 'qa',
      label: '以案说法 · 问答',
      labels: { singular: '问答', plural: '问答' },
      type: 'array',
      fields: [
        { name: 'question', label: '问', type: 'text', required: true },
        { name: 'answer', label: '答', type: 'textarea', required: true },
      ],
    },
    {
      name: 'relatedArticles',
      label: '相关条文序号',
      type: 'number',
      hasMany: true,
      admin: { description: '同一部法律中相关条文的序号' },
    },
    { name: 'tags', label: '标签', type: 'text', hasMany: true, admin: { position: 'sidebar', description: '供后台整理归类，网站不显示；群众的说法请填在“俗称 / 检索别名”' } },
    {
      name: 'aliases',
      label: '俗称 / 检索别名',
      type: 'text',
      hasMany: true,
      admin: { position: 'sidebar', description: '群众常用的说法，如“彩礼”“欠薪”，帮助站内搜索找到本条' },
    },
    publishedAtField(),
    slugField(),
  ],
}
