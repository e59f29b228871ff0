/** Staff-only answers: forwarding reports, registration lists, adopted opinions, and check-in from a phone. */
import type { Endpoint, PayloadRequest } from 'payload'
import ExcelJS from 'exceljs'
import { labelOf, maskPhone, opinionChannels, opinionKinds, opinionStatuses, registrationStatuses, subjectAreas, submitterIdentities } from '@lawpoint/content-types'
import { isStaffUser } from '../access/roles'
import { HttpError } from '../lib/intake/http'
import { plausibleId } from '../lib/intake/lookups'

type Table = { title: string; columns: { header: string; width: number }[]; rows: (string | number | null)[][] }

function requireStaff(req: PayloadRequest) {
  if (!req.user) throw new HttpError(401, '请先登录管理后台')
  if (!isStaffUser(req.user)) throw new HttpError(403, '您无权执行此操作。')
}

async function staffGuard(req: PayloadRequest, fn: () => Promise<Response>) {
  try {
    requireStaff(req)
    return await fn()
  } catch (error) {
    if (error instanceof HttpError) return Response.json({ message: error.message }, { status: error.status })
    req.payload.logger.error({ err: error, msg: `导出失败 ${req.url}` })
    return Response.json({ message: '导出失败，请稍后再试' }, { status: 500 })
  }
}

/** CSV for Excel: BOM for the Chinese text, quotes everywhere, and no cell Excel would run as a formula. */
export function toCsv(table: Table): string {
  const cell = (v: string | number | null) => {
    let s = v === null || v === undefined ? '' : String(v)
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`
    return `"${s.replaceAll('"', '""')}"`
  }
  return '\uFEFF' + [table.columns.map((c) => cell(c.header)), ...table.rows.map((r) => r.map(cell))].map((r) => r.join(',')).join('\r\n') + '\r\n'
}

async function toXlsx(table: Table): Promise<Buffer> {
  const wb = new ExcelJS.Workbook()
  wb.creator = '江海区基层立法联系点'
  const ws = wb.addWorksheet(table.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '))
  ws.columns = table.columns.map((c) => ({ header: c.header, width: c.width }))
  ws.getRow(1).font = { bold: true }
  ws.views = [{ state: 'frozen', ySplit: 1 }]
  for (const r of table.rows) ws.addRow(r.map((v) => (v === null ? '' : v)))
  ws.eachRow((row, n) => n > 1 && (row.alignment = { wrapText: true, vertical: 'top' }))
  return Buffer.from(await wb.xlsx.writeBuffer())
}

async function send(table: Table, format: string, filename: string): Promise<Response> {
  const encoded = encodeURIComponent(`${filename}.${format}`)
  const disposition = `attachment; filename="export.${format}"; filename*=UTF-8''${encoded}`
  if (format === 'csv') return new Response(toCsv(table), { headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': disposition, 'cache-control': 'no-store' } })
  return new Response(new Uint8Array(await toXlsx(table)), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'content-disposition': disposition, 'cache-control': 'no-store' },
  })
}

const fileOf = (req: PayloadRequest, base: string) => {
  const m = new RegExp(`^${base}\\.(xlsx|csv)$`).exec(String(req.routeParams?.file ?? ''))
  if (!m) throw new HttpError(404, '导出格式应为 .xlsx 或 .csv')
  return m[1]!
}
const idOf = (req: PayloadRequest) => {
  const raw = String(req.routeParams?.id ?? '')
  const id = /^\d+$/.test(raw) ? Number(raw) : raw
  if (!plausibleId(req.payload, id)) throw new HttpError(404, '未找到该记录')
  return id
}
const dateZh = (iso?: string | null) => (iso ? new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false }) : '')

/** 意见报送表: by article, the opinion, the submitter's identity class and the channel — no names or phones. */
export async function consultationReport(req: PayloadRequest, id: number | string): Promise<{ title: string; table: Table }> {
  const c = await req.payload.find({ collection: 'consultations', where: { id: { equals: id } }, depth: 0, limit: 1, draft: true, overrideAccess: true, select: { title: true } })
  const consultation = c.docs[0]
  if (!consultation) throw new HttpError(404, '未找到该征集项目')
  const opinions = await req.payload.find({
    collection: 'opinions',
    where: { consultation: { equals: id } },
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
    select: { receipt: true, articleNumber: true, articleLabel: true, content: true, summary: true, identity: true, channel: true, status: true, category: true, duplicateOf: true, createdAt: true },
  })
  const docs = [...opinions.docs].sort((a, b) => (a.articleNumber ?? 0) - (b.articleNumber ?? 0) || String(a.createdAt).localeCompare(String(b.createdAt)))
  return {
    title: consultation.title,
    table: {
      title: '意见报送表',
      columns: [
        { header: '条文', width: 12 },
        { header: '意见内容', width: 70 },
        { header: '归纳摘要', width: 40 },
        { header: '提出人身份', width: 14 },
        { header: '收集渠道', width: 18 },
        { header: '所属领域', width: 12 },
        { header: '办理状态', width: 14 },
        { header: '重复意见', width: 10 },
        { header: '回执编号', width: 18 },
        { header: '提交时间', width: 20 },
      ],
      rows: docs.map((o) => [
        o.articleLabel || (o.articleNumber ? `第${o.articleNumber}条` : '草案整体'),
        o.content,
        o.summary ?? '',
        labelOf(submitterIdentities, o.identity),
        labelOf(opinionChannels, o.channel),
        labelOf(subjectAreas, o.category),
        labelOf(opinionStatuses, o.status),
        o.duplicateOf ? '是' : '',
        o.receipt ?? '',
        dateZh(o.createdAt),
      ]),
    },
  }
}

const consultationExport: Endpoint = {
  path: '/staff/consultations/:id/:file',
  method: 'get',
  handler: (req) =>
    staffGuard(req, async () => {
      const format = fileOf(req, 'report')
      const { title, table } = await consultationReport(req, idOf(req))
      return send(table, format, `${title}-意见报送表`)
    }),
}

const lectureExport: Endpoint = {
  path: '/staff/lectures/:id/:file',
  method: 'get',
  handler: (req) =>
    staffGuard(req, async () => {
      const format = fileOf(req, 'registrations')
      const id = idOf(req)
      const l = await req.payload.find({ collection: 'lectures', where: { id: { equals: id } }, depth: 0, limit: 1, draft: true, overrideAccess: true, select: { title: true } })
      if (!l.docs[0]) throw new HttpError(404, '未找到该讲座')
      const regs = await req.payload.find({ collection: 'registrations', where: { lecture: { equals: id } }, depth: 0, limit: 0, pagination: false, overrideAccess: true, sort: 'createdAt' })
      const order = { confirmed: 0, waitlisted: 1, cancelled: 2 } as Record<string, number>
      const docs = [...regs.docs].sort((a, b) => (order[a.status] ?? 3) - (order[b.status] ?? 3) || (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0))
      return send(
        {
          title: '报名名单',
          columns: [
            { header: '姓名', width: 12 },
            { header: '手机号码', width: 16 },
            { header: '人数', width: 6 },
            { header: '状态', width: 10 },
            { header: '候补序号', width: 10 },
            { header: '签到码', width: 12 },
            { header: '签到时间', width: 20 },
            { header: '备注', width: 30 },
            { header: '报名时间', width: 20 },
          ],
          rows: docs.map((r) => [
            r.name ?? '',
            maskPhone(r.phone),
            r.attendees,
            labelOf(registrationStatuses, r.status),
            r.status === 'waitlisted' ? (r.waitlistPosition ?? '') : '',
            r.checkInCode ?? '',
            dateZh(r.checkedInAt),
            r.note ?? '',
            dateZh(r.createdAt),
          ]),
        },
        format,
        `${l.docs[0].title}-报名名单`,
      )
    }),
}

/** 采纳意见名单: for the reward the district plan promises — staff need the contact to reach the person. */
const adoptedExport: Endpoint = {
  path: '/staff/opinions/:file',
  method: 'get',
  handler: (req) =>
    staffGuard(req, async () => {
      const format = fileOf(req, 'adopted')
      const found = await req.payload.find({
        collection: 'opinions',
        where: { status: { equals: 'adopted' } },
        depth: 1,
        limit: 0,
        pagination: false,
        overrideAccess: true,
        context: { fullPhones: true },
        sort: '-updatedAt',
      })
      return send(
        {
          title: '采纳意见名单',
          columns: [
            { header: '回执编号', width: 18 },
            { header: '意见类别', width: 20 },
            { header: '所涉草案', width: 30 },
            { header: '条文', width: 10 },
            { header: '意见内容', width: 60 },
            { header: '姓名', width: 10 },
            { header: '手机号码', width: 14 },
            { header: '身份', width: 10 },
            { header: '采纳反馈', width: 40 },
            { header: '已给予奖励', width: 10 },
          ],
          rows: found.docs.map((o) => [
            o.receipt ?? '',
            labelOf(opinionKinds, o.kind),
            typeof o.consultation === 'object' && o.consultation ? o.consultation.title : '',
            o.articleLabel ?? '',
            o.content,
            o.name ?? '',
            o.phone ?? '',
            labelOf(submitterIdentities, o.identity),
            o.feedback ?? '',
            o.rewardIssued ? '是' : '',
          ]),
        },
        format,
        '采纳意见名单',
      )
    }),
}

const esc = (s: unknown) => String(s ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
function page(title: string, body: string, status = 200) {
  return new Response(
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(title)}</title>
<style>body{font:18px/1.6 system-ui,sans-serif;margin:0;padding:1rem;max-width:32rem}h1{font-size:1.4rem}input,button{font-size:1.2rem;padding:.7rem;width:100%;box-sizing:border-box;margin:.3rem 0}button{background:#b71c1c;color:#fff;border:0;border-radius:.4rem}.ok{color:#1b5e20}.warn{color:#b71c1c}dl{display:grid;grid-template-columns:auto 1fr;gap:.2rem 1rem}</style></head><body>${body}</body></html>`,
    { status, headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'x-frame-options': 'DENY' } },
  )
}
const codeForm = (code = '') =>
  `<form method="get"><label>签到码<input name="code" value="${esc(code)}" autocomplete="off" autocapitalize="characters" inputmode="latin"></label><button>查询</button></form><p><a href="/admin/collections/registrations">返回报名列表</a></p>`

async function registrationByCode(req: PayloadRequest, code: string) {
  const found = await req.payload.find({ collection: 'registrations', where: { checkInCode: { equals: code } }, depth: 1, limit: 1, overrideAccess: true })
  return found.docs[0]
}
const describe = (r: NonNullable<Awaited<ReturnType<typeof registrationByCode>>>) =>
  `<dl><dt>讲座</dt><dd>${esc(typeof r.lecture === 'object' ? r.lecture.title : r.lecture)}</dd><dt>姓名</dt><dd>${esc(r.name)}</dd><dt>手机</dt><dd>${esc(maskPhone(r.phone))}</dd><dt>人数</dt><dd>${esc(r.attendees)}</dd><dt>状态</dt><dd>${esc(labelOf(registrationStatuses, r.status))}</dd></dl>`

/** Check-in on a phone: scanning the registrant's QR code opens this page in the logged-in admin browser. */
const checkInPage: Endpoint = {
  path: '/staff/check-in',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.redirect(new URL(`/admin/login?redirect=${encodeURIComponent(new URL(req.url!).pathname + new URL(req.url!).search)}`, req.url!), 302)
    if (!isStaffUser(req.user)) return page('签到', '<p class="warn">您无权执行此操作。</p>', 403)
    const code = (new URL(req.url!).searchParams.get('code') ?? '').trim().toUpperCase()
    if (!code) return page('现场签到', `<h1>现场签到</h1>${codeForm()}`)
    const r = /^[A-Z0-9]{8}$/.test(code) ? await registrationByCode(req, code) : undefined
    if (!r) return page('现场签到', `<h1>现场签到</h1><p class="warn">未找到签到码 ${esc(code)}</p>${codeForm(code)}`, 404)
    const action =
      r.status !== 'confirmed'
        ? `<p class="warn">该报名${esc(labelOf(registrationStatuses, r.status))}，不能签到。</p>`
        : r.checkedInAt
          ? `<p class="ok">已于 ${esc(dateZh(r.checkedInAt))} 签到。</p>`
          : `<form method="post"><input type="hidden" name="code" value="${esc(code)}"><button>确认签到</button></form>`
    return page('现场签到', `<h1>现场签到</h1>${describe(r)}${action}${codeForm()}`)
  },
}

const checkIn: Endpoint = {
  path: '/staff/check-in',
  method: 'post',
  handler: (req) =>
    staffGuard(req, async () => {
      const type = req.headers.get('content-type') ?? ''
      let code = ''
      if (type.includes('json')) code = String(((await req.json?.()) as { code?: unknown })?.code ?? '')
      else code = String((await req.formData?.())?.get('code') ?? '')
      code = code.trim().toUpperCase()
      const r = /^[A-Z0-9]{8}$/.test(code) ? await registrationByCode(req, code) : undefined
      const asJson = type.includes('json') || (req.headers.get('accept') ?? '').includes('application/json')
      if (!r) return asJson ? Response.json({ message: '未找到该签到码' }, { status: 404 }) : page('现场签到', `<p class="warn">未找到该签到码</p>${codeForm()}`, 404)
      if (r.status !== 'confirmed') {
        const message = `该报名${labelOf(registrationStatuses, r.status)}，不能签到`
        return asJson ? Response.json({ message }, { status: 409 }) : page('现场签到', `${describe(r)}<p class="warn">${esc(message)}</p>${codeForm()}`, 409)
      }
      const checkedInAt = r.checkedInAt ?? new Date().toISOString()
      if (!r.checkedInAt) await req.payload.update({ collection: 'registrations', id: r.id, data: { checkedInAt }, overrideAccess: true, context: { skipPromotion: true } })
      if (asJson) return Response.json({ checkedInAt, already: Boolean(r.checkedInAt) })
      return page('现场签到', `<h1>签到成功</h1>${describe(r)}<p class="ok">签到时间 ${esc(dateZh(checkedInAt))}</p>${codeForm()}`)
    }),
}

export const staffEndpoints: Endpoint[] = [consultationExport, lectureExport, adoptedExport, checkInPage, checkIn]
