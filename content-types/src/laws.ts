/**
 * Parser for the law texts in /work/shared/laws (Markdown, format in its README.md):
 * `# title`, optional `# book`, dated events, `<!-- INFO END -->`, then `##` 编/章 and `###` 节
 * headings and articles, each starting a paragraph with `第…条` (Chinese numerals, optionally
 * `之一`), running over further paragraphs until the next article or heading.
 * Pure: takes the file's text, returns its articles. Used by the search evaluation, seeds and benchmarks.
 */
import { chineseToNumber } from './chinese-numerals.js'

export interface LawArticle {
  /** 中华人民共和国民法典 */
  law: string
  /** 人格权编 (the second `#` heading), if any */
  book: string | null
  /** The nearest `##` heading above the article (编 or 章) */
  chapter: string | null
  /** The nearest `###` heading (节), reset by every `##` */
  section: string | null
  /** 1032 (the number before any 之一) */
  number: number
  /** 1 for 第一百二十条之一, else 0 */
  sub: number
  /** 第一千零三十二条 or 第一百二十条之一, as written */
  label: string
  /** The article's text without its label; paragraphs joined by \n */
  text: string
}

export interface ParsedLaw {
  title: string
  book: string | null
  articles: LawArticle[]
}

const articleStart = /^第([零〇一二三四五六七八九十百千万]+)条(?:之([一二三四五六七八九十]+))?(?:[\s\u3000]+|$)/

export function parseLawMarkdown(markdown: string): ParsedLaw {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n')
  let title = ''
  let book: string | null = null
  let i = 0
  const infoEnd = lines.findIndex((l) => l.trim() === '<!-- INFO END -->')
  const headerEnd = infoEnd >= 0 ? infoEnd : 0
  for (; i < headerEnd; i++) {
    const m = lines[i]!.match(/^#\s+(.+?)\s*$/)
    if (!m) continue
    if (!title) title = m[1]!
    else if (!book) book = m[1]!
  }
  if (!title) {
    const m = markdown.match(/^#\s+(.+?)\s*$/m)
    title = m ? m[1]! : ''
  }
  const articles: LawArticle[] = []
  let chapter: string | null = null
  let section: string | null = null
  let current: LawArticle | null = null
  let paragraphs: string[] = []
  const flush = () => {
    if (current) {
      current.text = paragraphs.join('\n').trim()
      articles.push(current)
    }
    current = null
    paragraphs = []
  }
  for (i = infoEnd >= 0 ? infoEnd + 1 : 0; i < lines.length; i++) {
    const line = lines[i]!.trim()
    if (!line) continue
    const heading = line.match(/^(#{1,6})\s+(.+?)\s*$/)
    if (heading) {
      flush()
      const level = heading[1]!.length
      const text = heading[2]!.replace(/\s+/g, ' ')
      if (level <= 2) {
        chapter = text
        section = null
      } else section = text
      continue
    }
    const m = line.match(articleStart)
    if (m) {
      const number = chineseToNumber(m[1]!)
      if (Number.isFinite(number)) {
        flush()
        const sub = m[2] ? chineseToNumber(m[2]) : 0
        current = {
          law: title,
          book,
          chapter,
          section,
          number,
          sub,
          label: `第${m[1]}条${m[2] ? `之${m[2]}` : ''}`,
          text: '',
        }
        paragraphs = [line.slice(m[0].length)]
        continue
      }
    }
    if (current) paragraphs.push(line)
  }
  flush()
  return { title, book, articles }
}
