import type { CollectionConfig } from 'payload'
import { roles } from '@lawpoint/content-types'
import { isAdmin, isAdminField } from '../../access/isAdmin'
import { selectOptions } from '../../fields/options'
import { selfOrAdmin } from '../../access/selfOrAdmin'
import { firstUserIsAdmin, liaisonNeedsPoint } from './hooks/roles'
import { env } from '../../env'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: '用户', plural: '用户' },
  auth: {
    tokenExpiration: 8 * 60 * 60,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    // Behind HTTPS the login cookie never travels in clear; Lax keeps it off other sites' posts.
    cookies: { secure: env.cmsUrl.startsWith('https://'), sameSite: 'Lax' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: '系统',
    description: '后台账号，每人一个，不要共用。角色决定能看、能改什么；人员离岗时请删除账号。',
  },
  access: { read: selfOrAdmin, create: isAdmin, update: selfOrAdmin, delete: isAdmin, admin: ({ req }) => Boolean(req.user) },
  hooks: { beforeChange: [firstUserIsAdmin, liaisonNeedsPoint] },
  fields: [
    { name: 'name', label: '姓名', type: 'text', required: true },
    {
      name: 'role',
      label: '角色',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: selectOptions(roles),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        description: '编辑：管理全部内容和群众来件。志愿者：写活动回顾、整理意见，看不到姓名和电话。联络员：只录入、查看本采集点线下收集的意见。',
      },
    },
    {
      name: 'collectionPoint',
      label: '所属信息采集点',
      type: 'relationship',
      relationTo: 'collection-points',
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: {
        position: 'sidebar',
        condition: (data) => data?.role === 'liaison',
        description: '联络员只能录入和查看本采集点收集的意见',
      },
    },
  ],
}
