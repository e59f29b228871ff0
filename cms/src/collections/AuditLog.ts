import type { CollectionConfig } from 'payload'
import { auditActions, roles } from '@lawpoint/content-types'
import { nobody } from '../access/anyone'
import { isAdmin } from '../access/isAdmin'
import { selectOptions } from '../fields/options'
import { auditedCollections } from '../hooks/auditTrail'

/**
 * The audit log (审计日志): one entry per staff change to a submission, written only by the audit hooks
 * (hooks/auditTrail.ts, overrideAccess). Admins read it; nobody creates, edits or deletes an entry through the API.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: '审计日志', plural: '审计日志' },
  admin: {
    group: '系统',
    useAsTitle: 'documentId',
    defaultColumns: ['createdAt', 'user', 'accountId', 'role', 'action', 'targetCollection', 'documentId', 'reference'],
    description: '工作人员对群众来件（意见建议、讲座报名、意见附件）的每一次新建、修改和删除。个人信息已遮蔽；记录不能修改或删除。',
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  disableDuplicate: true,
  defaultSort: '-createdAt',
  fields: [
    {
      type: 'row',
      fields: [
        // The id is kept on its own too: the entry outlives a deleted account (the relationship then goes empty).
        { name: 'user', label: '操作账号', type: 'relationship', relationTo: 'users', index: true },
        { name: 'accountId', label: '账号编号', type: 'number', required: true, index: true },
        { name: 'role', label: '角色', type: 'select', required: true, options: selectOptions(roles) },
        { name: 'action', label: '操作', type: 'select', required: true, index: true, options: selectOptions(auditActions) },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'targetCollection', label: '对象类型', type: 'select', required: true, index: true, options: [...auditedCollections] },
        { name: 'documentId', label: '对象编号', type: 'text', required: true, index: true },
        { name: 'documentCreatedAt', label: '对象提交时间', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'reference', label: '回执编号', type: 'text', index: true },
      ],
    },
    { name: 'changes', label: '改动（字段：原值 → 新值；个人信息已遮蔽）', type: 'json', admin: { components: { Field: '/components/JsonView#JsonView' } } },
  ],
}
