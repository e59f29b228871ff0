import type { Payload } from 'payload'
import { labelOf, opinionChannels, opinionStatuses } from '@lawpoint/content-types'
import { isStaffUser } from '../access/roles'

const colours: Record<string, string> = {
  received: '#90a4ae',
  sorted: '#42a5f5',
  forwarded: '#7e57c2',
  adopted: '#43a047',
  'not-adopted': '#e57373',
  online: '#1e88e5',
  offline: '#fb8c00',
}

function Bar({ parts, total, max }: { parts: { key: string; label: string; n: number }[]; total: number; max: number }) {
  return (
    <div style={{ display: 'flex', height: 18, width: `${Math.max(4, (total / Math.max(1, max)) * 100)}%`, borderRadius: 3, overflow: 'hidden', background: '#eee' }}>
      {parts.filter((p) => p.n > 0).map((p) => (
        <div key={p.key} title={`${p.label} ${p.n}`} style={{ width: `${(p.n / Math.max(1, total)) * 100}%`, background: colours[p.key] ?? '#999' }} />
      ))}
    </div>
  )
}

function Legend({ list }: { list: readonly { value: string; label: string }[] }) {
  return (
    <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', fontSize: 13 }}>
      {list.map((o) => (
        <span key={o.value}>
          <span style={{ display: 'inline-block', width: 10, height: 10, background: colours[o.value], marginRight: 4 }} />
          {o.label}
        </span>
      ))}
    </div>
  )
}

/** On the admin dashboard: opinions per consultation by status and by channel; sign-ups against seats per lecture. */
export async function IntakeDashboard({ payload, user }: { payload: Payload; user?: unknown }) {
  if (!isStaffUser(user as never)) return null
  const [consultations, opinions, lectures, registrations] = await Promise.all([
    payload.find({ collection: 'consultations', depth: 0, limit: 8, sort: '-opensAt', select: { title: true }, overrideAccess: true }),
    payload.find({ collection: 'opinions', depth: 0, limit: 0, pagination: false, where: { consultation: { exists: true } }, select: { consultation: true, status: true, channel: true }, overrideAccess: true }),
    payload.find({ collection: 'lectures', depth: 0, limit: 8, sort: '-startsAt', select: { title: true, capacity: true }, overrideAccess: true }),
    payload.find({ collection: 'registrations', depth: 0, limit: 0, pagination: false, where: { status: { not_equals: 'cancelled' } }, select: { lecture: true, status: true, attendees: true }, overrideAccess: true }),
  ])
  const byConsultation = new Map<string, { status: Record<string, number>; channel: Record<string, number>; total: number }>()
  for (const o of opinions.docs) {
    const key = String(typeof o.consultation === 'object' ? o.consultation?.id : o.consultation)
    const s = byConsultation.get(key) ?? { status: {}, channel: {}, total: 0 }
    s.status[o.status] = (s.status[o.status] ?? 0) + 1
    s.channel[o.channel] = (s.channel[o.channel] ?? 0) + 1
    s.total++
    byConsultation.set(key, s)
  }
  const maxOpinions = Math.max(1, ...[...byConsultation.values()].map((s) => s.total))
  const seats = new Map<string, { confirmed: number; waitlisted: number }>()
  for (const r of registrations.docs) {
    const key = String(typeof r.lecture === 'object' ? r.lecture.id : r.lecture)
    const s = seats.get(key) ?? { confirmed: 0, waitlisted: 0 }
    if (r.status === 'confirmed') s.confirmed += r.attendees
    else s.waitlisted += r.attendees
    seats.set(key, s)
  }
  const cell = { padding: '0.3rem 0.5rem', verticalAlign: 'middle' } as const
  return (
    <div style={{ display: 'grid', gap: '2rem', margin: '2rem 0' }}>
      <section>
        <h2>意见征集情况</h2>
        <Legend list={[...opinionStatuses]} />
        <table style={{ width: '100%', borderCollapse: 'collapse', marginTop: '0.5rem' }}>
          <tbody>
            {consultations.docs.map((c) => {
              const s = byConsultation.get(String(c.id)) ?? { status: {}, channel: {}, total: 0 }
              return (
                <tr key={c.id}>
                  <td style={{ ...cell, width: '30%' }}>
                    <a href={`/admin/collections/opinions?where[consultation][equals]=${c.id}`}>{c.title}</a>
                  </td>
                  <td style={{ ...cell, width: '8%', textAlign: 'right' }}>{s.total} 条</td>
                  <td style={cell}>
                    <Bar total={s.total} max={maxOpinions} parts={opinionStatuses.map((o) => ({ key: o.value, label: o.label, n: s.status[o.value] ?? 0 }))} />
                    <div style={{ height: 4 }} />
                    <Bar total={s.total} max={maxOpinions} parts={opinionChannels.map((o) => ({ key: o.value, label: labelOf(opinionChannels, o.value), n: s.channel[o.value] ?? 0 }))} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
        <Legend list={[...opinionChannels]} />
      </section>
      <section>
        <h2>讲座报名与名额</h2>
        <table style={{ width: '100%', borderCollapse: 'collapse' }}>
          <tbody>
            {lectures.docs.map((l) => {
              const s = seats.get(String(l.id)) ?? { confirmed: 0, waitlisted: 0 }
              const pct = Math.min(100, (s.confirmed / Math.max(1, l.capacity)) * 100)
              return (
                <tr key={l.id}>
                  <td style={{ ...cell, width: '30%' }}>
                    <a href={`/admin/collections/registrations?where[lecture][equals]=${l.id}`}>{l.title}</a>
                  </td>
                  <td style={{ ...cell, width: '14%', textAlign: 'right' }}>
                    {s.confirmed} / {l.capacity}
                    {s.waitlisted ? `（候补 ${s.waitlisted}）` : ''}
                  </td>
                  <td style={cell}>
                    <div style={{ height: 18, background: '#eee', borderRadius: 3, overflow: 'hidden' }} title={`已报名 ${s.confirmed}，名额 ${l.capacity}`}>
                      <div style={{ width: `${pct}%`, height: '100%', background: pct >= 100 ? '#e53935' : '#43a047' }} />
                    </div>
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </section>
    </div>
  )
}
