import type { CollectionConfig } from 'payload'
import { collectionPointKinds, subjectAreas } from '@lawpoint/content-types'
import { selectOptions } from '../fields/options'
import { slugField } from '../fields/slug'
import { draftVersions, publicContentAccess } from '../access/publicContent'
import { guide } from '../fields/guides'

/** Information-collection points and liaison units (信息采集点 / 立法联系单位). */
export const CollectionPoints: CollectionConfig = {
  slug: 'collection-points',
  labels: { singular: '采集点 / 联系单位', plural: '信息采集点与联系单位' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'address', '_status'],
    group: '立法联系',
    description: `名称、地址、简介和对外办公电话在网站公开；联络员姓名、电话只有工作人员能看到。${guide.publishing}`,
  },
  access: publicContentAccess,
  versions: draftVersions,
  defaultSort: 'order',
  fields: [
    { name: 'name', label: '名称', type: 'text', required: true },
    { name: 'kind', label: '类别', type: 'select', required: true, defaultValue: 'collection-point', options: selectOptions(collectionPointKinds) },
    { name: 'address', label: '地址', type: 'text' },
    { name: 'subjectAreas', label: '主要征集领域', type: 'select', hasMany: true, options: selectOptions(subjectAreas) },
    { name: 'description', label: '简介', type: 'textarea' },
    { name: 'publicPhone', label: '对外办公电话', type: 'text', admin: { description: '单位办公电话，会在网站公开' } },
    {
      type: 'collapsible',
      label: '联络员（仅工作人员可见）',
      fields: [
        { name: 'liaisonName', label: '联络员', type: 'text' },
        { name: 'liaisonPhone', label: '联络员电话', type: 'text', admin: { description: '不公开；对外电话请填“对外办公电话”' } },
      ],
    },
    { name: 'order', label: '排序', type: 'number', defaultValue: 100, admin: { position: 'sidebar', description: '数字小的排在网站列表前面' } },
    slugField('name'),
  ],
}
