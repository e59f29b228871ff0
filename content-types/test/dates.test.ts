import { describe, expect, it } from 'vitest'
import {
  formatDate,
  formatDateTime,
  formatDateTimeBrief,
  formatDateTimeShort,
  formatRange,
  formatTime,
  formatTimestamp,
  formatWeekday,
  isoDate,
} from '../src/dates'

describe('dates in Beijing time', () => {
  it('formats a UTC instant as the Beijing date and time', () => {
    // 2026-12-04T17:30Z is already 5 December 01:30 in Beijing.
    expect(formatDate('2026-12-04T17:30:00.000Z')).toBe('2026年12月5日')
    expect(isoDate('2026-12-04T17:30:00.000Z')).toBe('2026-12-05')
    expect(formatTime('2026-12-05T07:00:00.000Z')).toBe('15:00')
    expect(formatDateTime('2026-12-05T07:00:00.000Z')).toBe('2026年12月5日 星期六 15:00')
  })
  it('writes a same-day range with the end time only', () => {
    expect(formatRange('2026-12-05T07:00:00.000Z', '2026-12-05T08:30:00.000Z')).toBe('2026年12月5日 星期六 15:00—16:30')
  })
  it('writes both dates of a range over several days', () => {
    expect(formatRange('2026-12-05T07:00:00.000Z', '2026-12-06T08:30:00.000Z')).toBe('2026年12月5日 星期六 15:00 至 2026年12月6日 星期日 16:30')
  })
  it('formats the CMS\'s answers, result pages and exports', () => {
    expect(formatWeekday('2026-12-05T07:00:00.000Z')).toBe('星期六')
    expect(formatDateTimeBrief('2026-12-05T07:00:00.000Z')).toBe('2026年12月5日 15:00')
    expect(formatDateTimeShort('2026-12-05T07:00:00.000Z')).toBe('2026年12月5日周六 15:00')
    expect(formatTimestamp('2026-12-04T17:30:05.000Z')).toBe('2026/12/5 01:30:05')
    expect(formatTimestamp(null)).toBe('')
  })
})
