import type { CollectionConfig } from 'payload'
import { subjectAreas } from '@lawpoint/content-types'
import { isStaff } from '../access/isStaff'
import { selectOptions } from '../fields/options'

/** The consulting-expert pool (咨询专家库): staff only, never public. */
export const Experts: CollectionConfig = {
  slug: 'experts',
  labels: { singular: '咨询专家', plural: '咨询专家库' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'field', 'organisation'],
    group: '立法联系',
    description: '仅管理员和编辑可见，不在网站公开。专家的电话、邮箱只用于联系咨询，不外传。',
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  fields: [
    { name: 'name', label: '姓名', type: 'text', required: true },
    { name: 'field', label: '专业领域', type: 'text', required: true },
    { name: 'subjectAreas', label: '对口征集领域', type: 'select', hasMany: true, options: selectOptions(subjectAreas) },
    { name: 'organisation', label: '工作单位', type: 'text' },
    { name: 'title', label: '职称 / 职务', type: 'text' },
    { name: 'phone', label: '联系电话', type: 'text' },
    { name: 'email', label: '电子邮箱', type: 'email' },
    { name: 'notes', label: '备注', type: 'textarea' },
  ],
}
