import type { UIFieldServerComponent } from 'payload'
import { hasRole, isStaffUser } from '../access/roles'
import { adminListPath } from './adminLinks'
import { articleTallies } from './intakeCounts'

type Article = { number?: number | null; label?: string | null; text?: string | null }

const css = `
.lp-by-article{margin:0 0 calc(var(--base) * 1.5);padding:.75rem 1rem;border:1px solid var(--theme-elevation-150);border-radius:4px;background:var(--theme-elevation-50);color:var(--theme-text)}
.lp-by-article h3{margin:0 0 .25rem}
.lp-by-article p{margin:0 0 .5rem;color:var(--theme-elevation-650)}
.lp-by-article table{width:100%;border-collapse:collapse}
.lp-by-article th,.lp-by-article td{padding:.35rem .5rem;border-top:1px solid var(--theme-elevation-150);text-align:left;vertical-align:top}
.lp-by-article td:last-child,.lp-by-article th:last-child{text-align:right;white-space:nowrap}
.lp-by-article a{color:var(--theme-text)}
.lp-by-article .lp-by-article__text{font-weight:400;color:var(--theme-elevation-650)}
`

const excerpt = (text?: string | null) => (text && text.length > 40 ? `${text.slice(0, 40)}…` : (text ?? ''))

/**
 * On a consultation's page in the admin: the draft's articles, each with how many opinions it received and a link to
 * them, plus the opinions on the draft as a whole. For those who read every opinion (admins, editors, volunteers).
 */
export const OpinionsByArticle: UIFieldServerComponent = async ({ id, data, payload, req }) => {
  if (!(isStaffUser(req.user) || hasRole(req.user, 'volunteer'))) return null
  if (id === undefined || id === null) return null
  const tally = await articleTallies(payload, id)
  const articles = ((data?.articles as Article[] | undefined) ?? []).filter((a) => typeof a.number === 'number')
  const listed = new Set(articles.map((a) => a.number))
  const elsewhere = [...tally.byArticle.entries()].filter(([n]) => !listed.has(n))
  const link = (n: number, label: string, filters: Parameters<typeof adminListPath>[1]) =>
    n > 0 ? <a href={adminListPath('opinions', { consultation: id, ...filters })} aria-label={`${label}：${n} 条意见`}>{n} 条</a> : <span>0 条</span>
  return (
    <section className="lp-by-article" data-testid="opinions-by-article" aria-labelledby="lp-by-article-title">
      <style>{css}</style>
      <h3 id="lp-by-article-title">各条收到的意见</h3>
      <p>共 {tally.total} 条意见。点击条数查看意见；群众提交的内容不能修改，办理在意见里进行。</p>
      <table>
        <thead>
          <tr>
            <th scope="col">条文</th>
            <th scope="col">意见</th>
          </tr>
        </thead>
        <tbody>
          <tr data-article="whole">
            <th scope="row">对草案整体</th>
            <td>{link(tally.wholeDraft, '对草案整体', { articleNumber: { exists: false } })}</td>
          </tr>
          {articles.map((a) => (
            <tr key={a.number} data-article={a.number}>
              <th scope="row">
                {a.label || `第 ${a.number} 条`} <span className="lp-by-article__text">{excerpt(a.text)}</span>
              </th>
              <td>{link(tally.byArticle.get(a.number!) ?? 0, a.label || `第 ${a.number} 条`, { articleNumber: a.number! })}</td>
            </tr>
          ))}
          {elsewhere.map(([n, count]) => (
            <tr key={`gone-${n}`} data-article={n}>
              <th scope="row">序号 {n}（草案中已没有这一条）</th>
              <td>{link(count, `序号 ${n}`, { articleNumber: n })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
