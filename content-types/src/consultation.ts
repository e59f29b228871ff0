import type { ConsultationState } from './options'

/** A consultation's state follows from its dates alone, so the CMS and the site cannot disagree. */
export function consultationState(
  window: { opensAt?: string | Date | null; closesAt?: string | Date | null },
  now: Date = new Date(),
): ConsultationState {
  const opens = window.opensAt ? new Date(window.opensAt) : null
  const closes = window.closesAt ? new Date(window.closesAt) : null
  if (opens && now < opens) return 'upcoming'
  if (closes && now >= closes) return 'closed'
  return 'open'
}

/** Whole days left until closing, rounded up; 0 once closed. */
export function daysLeft(closesAt: string | Date | null | undefined, now: Date = new Date()): number | null {
  if (!closesAt) return null
  const ms = new Date(closesAt).getTime() - now.getTime()
  return ms <= 0 ? 0 : Math.ceil(ms / 86_400_000)
}

/** Registration is open between its window's ends, for a lecture still scheduled. */
export function registrationOpen(
  lecture: { state?: string | null; registrationOpensAt?: string | null; registrationClosesAt?: string | null },
  now: Date = new Date(),
): boolean {
  if (lecture.state && lecture.state !== 'scheduled') return false
  if (lecture.registrationOpensAt && now < new Date(lecture.registrationOpensAt)) return false
  if (lecture.registrationClosesAt && now >= new Date(lecture.registrationClosesAt)) return false
  return true
}
