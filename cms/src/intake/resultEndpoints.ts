/**
 * The pages a plain form post lands on (303 after the post): an opinion's receipt and a sign-up's live state.
 * They carry only the receipt or the registrant's own cancel code, and show nothing personal; the receipt page
 * shows nothing stored at all.
 */
import type { Endpoint, Payload, PayloadRequest } from 'payload'
import { absoluteUrl, apiRoutes, cancelRequest, formatDateTimeShort, labelOf, lecturePath, opinionStatuses, statusLookup } from '@lawpoint/content-types'
import { guarded, HttpError, limitLookups, tryCode } from './http'
import { findLecture } from './lookups'
import { html, page, qrImage, type Html } from './resultPage'
import { registrationByCancelCode } from './seats'
import { siteUrl } from '../lib/origins'
import { checkInUrl } from './publicFiles'
import { endpointPath } from '../lib/routes'

const query = (req: PayloadRequest) => req.searchParams ?? new URL(req.url!).searchParams

/** The status lookup form, filled in with the receipt: the resident adds the last four digits of the phone. */
const statusForm = (receipt: string) =>
  html`<form method="get" action="${apiRoutes.opinionStatus}"><input type="hidden" name="receipt" value="${receipt}">
<label for="phoneLast4">手机号后四位</label><input id="phoneLast4" name="phoneLast4" inputmode="numeric" pattern="[0-9]{4}" maxlength="4" required autocomplete="off">
<div><button type="submit">查询办理情况</button></div></form>`

/**
 * Where a plain opinion post lands. It looks nothing up: the same page for every well-formed receipt, so it
 * neither confirms that a receipt exists nor says what it was about. The status (and what the opinion concerned)
 * shows only after the last four digits of the phone are entered — the status lookup, with its lockout.
 */
const opinionReceipt: Endpoint = {
  path: endpointPath(apiRoutes.opinionReceipt('')),
  method: 'get',
  handler: async (req) =>
    guarded(req, () => false, async () => {
      await limitLookups(req)
      const receipt = statusLookup.shape.receipt.safeParse(query(req).get('receipt') ?? '')
      if (!receipt.success) throw new HttpError(400, '回执编号格式不正确')
      return page(
        req.payload,
        '意见已收到',
        html`<h1>提交成功，感谢您的意见！</h1><div class="notice ok" role="status"><p>您的回执编号：</p><p class="big-code">${receipt.data}</p></div>
<p>请记下回执编号（可截图或拍照）。凭回执编号和手机号后四位，可以随时查询意见的办理和采纳情况。</p>${statusForm(receipt.data)}`,
      )
    }),
}

const registrationResult: Endpoint = {
  path: endpointPath(apiRoutes.registrationResult('')),
  method: 'get',
  handler: async (req) =>
    guarded(req, () => false, async () => {
      await limitLookups(req)
      const code = cancelRequest.shape.cancelCode.safeParse(query(req).get('code') ?? '')
      if (!code.success) throw new HttpError(400, '取消码格式不正确')
      // Unknown codes count against the code: a few and it is locked. A registrant's own visits never lock it.
      const attempt = await tryCode('result', code.data)
      const r = await registrationByCancelCode(req.payload, code.data)
      if (!r) throw new HttpError(404, '未找到该报名，请核对链接或取消码')
      await attempt.right()
      const lecture = await findLecture(req.payload, r.lecture)
      const site = siteUrl()
      const about: Html = lecture
        ? html`<p><strong>${lecture.title}</strong><br>时间：${formatDateTimeShort(lecture.startsAt)}${lecture.venue?.name ? html`<br>地点：${lecture.venue.name}${lecture.venue.address ? `（${lecture.venue.address}）` : ''}` : ''}</p>`
        : html``
      let state: Html
      if (r.status === 'confirmed')
        state = html`<h1>报名成功</h1>${about}<div class="notice ok" role="status"><p>签到码（入场时出示，共 ${r.attendees} 人）：</p><p class="big-code">${r.checkInCode}</p>
${await qrImage(checkInUrl(r.checkInCode, new URL(req.url!).origin), r.checkInCode)}</div>`
      else if (r.status === 'waitlisted')
        state = html`<h1>已登记候补</h1>${about}<div class="notice" role="status"><p class="big-code">候补第 ${r.placeInLine ?? '?'} 位</p>
<p>有人取消后按顺序递补。递补成功后，打开本页即可看到签到码；工作人员也会按您留的手机号通知您。</p></div>`
      else state = html`<h1>报名已取消</h1>${about}<div class="notice" role="status"><p>这次报名已经取消，座位已让给其他群众。欢迎报名其他讲座。</p></div>`
      const ics = lecture && r.status !== 'cancelled' ? html` · <a href="${apiRoutes.lectureCalendar(lecture.id)}">加入手机日历</a>` : ''
      const cancel =
        r.status === 'cancelled'
          ? html``
          : html`<h2>不能参加？</h2><p>取消码：<strong>${code.data}</strong>。取消后座位会让给候补的群众。</p>
<form method="post" action="${apiRoutes.cancelRegistration}"><input type="hidden" name="cancelCode" value="${code.data}">
<label for="phoneLast4">手机号后四位</label><input id="phoneLast4" name="phoneLast4" inputmode="numeric" pattern="[0-9]{4}" maxlength="4" required autocomplete="off">
<div><button type="submit">取消报名</button></div></form>`
      return page(
        req.payload,
        r.status === 'confirmed' ? '报名成功' : r.status === 'waitlisted' ? '已登记候补' : '报名已取消',
        html`${state}<p>请收藏或截图保存本页，以便查看最新状态。${lecture?.slug ? html` <a href="${absoluteUrl(site, lecturePath(lecture))}">讲座详情</a>` : ''}${ics}</p>${cancel}`,
      )
    }),
}

export const publicResultEndpoints: Endpoint[] = [opinionReceipt, registrationResult]

export const opinionStatusHtml = (payload: Payload, a: { receipt: string; status: string; feedback: string | null; consultationTitle: string | null }) =>
  page(
    payload,
    '办理情况',
    html`<h1>办理情况</h1><div class="notice ok" role="status"><p>回执编号：${a.receipt}</p>${a.consultationTitle ? html`<p>意见针对：${a.consultationTitle}</p>` : ''}
<p><strong>当前状态：${labelOf(opinionStatuses, a.status)}</strong></p>${a.feedback ? html`<p>工作人员答复：${a.feedback}</p>` : html`<p class="muted">暂无答复。意见报送和采纳情况会在这里更新。</p>`}</div>`,
  )
