/** Staff downloads: the forwarding report by article, a lecture's sign-up list, the adopted opinions. */
import type { Endpoint, PayloadRequest } from 'payload'
import { formatTimestamp, labelOf, maskPhone, opinionChannels, opinionKinds, opinionStatuses, registrationStatuses, subjectAreas, submitterIdentities } from '@lawpoint/content-types'
import { HttpError } from '../intake/http'
import { plausibleId } from '../intake/lookups'
import { staffGuard } from './guard'
import { sendTable, type Table } from './tables'

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
        formatTimestamp(o.createdAt),
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
      return sendTable(req.payload, table, format, `${title}-意见报送表`)
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
      return sendTable(
        req.payload,
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
            formatTimestamp(r.checkedInAt),
            r.note ?? '',
            formatTimestamp(r.createdAt),
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
      return sendTable(
        req.payload,
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


export const reportEndpoints: Endpoint[] = [consultationExport, lectureExport, adoptedExport]
