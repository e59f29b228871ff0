import type { DateField } from 'payload'
import { dateTimeField } from './dateTime'

/** The date shown on the site; set to the first publish time when left empty. */
export const publishedAtField = (): DateField =>
  dateTimeField('publishedAt', '发布日期', {
    index: true,
    admin: { position: 'sidebar', description: '网站上显示的日期；留空则取第一次发布的时间' },
  })
