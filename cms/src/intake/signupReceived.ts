/**
 * Where a plain form post lands (303) when the phone already has a sign-up for the lecture. A duplicate is answered
 * like a new sign-up (same status, same kind of page), but this page carries nothing of the earlier sign-up: its
 * codes and state are the registrant's, on the result page their own cancel code opens. It shows only the lecture
 * (public) and how to find the earlier result, so anyone may open it.
 */
import type { Endpoint } from 'payload'
import { absoluteUrl, apiRoutes, formatDateTimeShort, lecturePath, limits } from '@lawpoint/content-types'
import { guarded, HttpError } from './http'
import { findLecture, plausibleId } from './lookups'
import { html, page } from './resultPage'
import { siteUrl } from '../lib/origins'
import { endpointPath } from '../lib/routes'

export const registrationReceived: Endpoint = {
  path: endpointPath(apiRoutes.registrationReceived('')),
  method: 'get',
  handler: async (req) =>
    guarded(req, () => false, async () => {
      const q = req.searchParams ?? new URL(req.url!).searchParams
      const id = Number(q.get('lecture'))
      const lecture = plausibleId(req.payload, id) ? await findLecture(req.payload, id) : null
      if (!lecture) throw new HttpError(404, '讲座不存在或尚未发布')
      const settings = await req.payload.findGlobal({ slug: 'site-settings', depth: 0, overrideAccess: true }).catch(() => null)
      const phone = settings?.contact?.phone
      const who = settings?.siteName ? `${settings.siteName}的工作人员` : '我们的工作人员'
      return page(
        req.payload,
        '报名已收到',
        html`<h1>报名已收到</h1><p><strong>${lecture.title}</strong><br>时间：${formatDateTimeShort(lecture.startsAt)}${lecture.venue?.name ? html`<br>地点：${lecture.venue.name}` : ''}</p>
<div class="notice" role="status"><p>我们已收到这个手机号对本场讲座的报名，不需要再次提交，名额也不会重复占用。</p>
<p>报名结果（签到码，或候补第几位）和取消码，在第一次报名后显示的页面上。请查看您收藏的页面、截图或照片。</p>
<p>如果没有保存，${phone ? html`请致电 <a href="tel:${phone.replace(/[^\d+]/g, '')}">${phone}</a>，` : html`请联系${who}，`}核对手机号后可告诉您报名结果。</p></div>
<p>要替家人另外报名，请填写家人自己的手机号；一同参加的人也可以在一次报名里填写参加人数（每次最多 ${limits.registration.attendeesMax} 人）。</p>
<p>${lecture.slug ? html`<a href="${absoluteUrl(siteUrl(), lecturePath(lecture))}">返回讲座页面</a>` : ''}</p>`,
      )
    }),
}
