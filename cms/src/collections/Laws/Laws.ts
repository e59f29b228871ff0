import type { CollectionConfig } from 'payload'
import { draftVersions, publicContentAccess } from '../../access/publicContent'
import { isStaffField } from '../../access/isStaff'
import { nobodyField } from '../../access/anyone'
import { defaultLawSource, lawKeyPattern } from '../../lawLibrary/history'
import { deleteArticles } from './hooks/deleteArticles'
import { fillShortTitle } from './hooks/shortTitle'

const isoDate = (v: string | null | undefined) => (!v || /^\d{4}-\d{2}-\d{2}$/.test(v) ? true : '日期格式为 2008-01-01')

/**
 * A law of the library (法律法规库): its metadata here, its articles in law-articles. Imported from the
 * law texts by `npm run laws:import` (cms/src/lawLibrary/); drafts let staff look at a newly imported law before
 * it goes public, and the public reads a law's articles only once the law is published.
 */
export const Laws: CollectionConfig<'laws'> = {
  slug: 'laws',
  labels: { singular: '法律法规', plural: '法律法规' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'amendedAt', 'key', '_status'],
    listSearchableFields: ['title', 'shortTitle', 'key'],
    group: '法律法规库',
    description: '法律全文由技术人员导入，条文见“法条”。已发布的法律及其条文在网站“法律法规库”公开；“取消发布”后整部法律从网站撤下。修改后网站几秒内自动更新。',
  },
  access: publicContentAccess,
  versions: draftVersions,
  defaultSort: 'title',
  // Where a lecture or consultation cites a law, it needs only these (never the import log or the articles).
  defaultPopulate: { key: true, title: true, shortTitle: true },
  hooks: { beforeValidate: [fillShortTitle], beforeDelete: [deleteArticles] },
  fields: [
    { name: 'title', label: '法律名称', type: 'text', required: true, unique: true, maxLength: 200, admin: { description: '全称，如“中华人民共和国劳动合同法”' } },
    {
      type: 'row',
      fields: [
        { name: 'shortTitle', label: '简称', type: 'text', admin: { description: '不含“中华人民共和国”，如“劳动合同法”；留空自动生成' } },
        {
          name: 'key',
          label: '法律代号',
          type: 'text',
          required: true,
          unique: true,
          admin: { description: '用于网址，只能包含小写字母、数字和连字符，如 labor-contract-law（劳动合同法）。改动后旧网址失效。' },
          validate: (v: string | null | undefined) => (v && lawKeyPattern.test(v) ? true : '法律代号只能包含小写字母、数字和连字符，如 labor-contract-law'),
        },
        { name: 'category', label: '分类', type: 'text', index: true, admin: { description: '如 宪法、民法典、社会法（导入时取自所在文件夹）' } },
      ],
    },
    {
      name: 'history',
      label: '制定和修改沿革',
      type: 'text',
      hasMany: true,
      admin: { description: '法律文本开头的通过、修正、修订、施行记录，一条一项' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'effectiveAt',
          label: '施行日期',
          type: 'text',
          validate: isoDate,
          admin: { description: '沿革写明施行日期时取该日期，否则取通过日期（导入时自动推算）' },
        },
        { name: 'amendedAt', label: '最近修改日期', type: 'text', validate: isoDate, admin: { description: '最近一次修正或修订的日期；从未修改则留空' } },
      ],
    },
    { name: 'source', label: '来源', type: 'text', defaultValue: defaultLawSource },
    {
      name: 'articleList',
      label: '条文',
      type: 'join',
      collection: 'law-articles',
      on: 'law',
      defaultSort: 'position',
      defaultLimit: 20,
      admin: { defaultColumns: ['label', 'chapter', 'text'], allowCreate: false },
    },
    {
      name: 'imports',
      label: '导入记录',
      labels: { singular: '导入', plural: '导入记录' },
      type: 'array',
      // Written only by the importer (overrideAccess); staff read it, the public never receives it.
      access: { read: isStaffField, create: nobodyField, update: nobodyField },
      admin: { readOnly: true, initCollapsed: true, description: '每次导入的时间、文件和改动（由导入命令写入）' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'importedAt', label: '导入时间', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm' } } },
            { name: 'added', label: '新增（条）', type: 'number' },
            { name: 'changed', label: '修改（条）', type: 'number' },
            { name: 'removed', label: '删除（条）', type: 'number' },
          ],
        },
        { name: 'files', label: '文件', type: 'textarea' },
        { name: 'summary', label: '改动摘要', type: 'textarea' },
      ],
    },
  ],
}
