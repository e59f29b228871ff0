import type { PublicExplainer } from '@lawpoint/content-types'

/**
 * Static paths for explainers by article number. An explainer covering several articles
 * (articleNumberEnd) gets a page at its first number and redirect pages at the others.
 */
export function explainerPaths(items: PublicExplainer[]) {
  const paths: { article: string; item: PublicExplainer; redirectTo?: number }[] = []
  const taken = new Set(items.map((i) => i.articleNumber))
  for (const item of items) {
    paths.push({ article: String(item.articleNumber), item })
    for (let n = item.articleNumber + 1; n <= (item.articleNumberEnd ?? 0); n++) {
      if (!taken.has(n)) paths.push({ article: String(n), item, redirectTo: item.articleNumber })
      taken.add(n)
    }
  }
  return paths
}

/** What an explainer page shows, for incremental builds: the document, and which related articles have a page. */
export const explainerPageInputs = (item: PublicExplainer, redirectTo: number | undefined, siblings: PublicExplainer[]) => ({
  item,
  redirectTo,
  related: (item.relatedArticles ?? []).map((n) => siblings.some((s) => s.articleNumber === n)),
})

export interface ChapterGroup { name: string; items: PublicExplainer[] }
export interface BookGroup { name: string; chapters: ChapterGroup[] }

/** Books and chapters in the law's own order (by their first article number). */
export function groupByBookAndChapter(items: PublicExplainer[]): BookGroup[] {
  const sorted = [...items].sort((a, b) => a.articleNumber - b.articleNumber)
  const books: BookGroup[] = []
  for (const item of sorted) {
    const bookName = item.book || '其他'
    let book = books.find((b) => b.name === bookName)
    if (!book) books.push((book = { name: bookName, chapters: [] }))
    const chapterName = item.chapter || '其他条文'
    let chapter = book.chapters.find((c) => c.name === chapterName)
    if (!chapter) book.chapters.push((chapter = { name: chapterName, items: [] }))
    chapter.items.push(item)
  }
  return books
}
