import type { Payload } from 'payload'
import { opinionChannels, opinionStatuses } from '@lawpoint/content-types'
import { isStaffUser } from '../access/roles'
import { adminListPath } from './adminLinks'
import { opinionTallies, seatTallies } from './intakeCounts'

/**
 * Fills of the bars: Payload's own colour variables (greys that follow the light or dark theme, its blue, orange and
 * red), so the bars sit in either theme. The numbers are always written beside each bar: the colours only repeat them.
 */
const barFills: Record<string, string> = {
  received: 'var(--theme-elevation-400)',
  sorted: 'var(--theme-elevation-600)',
  forwarded: 'var(--color-blue-300)',
  adopted: 'var(--color-blue-600)',
  'not-adopted': 'var(--theme-error-400)',
  online: 'var(--color-blue-450)',
  offline: 'var(--theme-warning-400)',
  confirmed: 'var(--color-blue-500)',
  full: 'var(--theme-error-500)',
}

/** Scoped rules (inline styles cannot say :hover or @media); text colours come from the theme. */
const css = `
.lp-dash{display:grid;gap:calc(var(--base) * 2);margin:calc(var(--base) * 2) 0}
.lp-dash h2{margin:0}
.lp-dash__hint{margin:.25rem 0 1rem;color:var(--theme-elevation-650)}
.lp-dash__list{display:grid;gap:.75rem;margin:0;padding:0;list-style:none}
.lp-dash__item{display:grid;gap:.5rem;padding:.75rem 1rem;border:1px solid var(--theme-elevation-150);border-radius:4px;background:var(--theme-elevation-50);color:var(--theme-text)}
.lp-dash__head{display:flex;flex-wrap:wrap;justify-content:space-between;gap:.25rem 1rem}
.lp-dash__head a{font-weight:600;color:var(--theme-text)}
.lp-dash__row{display:grid;grid-template-columns:5em minmax(8rem,1fr) minmax(16rem,45%);gap:.25rem 1rem;align-items:center}
@media (max-width:768px){.lp-dash__row{grid-template-columns:1fr}}
.lp-dash__caption{color:var(--theme-elevation-650)}
.lp-dash__track{height:1.1rem;border-radius:3px;overflow:hidden;background:var(--theme-elevation-150)}
.lp-dash__bar{display:flex;gap:2px;height:100%}
.lp-dash__bar a{display:block;min-width:3px;height:100%}
.lp-dash__bar a:hover{opacity:.75}
.lp-dash__numbers{display:flex;flex-wrap:wrap;gap:.25rem .9rem;margin:0;padding:0;list-style:none}
.lp-dash__numbers a{color:var(--theme-text)}
.lp-dash__swatch{display:inline-block;width:.75em;height:.75em;margin-right:.35em;border-radius:2px}
.lp-dash__zero{color:var(--theme-elevation-650)}
`

const count = (n: number) => n.toLocaleString('zh-CN')
const percent = (part: number, whole: number) => `${Math.min(100, (part / Math.max(1, whole)) * 100)}%`

type Part = { key: string; label: string; n: number; href: string }

/** A bar made of links (the mouse's way in) and the same figures as linked text beside it (everyone's). */
function Breakdown({ caption, parts, width, unit }: { caption: string; parts: Part[]; width: string; unit: string }) {
  return (
    <div className="lp-dash__row">
      <span className="lp-dash__caption">{caption}</span>
      <div className="lp-dash__track" aria-hidden="true">
        <div className="lp-dash__bar" style={{ width }}>
          {parts
            .filter((p) => p.n > 0)
            .map((p) => (
              <a key={p.key} href={p.href} tabIndex={-1} title={`${p.label} ${count(p.n)} ${unit}`} data-segment={p.key} style={{ flex: `${p.n} 1 0`, background: barFills[p.key] }} />
            ))}
        </div>
      </div>
      <ul className="lp-dash__numbers">
        {parts.map((p) => (
          <li key={p.key} data-part={p.key}>
            <span className="lp-dash__swatch" style={{ background: barFills[p.key] }} aria-hidden="true" />
            {p.n > 0 ? (
              <a href={p.href}>
                {p.label} <strong>{count(p.n)}</strong>
              </a>
            ) : (
              <span className="lp-dash__zero">{p.label} 0</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  )
}

/**
 * On the admin dashboard (admins and editors): the latest consultations' opinions by status and by channel, and
 * the latest lectures' seats. Counted by the database (intakeCounts.ts); every figure links to the matching list.
 */
export async function IntakeDashboard({ payload, user }: { payload: Payload; user?: unknown }) {
  if (!isStaffUser(user as never)) return null
  const [consultations, lectures] = await Promise.all([
    payload.find({ collection: 'consultations', depth: 0, limit: 8, sort: '-opensAt', select: { title: true }, overrideAccess: true }),
    payload.find({ collection: 'lectures', depth: 0, limit: 8, sort: '-startsAt', select: { title: true, capacity: true }, overrideAccess: true }),
  ])
  const [opinions, seats] = await Promise.all([
    opinionTallies(payload, consultations.docs.map((c) => c.id)),
    seatTallies(payload, lectures.docs.map((l) => l.id)),
  ])
  const most = Math.max(1, ...[...opinions.values()].map((t) => t.total))
  return (
    <div className="lp-dash" data-testid="intake-dashboard">
      <style>{css}</style>
      <section aria-labelledby="lp-dash-opinions">
        <h2 id="lp-dash-opinions">意见征集情况</h2>
        <p className="lp-dash__hint">最近 {consultations.docs.length} 项征集收到的意见。点击草案名称、数字或色条，查看对应的意见。</p>
        {consultations.docs.length === 0 && <p>还没有意见征集。</p>}
        <ul className="lp-dash__list">
          {consultations.docs.map((c) => {
            const t = opinions.get(String(c.id)) ?? { total: 0, status: {}, channel: {} }
            const width = percent(t.total, most)
            return (
              <li key={c.id} className="lp-dash__item" data-consultation={c.id}>
                <div className="lp-dash__head">
                  <a href={adminListPath('opinions', { consultation: c.id })}>{c.title}</a>
                  <span data-total>共 {count(t.total)} 条意见</span>
                </div>
                <Breakdown
                  caption="办理状态"
                  unit="条"
                  width={width}
                  parts={opinionStatuses.map((o) => ({
                    key: o.value,
                    label: o.label,
                    n: t.status[o.value] ?? 0,
                    href: adminListPath('opinions', { consultation: c.id, status: o.value }),
                  }))}
                />
                <Breakdown
                  caption="收集渠道"
                  unit="条"
                  width={width}
                  parts={opinionChannels.map((o) => ({
                    key: o.value,
                    label: o.label,
                    n: t.channel[o.value] ?? 0,
                    href: adminListPath('opinions', { consultation: c.id, channel: o.value }),
                  }))}
                />
              </li>
            )
          })}
        </ul>
      </section>
      <section aria-labelledby="lp-dash-seats">
        <h2 id="lp-dash-seats">讲座报名与名额</h2>
        <p className="lp-dash__hint">最近 {lectures.docs.length} 场讲座。“已报名”按人数计（含同行人）；名额满后报名的人排在候补里，有人取消时按顺序递补。</p>
        {lectures.docs.length === 0 && <p>还没有讲座。</p>}
        <ul className="lp-dash__list">
          {lectures.docs.map((l) => {
            const s = seats.get(String(l.id)) ?? { confirmed: 0, waitlisted: 0 }
            const full = s.confirmed >= l.capacity
            const confirmedHref = adminListPath('registrations', { lecture: l.id, status: 'confirmed' })
            return (
              <li key={l.id} className="lp-dash__item" data-lecture={l.id}>
                <div className="lp-dash__head">
                  <a href={adminListPath('registrations', { lecture: l.id })}>{l.title}</a>
                  <span>{full ? '名额已满' : `余 ${count(l.capacity - s.confirmed)} 个名额`}</span>
                </div>
                <div className="lp-dash__row">
                  <span className="lp-dash__caption">名额 {count(l.capacity)}</span>
                  <div className="lp-dash__track" aria-hidden="true">
                    <div className="lp-dash__bar" style={{ width: percent(s.confirmed, l.capacity) }}>
                      {s.confirmed > 0 && (
                        <a href={confirmedHref} tabIndex={-1} title={`已报名 ${count(s.confirmed)} 人`} data-segment="confirmed" style={{ flex: '1 1 0', background: barFills[full ? 'full' : 'confirmed'] }} />
                      )}
                    </div>
                  </div>
                  <ul className="lp-dash__numbers">
                    <li data-part="confirmed">
                      {s.confirmed > 0 ? (
                        <a href={confirmedHref}>
                          已报名 <strong>{count(s.confirmed)}</strong> 人
                        </a>
                      ) : (
                        <span className="lp-dash__zero">已报名 0 人</span>
                      )}
                    </li>
                    <li data-part="waitlisted">
                      {s.waitlisted > 0 ? (
                        <a href={adminListPath('registrations', { lecture: l.id, status: 'waitlisted' })}>
                          候补 <strong>{count(s.waitlisted)}</strong> 人
                        </a>
                      ) : (
                        <span className="lp-dash__zero">候补 0 人</span>
                      )}
                    </li>
                  </ul>
                </div>
              </li>
            )
          })}
        </ul>
      </section>
    </div>
  )
}
