import type { CollectionConfig } from 'payload'
import { isStaff } from '../../access/isStaff'
import { articlesOfPublishedLaws } from '../../access/lawArticles'
import { siteBuildThroughParent } from '../../publishing/hooks'
import { fillArticleDefaults } from './hooks/articleDefaults'

/**
 * One article of a library law (25,000 rows for the whole national corpus): no versions — a law's history is
 * its import log, and the law itself has drafts. Identified inside its law by its label: 第十七条之一 shares its
 * number with 第十七条 (the Criminal Law has dozens), so (law, label) is unique, (law, number) only indexed.
 */
export const LawArticles: CollectionConfig<'law-articles'> = {
  slug: 'law-articles',
  labels: { singular: '法条', plural: '法条' },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'law', 'chapter', 'text'],
    listSearchableFields: ['label', 'text'],
    group: '法律法规库',
    pagination: { defaultLimit: 50 },
    description: '各部法律的条文，所属法律发布后在网站公开。重新导入法律时自动更新；手工修改只在发现录入错误时使用，保存后网站几秒内更新。',
  },
  access: { read: articlesOfPublishedLaws, create: isStaff, update: isStaff, delete: isStaff },
  // Law by law, each in its own order (a list sorted by position alone interleaves every law's 第一条).
  defaultSort: ['law', 'position'],
  // LawArticle is the parser's type (content-types/src/laws.ts).
  typescript: { interface: 'LibraryArticle' },
  indexes: [
    { fields: ['law', 'label'], unique: true },
    { fields: ['law', 'number'] },
  ],
  hooks: {
    beforeValidate: [fillArticleDefaults],
    // A corrected article of a published law shows on the site: one build, through the law.
    ...siteBuildThroughParent({ field: 'law', collection: 'laws', describe: (doc) => doc.label as string | undefined }),
  },
  fields: [
    { name: 'law', label: '所属法律', type: 'relationship', relationTo: 'laws', required: true, index: true },
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          label: '条文序号',
          type: 'number',
          required: true,
          min: 1,
          admin: { description: '阿拉伯数字，如 1165 表示第一千一百六十五条；“第十七条之一”的序号为 17', step: 1 },
          validate: (v: number | null | undefined) => (v != null && Number.isInteger(v) && v > 0 ? true : '条文序号须为正整数'),
        },
        { name: 'label', label: '条文编号', type: 'text', required: true, admin: { description: '如“第一千一百六十五条”；留空按序号生成' } },
        { name: 'position', label: '顺序', type: 'number', required: true, admin: { description: '在本法中的先后顺序；留空排在最后' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'book', label: '编', type: 'text' },
        { name: 'part', label: '分编', type: 'text' },
        { name: 'chapter', label: '章', type: 'text' },
        { name: 'section', label: '节', type: 'text' },
      ],
    },
    { name: 'text', label: '条文内容', type: 'textarea', required: true, admin: { rows: 6, description: '不含开头的条文编号；分段用换行' } },
  ],
}
