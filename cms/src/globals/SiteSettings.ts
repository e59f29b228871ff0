import type { GlobalConfig } from 'payload'
import { anyone } from '../access/anyone'
import { isStaff } from '../access/isStaff'
import { forgetSiteIdentity } from '../lib/siteSettings'

const linkFields = [
  {
    type: 'row' as const,
    fields: [
      { name: 'label', label: '文字', type: 'text' as const, required: true },
      { name: 'href', label: '链接', type: 'text' as const, required: true },
    ],
  },
]

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: '网站设置',
  admin: { group: '系统', description: '网站名称、联系方式、导航和页脚，保存后网站几秒内自动更新。' },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [() => forgetSiteIdentity()] },
  fields: [
    { name: 'siteName', label: '网站名称', type: 'text', required: true, defaultValue: '江海区基层立法联系点' },
    { name: 'tagline', label: '标语', type: 'text' },
    { name: 'description', label: '网站简介', type: 'textarea' },
    {
      name: 'contact',
      label: '联系方式',
      type: 'group',
      admin: { description: '在网站每页页脚和活动海报上公开：只填单位的办公电话和邮箱，不填个人手机' },
      fields: [
        { name: 'address', label: '办公地址', type: 'text' },
        { name: 'phone', label: '办公电话', type: 'text' },
        { name: 'email', label: '电子邮箱', type: 'text' },
        { name: 'hours', label: '办公时间', type: 'text' },
      ],
    },
    { name: 'navigation', label: '主导航', labels: { singular: '导航项', plural: '导航' }, type: 'array', fields: linkFields },
    { name: 'links', label: '友情链接', labels: { singular: '链接', plural: '链接' }, type: 'array', fields: linkFields },
    { name: 'footer', label: '页脚文字', type: 'textarea' },
    {
      name: 'intake',
      label: '群众来件防护',
      type: 'group',
      admin: { description: '不在网站显示，保存后几秒内生效' },
      access: { read: ({ req }) => Boolean(req.user) },
      fields: [
        {
          name: 'altchaRequired',
          label: '提交意见、报名时要求完成计算验证（ALTCHA）',
          type: 'checkbox',
          defaultValue: false,
          admin: { description: '遇到机器批量提交时开启；验证在访客浏览器内完成，不使用第三方验证码服务' },
        },
      ],
    },
  ],
}
