/** Dates as people in Jiangmen read them: always Beijing time, whatever the zone of the machine formatting them. */
export const timeZone = 'Asia/Shanghai'

type When = string | Date

const dateFmt = new Intl.DateTimeFormat('zh-CN', { timeZone, year: 'numeric', month: 'long', day: 'numeric' })
const weekdayFmt = new Intl.DateTimeFormat('zh-CN', { timeZone, weekday: 'long' })
const timeFmt = new Intl.DateTimeFormat('zh-CN', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
const isoDateFmt = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
const briefFmt = new Intl.DateTimeFormat('zh-CN', { timeZone, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' })
const shortWeekdayFmt = new Intl.DateTimeFormat('zh-CN', {
  timeZone,
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  weekday: 'short',
  hour: '2-digit',
  minute: '2-digit',
})

const toDate = (d: When) => (d instanceof Date ? d : new Date(d))

/** 2026年12月5日 */
export const formatDate = (d: When) => dateFmt.format(toDate(d))
/** 星期六 */
export const formatWeekday = (d: When) => weekdayFmt.format(toDate(d))
/** 15:00 */
export const formatTime = (d: When) => timeFmt.format(toDate(d))
/** 2026-12-05 (Beijing date; for datetime attributes and sorting by day) */
export const isoDate = (d: When) => isoDateFmt.format(toDate(d))
/** 2026年12月5日 星期六 15:00 */
export const formatDateTime = (d: When) => `${formatDate(d)} ${formatWeekday(d)} ${formatTime(d)}`

/** 2026年12月5日 星期六 15:00—16:30; the end date is repeated only if it is another day. */
export function formatRange(start: When, end?: When | null): string {
  if (!end) return formatDateTime(start)
  if (isoDate(start) === isoDate(end)) return `${formatDateTime(start)}—${formatTime(end)}`
  return `${formatDateTime(start)} 至 ${formatDateTime(end)}`
}

/** 2026年12月5日 15:00 — in the intake's answers ("将于…开始"). */
export const formatDateTimeBrief = (d: When) => briefFmt.format(toDate(d))
/** 2026年12月5日周六 15:00 — on the CMS's result pages. */
export const formatDateTimeShort = (d: When) => shortWeekdayFmt.format(toDate(d))
/** 2026/12/5 15:00:00 — a spreadsheet cell (staff exports, check-in); '' for none. */
export const formatTimestamp = (d: When | null | undefined) => (d ? toDate(d).toLocaleString('zh-CN', { timeZone, hour12: false }) : '')
