import type { CollectionConfig } from 'payload'
import { consultationState, consultationStates, draftKinds, legislatureLevels } from '@lawpoint/content-types'
import { dateTimeField, notBefore } from '../fields/dateTime'
import { selectOptions } from '../fields/options'
import { citedArticlesField } from '../fields/citedArticles'
import { richTextField } from '../fields/richText'
import { slugField } from '../fields/slug'
import { draftVersions, publicContentAccess } from '../access/publicContent'
import { forgetLookups } from '../intake/lookups'
import { guide } from '../fields/guides'

/** Drafts of laws, regulations and legislative plans put out for comment (立法意见征集). */
export const Consultations: CollectionConfig = {
  slug: 'consultations',
  labels: { singular: '意见征集', plural: '立法意见征集' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'level', 'opensAt', 'closesAt', 'state', '_status'],
    group: '立法联系',
    description: `发布后在网站“立法意见征集”公开；群众只能在征集开始到截止之间提交意见，其他时间网站显示“尚未开始”或“已截止”。${guide.publishing}`,
  },
  access: publicContentAccess,
  versions: draftVersions,
  hooks: { afterChange: [() => forgetLookups()] },
  defaultSort: '-opensAt',
  fields: [
    { name: 'title', label: '草案名称', type: 'text', required: true, maxLength: 150 },
    {
      type: 'row',
      fields: [
        { name: 'draftKind', label: '类型', type: 'select', required: true, defaultValue: 'law', options: selectOptions(draftKinds) },
        { name: 'level', label: '立法层级', type: 'select', required: true, defaultValue: 'national', options: selectOptions(legislatureLevels) },
        { name: 'draftingBody', label: '起草 / 征求意见单位', type: 'text', required: true },
      ],
    },
    {
      type: 'row',
      fields: [
        dateTimeField('opensAt', '征集开始', { required: true, index: true, admin: { description: '北京时间；到点后网站才接受意见' } }),
        dateTimeField('closesAt', '征集截止', {
          required: true,
          index: true,
          validate: notBefore('opensAt', '截止时间不能早于开始时间'),
          admin: { description: '到点后网站自动停止收意见，无需手动关闭' },
        }),
      ],
    },
    {
      name: 'state',
      label: '征集状态',
      type: 'select',
      options: selectOptions(consultationStates),
      virtual: true,
      admin: { readOnly: true, position: 'sidebar', description: '由开始和截止时间自动确定' },
      hooks: { afterRead: [({ siblingData }) => consultationState(siblingData)] },
    },
    { name: 'summary', label: '内容摘要', type: 'textarea', required: true, maxLength: 500, admin: { description: '网站列表和详情页开头显示，几句话说明草案要解决什么问题' } },
    richTextField('explanation', '起草说明'),
    {
      name: 'articles',
      label: '草案条文',
      labels: { singular: '条', plural: '条文' },
      type: 'array',
      admin: { description: '草案全文按条拆分，群众可以针对某一条提意见。已有意见的条文不要删除或改序号：意见按序号对应条文', initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', label: '序号', type: 'number', required: true, min: 1, admin: { width: '15%' } },
            { name: 'label', label: '条号', type: 'text', required: true, admin: { width: '25%', description: '如“第三条”' } },
            { name: 'chapter', label: '所在章', type: 'text', admin: { width: '60%' } },
          ],
        },
        { name: 'text', label: '条文内容', type: 'textarea', required: true },
      ],
    },
    {
      name: 'opinionsByArticle',
      type: 'ui',
      admin: { components: { Field: '/staff/OpinionsByArticle#OpinionsByArticle' } },
    },
    citedArticlesField('草案涉及的现行法条', '草案拟修改或新增规定涉及的现行法律条文：网站上这些条文的页面会链接到本次意见征集'),
    { name: 'attachments', label: '附件（PDF）', type: 'upload', relationTo: 'media', hasMany: true, admin: { description: '网站上供群众下载，如草案全文、起草说明' } },
    {
      name: 'result',
      label: '征集结果反馈',
      type: 'group',
      admin: { description: '征集截止后填写，发布后在网站公开：收到多少意见、采纳了哪些。不要写提意见人的姓名、电话' },
      fields: [
        dateTimeField('publishedAt', '反馈发布时间'),
        { name: 'opinionCount', label: '收到意见（条）', type: 'number', min: 0, admin: { description: '公开的数字，可参考上方“各条收到的意见”' } },
        { name: 'adoptedCount', label: '被采纳（条）', type: 'number', min: 0 },
        richTextField('body', '反馈内容'),
      ],
    },
    {
      name: 'exports',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/staff/ExportLinks#ConsultationExports' } },
    },
    slugField(),
  ],
}
