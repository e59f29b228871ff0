/**
 * Benchmark content from the real law texts in ../shared/laws/: folders of whole laws for the library
 * importer (about 22,000 articles in all), explainers on a share of their articles, and news items.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseLaw } from '@lawpoint/content-types'
import { lexical } from '@lawpoint/cms/seed/lexical'
import { env } from './env'
import { lawFiles } from './lawFiles'

const sharedDir = env.SHARED_DIR

export interface ExplainerData {
  title: string
  slug: string
  law: string
  lawKey: string
  book?: string
  chapter?: string
  section?: string
  articleNumber: number
  articleText: string
  explanation: ReturnType<typeof lexical>
  tags: string[]
  _status: 'published'
  publishedAt: string
}

/**
 * A folder of whole law files (hard links) holding at least `articles` articles: the Civil Code first, then the
 * other laws file by file; every law when `articles` is Infinity. For the staff's importer (cms lawLibrary).
 */
export function lawFolder(articles: number, into: string): { folder: string; articles: number } {
  const root = path.join(sharedDir, 'laws')
  const files = lawFiles(root).filter((f) => !f.includes(`${path.sep}案例${path.sep}`))
  const civil = files.filter((f) => f.includes(`${path.sep}民法典${path.sep}`))
  const ordered = [...civil, ...files.filter((f) => !civil.includes(f))]
  fs.mkdirSync(into, { recursive: true })
  let count = 0
  for (const file of ordered) {
    if (count >= articles && !civil.includes(file)) break
    const to = path.join(into, path.relative(root, file))
    fs.mkdirSync(path.dirname(to), { recursive: true })
    if (!fs.existsSync(to)) fs.linkSync(file, to)
    count += parseLaw(fs.readFileSync(file, 'utf8')).articles.length
  }
  return { folder: into, articles: count }
}

/** Explainers for every `every`-th article of the imported laws (key by title), like the real ones. */
export function explainers(folder: string, keyOf: Map<string, string>, every = 50): ExplainerData[] {
  const out: ExplainerData[] = []
  for (const file of lawFiles(folder)) {
    const law = parseLaw(fs.readFileSync(file, 'utf8'))
    const lawKey = keyOf.get(law.title)
    if (!lawKey) continue
    for (const a of law.articles.filter((_, i) => i % every === 0)) {
      if (!a.text.trim() || out.some((e) => e.lawKey === lawKey && e.articleNumber === a.number)) continue
      out.push({
        title: `${law.title}${a.label}解读`,
        slug: `${lawKey}-${a.number}`,
        law: law.title,
        lawKey,
        book: a.book ?? law.subtitle,
        chapter: a.chapter,
        section: a.section,
        articleNumber: a.number,
        articleText: a.text,
        explanation: lexical([
          `本条是${law.title}${a.chapter ? `“${a.chapter}”一章` : ''}的规定。`,
          `通俗地说：${a.text.slice(0, 120)}`,
          '群众在日常生活中遇到相关问题，可以向基层立法联系点咨询。',
        ]),
        tags: [law.title.replace(/^中华人民共和国/, '').slice(0, 20)],
        _status: 'published',
        publishedAt: new Date(Date.UTC(2025, 0, 1) + out.length * 60_000).toISOString(),
      })
    }
  }
  return out
}

export function news(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    title: `江海区基层立法联系点工作动态第${i + 1}期`,
    slug: `bench-news-${i + 1}`,
    category: 'work',
    summary: '联系点组织群众座谈，收集对地方性法规草案的意见建议。',
    body: lexical([
      `第${i + 1}期：江海区基层立法联系点组织社区居民、企业代表和律师开展立法意见征集座谈。`,
      '与会人员围绕草案条文逐条发表意见，联系点将整理后报送。',
    ]),
    _status: 'published' as const,
    publishedAt: new Date(Date.UTC(2025, 5, 1) + i * 3_600_000).toISOString(),
  }))
}
