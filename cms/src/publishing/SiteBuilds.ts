import type { CollectionConfig } from 'payload'
import { isStaff } from '../access/isStaff'
import { rebuildEndpoint } from './endpoints'
import { previewEndpoint } from './preview'
import { currentLive } from './switch'

export const siteBuildStatuses = [
  { label: '排队中', value: 'queued' },
  { label: '构建中', value: 'running' },
  { label: '线上', value: 'live' },
  { label: '已被替换', value: 'superseded' },
  { label: '失败', value: 'failed' },
] as const

/**
 * One row per build of the public site (see cms/src/publishing/). Written by the build pipeline only;
 * staff read it to see what is live, what failed and why, and start a rebuild from the list view.
 */
export const SiteBuilds: CollectionConfig = {
  slug: 'site-builds',
  labels: { singular: '网站发布', plural: '网站发布记录' },
  admin: {
    group: '系统',
    useAsTitle: 'trigger',
    defaultColumns: ['status', 'trigger', 'requestedAt', 'durationMs', 'pages', 'outputDir'],
    description: '发布、撤回或删除公开内容后，网站会在几秒内自动重新生成并上线。构建失败时线上网站保持不变。',
    components: { beforeListTable: ['/publishing/RebuildButton#RebuildButton'] },
  },
  access: { read: isStaff, create: () => false, update: () => false, delete: () => false },
  defaultSort: '-createdAt',
  endpoints: [rebuildEndpoint, previewEndpoint],
  hooks: {
    // "live" is wherever data/site-builds/live points now (a rollback moves it without the CMS).
    afterRead: [
      ({ doc }) => {
        if ((doc.status === 'live' || doc.status === 'superseded') && doc.outputDir) {
          doc.status = currentLive() === doc.outputDir ? 'live' : 'superseded'
        }
        return doc
      },
    ],
  },
  fields: [
    { name: 'status', label: '状态', type: 'select', required: true, defaultValue: 'queued', index: true, options: [...siteBuildStatuses] },
    { name: 'trigger', label: '触发原因', type: 'text' },
    {
      name: 'changes',
      label: '包含的更改',
      type: 'json',
      admin: { description: '合并进本次构建的发布、撤回、删除操作', components: { Field: '/components/JsonView#JsonView' } },
    },
    {
      type: 'row',
      fields: [
        { name: 'requestedAt', label: '请求时间', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'startedAt', label: '开始时间', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'finishedAt', label: '完成时间', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'durationMs', label: '用时（毫秒）', type: 'number' },
        { name: 'pages', label: '页面数', type: 'number' },
        { name: 'outputDir', label: '构建目录', type: 'text', admin: { description: 'data/site-builds/ 下的目录名' } },
      ],
    },
    { name: 'timings', label: '各步骤用时', type: 'json', admin: { components: { Field: '/components/JsonView#JsonView' } } },
    { name: 'error', label: '错误信息', type: 'textarea' },
    { name: 'log', label: '构建日志（末尾）', type: 'textarea' },
  ],
}
