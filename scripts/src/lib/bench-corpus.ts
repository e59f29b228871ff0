/**
 * Benchmark content from the real law texts in ../shared/laws/: one explainer per article (about
 * 24,900 in all), in a stable order, plus news items. Each explainer carries the article text and a
 * short explanation, like the real ones.
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

/** Up to `limit` explainers, Civil Code first, then the other laws file by file. */
export function explainers(limit: number): ExplainerData[] {
  const root = path.join(sharedDir, 'laws')
  const files = lawFiles(root)
  const civil = files.filter((f) => f.includes(`${path.sep}民法典${path.sep}`))
  const others = files.filter((f) => !civil.includes(f) && !f.includes(`${path.sep}案例${path.sep}`))
  const out: ExplainerData[] = []
  const seen = new Set<string>()
  const add = (file: string, lawKey: string, lawTitle?: string) => {
    const law = parseLaw(fs.readFileSync(file, 'utf8'))
    const title = lawTitle ?? (law.title.startsWith('中华人民共和国') || !law.title ? law.title : law.title)
    for (const a of law.articles) {
      if (out.length >= limit) return
      const key = `${lawKey}/${a.number}`
      if (seen.has(key) || !a.text.trim()) continue
      seen.add(key)
      out.push({
        title: `${title}${a.label}解读`,
        slug: `${lawKey}-${a.number}`,
        law: title,
        lawKey,
        book: a.book ?? law.subtitle,
        chapter: a.chapter,
        section: a.section,
        articleNumber: a.number,
        articleText: a.text,
        explanation: lexical([
          `本条是${title}${a.chapter ? `“${a.chapter}”一章` : ''}的规定。`,
          `通俗地说：${a.text.slice(0, 120)}`,
          '群众在日常生活中遇到相关问题，可以向基层立法联系点咨询。',
        ]),
        tags: [title.replace(/^中华人民共和国/, '').slice(0, 20)],
        _status: 'published',
        publishedAt: new Date(Date.UTC(2025, 0, 1) + out.length * 60_000).toISOString(),
      })
    }
  }
  for (const f of civil) add(f, 'civil-code', '中华人民共和国民法典')
  others.forEach((f, i) => add(f, `law-${i + 1}`))
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
