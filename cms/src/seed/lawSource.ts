import fs from 'node:fs'
import path from 'node:path'
import { parseLaw, type LawArticle } from '@lawpoint/content-types'
import { lawsDir } from './paths'

export interface SourcedArticle extends LawArticle {
  law: string
}

const civilCodeBooks = ['总则', '物权编', '合同编', '人格权编', '婚姻家庭编', '继承编', '侵权责任编', '附则']

let civilCode: Map<number, SourcedArticle> | undefined

/** Every article of the Civil Code, by number, with its book (总则 … 附则) filled in. */
export function civilCodeArticles(): Map<number, SourcedArticle> {
  if (civilCode) return civilCode
  civilCode = new Map()
  for (const book of civilCodeBooks) {
    const law = parseLaw(fs.readFileSync(path.join(lawsDir, '民法典', `${book}.md`), 'utf8'))
    for (const article of law.articles)
      civilCode.set(article.number, { ...article, book: law.subtitle ?? book, law: '中华人民共和国民法典' })
  }
  return civilCode
}

/** The articles of another law file under laws/. */
export function lawArticles(file: string): Map<number, SourcedArticle> {
  const law = parseLaw(fs.readFileSync(path.join(lawsDir, file), 'utf8'))
  const title = law.title.startsWith('中华人民共和国') ? law.title : `中华人民共和国${law.title}`
  return new Map(law.articles.map((a) => [a.number, { ...a, law: title }]))
}
