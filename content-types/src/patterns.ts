/** Mainland mobile numbers: 11 digits starting 13–19. */
export const mobilePhonePattern = /^1[3-9]\d{9}$/

/** 138****5678: what any list or export shows of a phone number. */
export const maskPhone = (phone: string | null | undefined): string =>
  phone && phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : phone ? '****' : ''
