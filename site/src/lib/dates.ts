/** Dates as people in Jiangmen read them: always Beijing time, whatever the build machine's zone. */
const zone = 'Asia/Shanghai'

const dateFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: zone, year: 'numeric', month: 'long', day: 'numeric' })
const weekdayFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: zone, weekday: 'long' })
const timeFmt = new Intl.DateTimeFormat('zh-CN', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
const isoDateFmt = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })

const toDate = (d: string | Date) => (d instanceof Date ? d : new Date(d))

/** 2026年12月5日 */
export const formatDate = (d: string | Date) => dateFmt.format(toDate(d))
/** 星期六 */
export const formatWeekday = (d: string | Date) => weekdayFmt.format(toDate(d))
/** 15:00 */
export const formatTime = (d: string | Date) => timeFmt.format(toDate(d))
/** 2026-12-05 (Beijing date; for datetime attributes and sorting by day) */
export const isoDate = (d: string | Date) => isoDateFmt.format(toDate(d))
/** 2026年12月5日 星期六 15:00 */
export const formatDateTime = (d: string | Date) => `${formatDate(d)} ${formatWeekday(d)} ${formatTime(d)}`

/** 2026年12月5日 星期六 15:00—16:30; the end date is repeated only if it is another day. */
export function formatRange(start: string | Date, end?: string | Date | null): string {
  if (!end) return formatDateTime(start)
  if (isoDate(start) === isoDate(end)) return `${formatDateTime(start)}—${formatTime(end)}`
  return `${formatDateTime(start)} 至 ${formatDateTime(end)}`
}
