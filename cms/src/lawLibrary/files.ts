/**
 * Reading a folder of law texts (the format of laws/README.md): every *.md below it except README.md, _index.md and
 * the 案例/ folder, parsed and grouped into laws by their `# title`. A law may come in several files (the Civil
 * Code's eight books, each with its book as second `#` heading); two files with the same title and book are two
 * versions of one law, and the newer is taken.
 */
import fs from 'node:fs'
import path from 'node:path'
import { parseLaw, type LawArticle } from '@lawpoint/content-types'
import { historyLines, latestDate, lawDates, shortTitleOf, type LawDates } from './history'

/** A law as the files give it, ready to compare with the library. */
export interface SourceLaw extends LawDates {
  title: string
  shortTitle: string
  /** The folder below the imported one it came from (宪法, 民法典, 社会法 …); none for files at the top. */
  category?: string
  history: string[]
  /** Files read for it, relative to the imported folder. */
  files: string[]
  articles: LawArticle[]
}

export interface FileProblem {
  file: string
  reason: string
}

export interface ReadResult {
  laws: SourceLaw[]
  /** Files that could not be used: they fail the import. */
  failed: FileProblem[]
  /** Files left out on purpose (an older version of a law also in the folder): said, not failed. */
  skipped: FileProblem[]
}

const skippedDirs = new Set(['案例', 'node_modules', '.git'])
const skippedFiles = new Set(['README.md', '_index.md'])

/** Every law file below a folder, in a stable order. */
export function lawFiles(root: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!skippedDirs.has(entry.name) && !entry.name.startsWith('.')) walk(full)
      } else if (entry.isFile() && entry.name.endsWith('.md') && !skippedFiles.has(entry.name)) out.push(full)
    }
  }
  walk(root)
  return out
}

interface ParsedFile {
  rel: string
  title: string
  subtitle?: string
  category?: string
  history: string[]
  latest: string
  articles: LawArticle[]
}

/** Reads and groups a folder; a file that cannot be used is listed with the reason, in Chinese. */
export function readLawFolder(root: string): ReadResult {
  const failed: FileProblem[] = []
  const skipped: FileProblem[] = []
  const parsed: ParsedFile[] = []
  for (const file of lawFiles(root)) {
    const rel = path.relative(root, file).split(path.sep).join('/')
    let markdown: string
    try {
      markdown = fs.readFileSync(file, 'utf8')
    } catch (error) {
      failed.push({ file: rel, reason: `无法读取：${(error as Error).message}` })
      continue
    }
    const law = parseLaw(markdown)
    if (!law.title) {
      failed.push({ file: rel, reason: '没有标题（文件开头应为“# 法律名称”）' })
      continue
    }
    if (!law.articles.length) {
      failed.push({ file: rel, reason: `《${law.title}》中没有找到条文（每条应以“第…条”开头的段落开始，且位于 <!-- INFO END --> 之后）` })
      continue
    }
    const history = historyLines(markdown)
    const dirs = rel.split('/').slice(0, -1)
    parsed.push({
      rel,
      title: law.title,
      subtitle: law.subtitle,
      category: dirs[0],
      history,
      latest: latestDate(history, path.basename(file)),
      // A book file (民法典/侵权责任编.md) names its book only in its second heading.
      articles: law.articles.map((a) => (a.book || !law.subtitle ? a : { ...a, book: law.subtitle })),
    })
  }

  const byTitle = new Map<string, ParsedFile[]>()
  for (const f of parsed) byTitle.set(f.title, [...(byTitle.get(f.title) ?? []), f])

  const laws: SourceLaw[] = []
  for (const [title, files] of byTitle) {
    // One file per part (book); of two files for the same part, the newer version.
    const parts = new Map<string, ParsedFile>()
    for (const f of files) {
      const key = f.subtitle ?? ''
      const other = parts.get(key)
      if (!other) parts.set(key, f)
      else {
        const [newer, older] = f.latest > other.latest ? [f, other] : [other, f]
        parts.set(key, newer)
        skipped.push({ file: older.rel, reason: `与 ${newer.rel} 是同一法律${key ? `（${key}）` : ''}的两个版本，采用较新的 ${newer.rel}` })
      }
    }
    // Parts in the order of their articles (总则 before 物权编 …), whatever the file names.
    const chosen = [...parts.values()].sort((a, b) => a.articles[0]!.number - b.articles[0]!.number)
    const articles = chosen.flatMap((f) => f.articles)
    // The history of a law in parts: the lines of its first part (they repeat in every book of the Civil Code).
    const history = chosen[0]!.history
    laws.push({
      title,
      shortTitle: shortTitleOf(title),
      category: chosen[0]!.category,
      history,
      ...lawDates(history),
      files: chosen.map((f) => f.rel),
      articles,
    })
  }
  return { laws, failed, skipped }
}
