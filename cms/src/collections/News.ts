import type { CollectionConfig } from 'payload'
import { newsCategories } from '@lawpoint/content-types'
import { selectOptions } from '../fields/options'
import { publishedAtField } from '../fields/publishedAt'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { draftVersions, publicContentAccess } from '../access/publicContent'
import { setPublishedAt } from '../hooks/setPublishedAt'
import { guide } from '../fields/guides'

export const News: CollectionConfig = {
  slug: 'news',
  labels: { singular: '新闻', plural: '新闻动态' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'publishedAt', '_status'],
    group: '内容',
    description: `网站“新闻动态”栏目。${guide.publishing}`,
  },
  access: publicContentAccess,
  versions: draftVersions,
  defaultSort: '-publishedAt',
  hooks: { beforeChange: [setPublishedAt] },
  fields: [
    { name: 'title', label: '标题', type: 'text', required: true, maxLength: 120 },
    { name: 'summary', label: '摘要', type: 'textarea', maxLength: 300, admin: { description: '新闻列表中标题下方显示的一两句话' } },
    { name: 'cover', label: '封面图片', type: 'upload', relationTo: 'media' },
    richTextField('body', '正文', true),
    {
      name: 'category',
      label: '栏目',
      type: 'select',
      required: true,
      defaultValue: 'work',
      options: selectOptions(newsCategories),
      admin: { position: 'sidebar' },
    },
    { name: 'author', label: '作者 / 来源', type: 'text', defaultValue: '江海区人大常委会', admin: { position: 'sidebar', description: '网站上显示为“来源：…”' } },
    publishedAtField(),
    slugField(),
  ],
}
