/** Small derived facts about content, computed at build time against siteNow(). */
import { consultationState, daysLeft, registrationOpen, type PublicConsultation, type PublicLecture } from '@lawpoint/content-types'

export const isUpcoming = (e: { startsAt: string; endsAt?: string | null }, now: Date) => new Date(e.endsAt ?? e.startsAt) >= now

export function consultationInfo(c: PublicConsultation, now: Date) {
  const state = consultationState(c, now)
  const left = state === 'open' ? daysLeft(c.closesAt, now) : null
  return { state, daysLeft: left }
}

/** What a lecture's sign-up box should say. */
export function lectureSignup(l: PublicLecture, now: Date): { open: boolean; full: boolean; label: string } {
  if (l.state === 'cancelled') return { open: false, full: false, label: '讲座已取消' }
  if (l.state === 'finished' || new Date(l.endsAt) < now) return { open: false, full: false, label: '讲座已结束' }
  if (l.registrationOpensAt && now < new Date(l.registrationOpensAt)) return { open: false, full: false, label: '尚未开始报名' }
  if (!registrationOpen(l, now)) return { open: false, full: false, label: '报名已截止' }
  if (l.seatsLeft === 0) return { open: true, full: true, label: '名额已满，可登记候补' }
  if (l.seatsLeft == null) return { open: true, full: false, label: '正在报名' }
  return { open: true, full: false, label: `剩余 ${l.seatsLeft} 个名额` }
}
