/**
 * The static paths of the law pages: one page per article of every law, one table of contents per law. Each
 * page's props are exactly what it shows (its article, its neighbours' labels, its explainers, the lectures and
 * consultations citing it), so they are also its inputs for incremental builds (lib/incremental.ts): an edit
 * re-renders only the pages it touches. All lookups go through the library's maps: O(1) per page.
 */
import { articleLabel, consultationState, type PublicExplainer } from '@lawpoint/content-types'
import { isUpcoming } from './status'
import type { LawArticle, Library, LibraryLaw } from './laws'

/** What an article page says about its law. */
export type LawHeader = Pick<LibraryLaw, 'key' | 'title' | 'shortTitle'>
export type Neighbour = { number: number; label: string }
/** An explainer shown on the page, with its related articles (each has a page only if the law has it). */
export type ShownExplainer = { item: PublicExplainer; related: (Neighbour & { exists: boolean })[]; range: Neighbour[] }
/** A run-of-articles explainer that lives on another article's page. */
export type CoveringExplainer = Pick<PublicExplainer, 'id' | 'title' | 'lawKey' | 'articleNumber' | 'articleNumberEnd' | 'articleLabel'>
export type CitingLecture = { id: number; slug?: string | null; title: string; startsAt: string; past: boolean }
export type CitingConsultation = { id: number; slug?: string | null; title: string; state: 'upcoming' | 'open' | 'closed'; opensAt: string; closesAt: string }

export interface ArticlePageProps {
  law: LawHeader
  article: LawArticle
  prev: Neighbour | null
  next: Neighbour | null
  explainers: ShownExplainer[]
  covering: CoveringExplainer[]
  lectures: CitingLecture[]
  consultations: CitingConsultation[]
}

const neighbour = (a: LawArticle | undefined): Neighbour | null => (a ? { number: a.number, label: a.label } : null)
export const lawHeader = (law: LibraryLaw): LawHeader => ({ key: law.key, title: law.title, shortTitle: law.shortTitle })

/** Every article page of a law, in order. */
export function articlePages(library: Library, law: LibraryLaw, now: Date): ArticlePageProps[] {
  const header = lawHeader(law)
  const labels = new Map(law.articles.map((a) => [a.number, a.label]))
  const ref = (n: number) => ({ number: n, label: labels.get(n) ?? articleLabel(n), exists: labels.has(n) })
  return law.articles.map((article, i) => ({
    law: header,
    article,
    prev: neighbour(law.articles[i - 1]),
    next: neighbour(law.articles[i + 1]),
    explainers: library.explainersAt(law.key, article.number).map((item) => ({
      item,
      related: (item.relatedArticles ?? []).filter((n) => n !== article.number).map(ref),
      range: rangeNumbers(item).filter((n) => n !== article.number && labels.has(n)).map((n) => ({ number: n, label: labels.get(n)! })),
    })),
    covering: library.coveringAt(law.key, article.number).map(({ id, title, lawKey, articleNumber, articleNumberEnd, articleLabel }) => ({ id, title, lawKey, articleNumber, articleNumberEnd, articleLabel })),
    lectures: library.lecturesAt(law.key, article.number).map((l) => ({ id: l.id, slug: l.slug, title: l.title, startsAt: l.startsAt, past: l.state !== 'scheduled' || !isUpcoming(l, now) })),
    consultations: library.consultationsAt(law.key, article.number).map((c) => ({ id: c.id, slug: c.slug, title: c.title, state: consultationState(c, now), opensAt: c.opensAt, closesAt: c.closesAt })),
  }))
}

/** The article numbers an explainer covers (one, or a run up to articleNumberEnd). */
export function rangeNumbers(e: Pick<PublicExplainer, 'articleNumber' | 'articleNumberEnd'>): number[] {
  const out: number[] = []
  for (let n = e.articleNumber; n <= Math.max(e.articleNumber, e.articleNumberEnd ?? 0); n++) out.push(n)
  return out
}

/** What a law's table of contents shows, for incremental builds: the law, and the title of each explainer. */
export const tocInputs = (law: LibraryLaw, explainers: readonly PublicExplainer[]) => ({
  law,
  explainers: explainers.map((e) => [e.articleNumber, e.articleNumberEnd, e.articleLabel, e.title]),
})
