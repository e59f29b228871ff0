/**
 * Renders outcomes of the intake endpoints in place (enhanced forms). A plain form post (no JavaScript)
 * lands on the CMS's own result page instead. Only textContent: nothing from the server becomes HTML.
 */
// The module, not the package index: this is browser code, and the index would bring zod and the law parser.
import { apiRoutes, cancelRegistrationPath, opinionStatusPath } from '@lawpoint/content-types/urls'

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> & { className?: string } = {}, ...children: (Node | string | null)[]) {
  const node = Object.assign(document.createElement(tag), props)
  for (const c of children) if (c != null) node.append(c)
  return node
}

export function opinionReceipt(receipt: string): HTMLElement {
  return el('div', { className: 'notice notice-ok' },
    el('h2', { className: '!mt-0' }, '提交成功，感谢您的意见！'),
    el('p', {}, '您的回执编号：'),
    el('p', { className: 'big-code' }, receipt),
    el('p', {}, '请记下回执编号。凭回执编号和手机号后四位，可以查询意见的办理和采纳情况。'),
    el('p', {}, el('a', { href: opinionStatusPath(receipt) }, '查询办理情况')),
  )
}

export interface RegistrationAnswer {
  /** received: this phone had already signed up for the lecture; the answer carries nothing of that sign-up. */
  status: 'confirmed' | 'waitlisted' | 'received'
  checkInCode?: string | null
  cancelCode?: string | null
  waitlistPosition?: number | null
}

/**
 * A sign-up from a phone that had already signed up for this lecture (pressed 提交 twice, or a relative's sign-up
 * on the same phone). The server says only that it has it: the result and the codes are on the page the first
 * sign-up showed, which the resident was asked to keep.
 */
export function registrationReceived(contactPhone: string | undefined, attendeesMax: number): HTMLElement {
  const call = contactPhone
    ? el('p', {}, '如果没有保存，请致电 ', el('a', { href: `tel:${contactPhone.replace(/[^\d+]/g, '')}` }, contactPhone), '，核对手机号后可告诉您报名结果。')
    : el('p', {}, '如果没有保存，请按页面底部“联系我们”的电话联系我们，核对手机号后可告诉您报名结果。')
  return el('div', { className: 'notice' },
    el('h2', { className: '!mt-0' }, '报名已收到'),
    el('p', {}, '我们已收到这个手机号对本场讲座的报名，不需要再次提交，名额也不会重复占用。'),
    el('p', {}, '报名结果（签到码，或候补第几位）和取消码，在第一次报名后显示的内容里。请查看您收藏的页面、截图或照片。'),
    call,
    el('p', {}, `要替家人另外报名，请填写家人自己的手机号；一同参加的人也可以在一次报名里填写参加人数（每次最多 ${attendeesMax} 人）。`),
  )
}

export function registrationResult(r: RegistrationAnswer, cms: string): HTMLElement {
  const box = el('div', { className: 'notice notice-ok' })
  if (r.status === 'confirmed') {
    box.append(el('h2', { className: '!mt-0' }, '报名成功'))
    if (r.checkInCode) {
      box.append(
        el('p', {}, '签到码（入场时出示）：'),
        el('p', { className: 'big-code' }, r.checkInCode),
        el('img', { src: `${cms}${apiRoutes.checkInQr(r.checkInCode)}`, alt: `签到二维码：${r.checkInCode}`, width: 200, height: 200, className: 'bg-white p-2' }),
      )
    }
  } else {
    box.append(el('h2', { className: '!mt-0' }, '已登记候补'), el('p', {}, `您是候补第 ${r.waitlistPosition ?? '?'} 位。有人取消后按顺序递补，工作人员会按您留的手机号通知您。`))
  }
  if (r.cancelCode) {
    box.append(
      el('p', {}, '取消码（不能参加时用来取消报名）：'),
      el('p', { className: 'big-code' }, r.cancelCode),
      el('p', {}, el('a', { href: cancelRegistrationPath(r.cancelCode) }, '不能参加？取消报名')),
    )
  }
  if (r.cancelCode)
    box.append(el('p', {}, el('a', { href: `${cms}${apiRoutes.registrationResult(r.cancelCode)}` }, '报名状态页（收藏它，随时查看签到码和候补进度）')))
  box.append(el('p', {}, '建议截图或拍照保存本页。'))
  return box
}

export function opinionStatus(r: { receipt?: string; status?: string; statusLabel?: string; feedback?: string | null; consultationTitle?: string | null }, labels: Record<string, string>): HTMLElement {
  return el('div', { className: 'notice notice-ok' },
    el('h2', { className: '!mt-0' }, '办理情况'),
    r.receipt ? el('p', {}, `回执编号：${r.receipt}`) : null,
    r.consultationTitle ? el('p', {}, `意见针对：${r.consultationTitle}`) : null,
    el('p', { className: 'text-xl font-bold' }, `当前状态：${labels[r.status ?? ''] ?? r.statusLabel ?? r.status ?? '未知'}`),
    r.feedback ? el('p', {}, `工作人员答复：${r.feedback}`) : el('p', { className: 'muted' }, '暂无答复。意见报送和采纳情况会在这里更新。'),
  )
}

export const errorBox = (message: string) => el('div', { className: 'notice notice-err' }, el('p', { className: 'm-0 font-bold' }, message))
export const noticeBox = (message: string) => el('div', { className: 'notice' }, el('p', { className: 'm-0 font-bold' }, message))
