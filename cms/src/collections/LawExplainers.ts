import type { CollectionConfig } from 'payload'
import { articleLabel } from '@lawpoint/content-types'
import { publishedAtField } from '../fields/publishedAt'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { draftVersions, publicContentAccess } from '../access/publicContent'

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
  },
  access: publicContentAccess,
  versions: draftVersions,
  defaultSort: 'articleNumber',
  hooks: {
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
            { name: 'law', label: '法律名称', type: 'text', required: true, index: true, defaultValue: '中华人民共和国民法典' },
            {
              name: 'lawKey',
              label: '法律代号',
              type: 'text',
              required: true,
              index: true,
              defaultValue: 'civil-code',
              admin: { description: '用于网址，如 civil-code（民法典）' },
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
              validate: (v: number | null | undefined) => (v == null || Number.isInteger(v) ? true : '条文序号须为整数'),
            },
            {
              name: 'articleNumberEnd',
              label: '至条文序号',
              type: 'number',
              min: 1,
              max: 9999,
              admin: { description: '解读多条时填写最后一条' },
              validate: (v: number | null | undefined, { siblingData }: { siblingData: { articleNumber?: number } }) =>
                v == null || (Number.isInteger(v) && v >= (siblingData.articleNumber ?? 0))
                  ? true
                  : '结束条文序号须为整数且不小于起始序号',
            },
            { name: 'articleLabel', label: '条文编号', type: 'text', admin: { description: '留空自动生成，如“第一千一百六十五条”' } },
          ],
        },
      ],
    },
    { name: 'articleText', label: '法条原文', type: 'textarea', required: true },
    richTextField('explanation', '通俗解读', true),
    {
      name: 'cases',
      label: '典型案例',
      labels: { singular: '案例', plural: '案例' },
      type: 'array',
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
    { name: 'tags', label: '标签', type: 'text', hasMany: true, admin: { position: 'sidebar' } },
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
