/** Check-in at the door: scanning a registrant's QR code opens this page in a logged-in staff phone. */
import type { Endpoint, PayloadRequest } from 'payload'
import { apiRoutes, checkInCodeFormat, formatTimestamp, labelOf, maskPhone, registrationStatuses } from '@lawpoint/content-types'
import { isStaffUser } from '../access/roles'
import { html, htmlDocument, type Html } from '../lib/html'
import { staffGuard } from './guard'
import { endpointPath } from '../lib/routes'


const style =
  'body{font:18px/1.6 system-ui,sans-serif;margin:0;padding:1rem;max-width:32rem}h1{font-size:1.4rem}input,button{font-size:1.2rem;padding:.7rem;width:100%;box-sizing:border-box;margin:.3rem 0}button{background:#b71c1c;color:#fff;border:0;border-radius:.4rem}.ok{color:#1b5e20}.warn{color:#b71c1c}dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem 1rem}'

function page(title: string, body: Html, status = 200) {
  return new Response(htmlDocument(title, style, body), {
    status,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-frame-options': 'DENY' },
  })
}
const codeForm = (code = '') =>
  html`<form method="get"><label>签到码<input name="code" value="${code}" autocomplete="off" autocapitalize="characters" inputmode="latin"></label><button>查询</button></form><p><a href="/admin/collections/registrations">返回报名列表</a></p>`

async function registrationByCode(req: PayloadRequest, code: string) {
  const found = await req.payload.find({ collection: 'registrations', where: { checkInCode: { equals: code } }, depth: 1, limit: 1, overrideAccess: true })
  return found.docs[0]
}
const describe = (r: NonNullable<Awaited<ReturnType<typeof registrationByCode>>>) =>
  html`<dl><dt>讲座</dt><dd>${typeof r.lecture === 'object' ? r.lecture.title : r.lecture}</dd><dt>姓名</dt><dd>${r.name}</dd><dt>手机</dt><dd>${maskPhone(r.phone)}</dd><dt>人数</dt><dd>${r.attendees}</dd><dt>状态</dt><dd>${labelOf(registrationStatuses, r.status)}</dd></dl>`

/** Check-in on a phone: scanning the registrant's QR code opens this page in the logged-in admin browser. */
const checkInPage: Endpoint = {
  path: endpointPath(apiRoutes.checkIn()),
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.redirect(new URL(`/admin/login?redirect=${encodeURIComponent(new URL(req.url!).pathname + new URL(req.url!).search)}`, req.url!), 302)
    if (!isStaffUser(req.user)) return page('签到', html`<p class="warn">您无权执行此操作。</p>`, 403)
    const code = checkInCodeFormat.normalise(new URL(req.url!).searchParams.get('code') ?? '')
    if (!code) return page('现场签到', html`<h1>现场签到</h1>${codeForm()}`)
    const r = checkInCodeFormat.pattern.test(code) ? await registrationByCode(req, code) : undefined
    if (!r) return page('现场签到', html`<h1>现场签到</h1><p class="warn">未找到签到码 ${code}</p>${codeForm(code)}`, 404)
    const action =
      r.status !== 'confirmed'
        ? html`<p class="warn">该报名${labelOf(registrationStatuses, r.status)}，不能签到。</p>`
        : r.checkedInAt
          ? html`<p class="ok">已于 ${formatTimestamp(r.checkedInAt)} 签到。</p>`
          : html`<form method="post"><input type="hidden" name="code" value="${code}"><button>确认签到</button></form>`
    return page('现场签到', html`<h1>现场签到</h1>${describe(r)}${action}${codeForm()}`)
  },
}

const checkIn: Endpoint = {
  path: endpointPath(apiRoutes.checkIn()),
  method: 'post',
  handler: (req) =>
    staffGuard(req, async () => {
      const type = req.headers.get('content-type') ?? ''
      let code = ''
      if (type.includes('json')) code = String(((await req.json?.()) as { code?: unknown })?.code ?? '')
      else code = String((await req.formData?.())?.get('code') ?? '')
      code = checkInCodeFormat.normalise(code)
      const r = checkInCodeFormat.pattern.test(code) ? await registrationByCode(req, code) : undefined
      const asJson = type.includes('json') || (req.headers.get('accept') ?? '').includes('application/json')
      if (!r) return asJson ? Response.json({ message: '未找到该签到码' }, { status: 404 }) : page('现场签到', html`<p class="warn">未找到该签到码</p>${codeForm()}`, 404)
      if (r.status !== 'confirmed') {
        const message = `该报名${labelOf(registrationStatuses, r.status)}，不能签到`
        return asJson ? Response.json({ message }, { status: 409 }) : page('现场签到', html`${describe(r)}<p class="warn">${message}</p>${codeForm()}`, 409)
      }
      const checkedInAt = r.checkedInAt ?? new Date().toISOString()
      // The system writes checkedInAt (staff cannot type one in); with req, the audit log names who checked the person in.
      if (!r.checkedInAt) await req.payload.update({ collection: 'registrations', id: r.id, data: { checkedInAt }, overrideAccess: true, context: { skipPromotion: true }, req })
      if (asJson) return Response.json({ checkedInAt, already: Boolean(r.checkedInAt) })
      return page('现场签到', html`<h1>签到成功</h1>${describe(r)}<p class="ok">签到时间 ${formatTimestamp(checkedInAt)}</p>${codeForm()}`)
    }),
}


export const checkInEndpoints: Endpoint[] = [checkInPage, checkIn]
