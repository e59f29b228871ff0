/**
 * Parser for the law texts in laws/ and in any folder staff import (Markdown: `# title`, optional `# book`, `<!-- INFO END -->`,
 * headings for 编 / 分编 / 章 / 节, then paragraphs starting 第…条). Pure: callers read the files.
 */
import { chineseToNumber } from './chinese-numerals'

export interface LawArticle {
  number: number
  /** 第一千一百六十五条 */
  label: string
  book?: string
  part?: string
  chapter?: string
  section?: string
  /** Paragraphs joined by newlines, without the leading label. */
  text: string
}

export interface ParsedLaw {
  title: string
  /** The second `#` heading, e.g. 侵权责任编 for a Civil Code book file. */
  subtitle?: string
  articles: LawArticle[]
}

const headingKind = (text: string): keyof Pick<LawArticle, 'book' | 'part' | 'chapter' | 'section'> | undefined => {
  const m = /^第[零〇一二三四五六七八九十百千]+(分编|编|章|节)/.exec(text)
  if (!m) return undefined
  return ({ 分编: 'part', 编: 'book', 章: 'chapter', 节: 'section' } as const)[m[1] as '分编' | '编' | '章' | '节']
}

const articleStart = /^第([零〇一二三四五六七八九十百千]+)条(?:之[一二三四五六七八九十]+)?[\s\u3000]+/

/** Collapse the wide spacing the sources use inside headings (第一章  一般规定 → 第一章 一般规定). */
const tidy = (s: string) => s.replace(/[\s\u3000]+/g, ' ').trim()

export function parseLaw(markdown: string): ParsedLaw {
  const lines = markdown.split(/\r?\n/)
  const titles: string[] = []
  const infoEnd = lines.findIndex((l) => l.includes('<!-- INFO END -->'))
  for (const line of lines.slice(0, infoEnd < 0 ? lines.length : infoEnd)) {
    const m = /^#\s+(.+)$/.exec(line)
    if (m) titles.push(tidy(m[1]!))
  }
  const place: Partial<Record<'book' | 'part' | 'chapter' | 'section', string>> = {}
  const articles: LawArticle[] = []
  let current: LawArticle | undefined
  for (const raw of lines.slice(infoEnd + 1)) {
    const line = raw.trim()
    if (!line) continue
    const heading = /^#{1,6}\s+(.+)$/.exec(line)
    if (heading) {
      const text = tidy(heading[1]!)
      const kind = headingKind(text)
      if (kind) {
        place[kind] = text
        // A new level resets the levels below it.
        const order = ['book', 'part', 'chapter', 'section'] as const
        for (const lower of order.slice(order.indexOf(kind) + 1)) delete place[lower]
      }
      current = undefined
      continue
    }
    const start = articleStart.exec(line)
    if (start) {
      current = {
        number: chineseToNumber(start[1]!),
        label: line.slice(0, start[0].length).trim(),
        ...place,
        text: line.slice(start[0].length).trim(),
      }
      articles.push(current)
    } else if (current) {
      current.text += `\n${line}`
    }
  }
  return { title: titles[0] ?? '', subtitle: titles[1], articles }
}
