import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseLaw } from '../src/laws'
import { searchDictionary, type DictionaryEntry } from '../src/search-dictionary'

// The law texts the product ships (laws/ at the repository root) and their keys by title.
const lawsDir = path.resolve(__dirname, '../../laws')
const keys: Record<string, string> = JSON.parse(fs.readFileSync(path.join(lawsDir, 'keys.json'), 'utf8'))

const markdownFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return markdownFiles(file)
    return entry.name.endsWith('.md') && entry.name !== '_index.md' ? [file] : []
  })

/**
 * Every law of laws/ by key: article number → text (without the 第…条 label). A file whose title is not in keys.json
 * (the cases in 案例/, the README) is not a law; the Civil Code's 8 book files share one title and merge into one law.
 */
function loadLibrary(): Map<string, Map<number, string>> {
  const library = new Map<string, Map<number, string>>()
  for (const file of markdownFiles(lawsDir)) {
    const law = parseLaw(fs.readFileSync(file, 'utf8'))
    const key = keys[law.title]
    if (!key) continue
    const articles = library.get(key) ?? new Map<number, string>()
    for (const article of law.articles) {
      if (articles.has(article.number)) throw new Error(`${path.relative(lawsDir, file)}: ${key} article ${article.number} twice`)
      articles.set(article.number, article.text)
    }
    library.set(key, articles)
  }
  return library
}

const library = loadLibrary()
const allArticles = [...library.values()].flatMap((articles) => [...articles.values()])

/** 饲养的动物 造成他人损害 → both phrases. */
const phrases = (expansion: string) => expansion.split(' ')
/** Every phrase of the expansion occurs contiguously in the text. */
const occursIn = (text: string, expansion: string) => phrases(expansion).every((phrase) => text.includes(phrase))
const normalize = (term: string) => term.normalize('NFKC').trim()
const label = (entry: DictionaryEntry) => `${entry.term} → ${entry.target.lawKey} ${entry.target.article}`

describe('the law library the dictionary is checked against', () => {
  it('holds every law of keys.json, the Civil Code whole', () => {
    expect([...library.keys()].sort()).toEqual(Object.values(keys).sort())
    const civilCode = library.get('civil-code')!
    expect(civilCode.size).toBe(1260)
    expect(civilCode.get(1042)).toContain('借婚姻索取财物')
  })
})

describe('search dictionary', () => {
  it('has at least 300 entries, each term once (after NFKC and trimming)', () => {
    expect(searchDictionary.length).toBeGreaterThanOrEqual(300)
    const count = new Map<string, number>()
    for (const entry of searchDictionary) count.set(normalize(entry.term), (count.get(normalize(entry.term)) ?? 0) + 1)
    expect([...count].filter(([, n]) => n > 1).map(([term]) => term)).toEqual([])
    expect(searchDictionary.filter((entry) => normalize(entry.term) === '').map(label)).toEqual([])
  })

  it('has no empty expansion or phrase, no punctuation inside a phrase, and no term inside its own expansion', () => {
    const problems = searchDictionary.flatMap((entry) => {
      const term = normalize(entry.term)
      if (entry.expansions.length === 0) return [`${label(entry)}: no expansion`]
      return entry.expansions.flatMap((expansion) => {
        if (phrases(expansion).some((phrase) => phrase === '')) return [`${label(entry)}: empty expansion or phrase in "${expansion}"`]
        if (/[\p{P}\s]/u.test(phrases(expansion).join(''))) return [`${label(entry)}: punctuation or white space inside "${expansion}"`]
        if (expansion.includes(term)) return [`${label(entry)}: the term is part of its expansion "${expansion}"`]
        return []
      })
    })
    expect(problems).toEqual([])
  })

  it('targets a law of keys.json and an article that law has', () => {
    const lawKeys = new Set(Object.values(keys))
    const problems = searchDictionary.flatMap((entry) => {
      if (!lawKeys.has(entry.target.lawKey)) return [`${label(entry)}: no such law key in keys.json`]
      if (!library.get(entry.target.lawKey)?.has(entry.target.article)) return [`${label(entry)}: no such article`]
      return []
    })
    expect(problems).toEqual([])
  })

  it('finds at least one expansion of every entry in its target article, each phrase of it contiguously', () => {
    const missing = searchDictionary
      .filter((entry) => {
        const text = library.get(entry.target.lawKey)?.get(entry.target.article) ?? ''
        return !entry.expansions.some((expansion) => occursIn(text, expansion))
      })
      .map((entry) => `${label(entry)}: none of ${entry.expansions.map((e) => `"${e}"`).join(', ')} in the article`)
    expect(missing).toEqual([])
  })

  it('has no dead wording: every expansion occurs in at least one article of the library', () => {
    const dead = searchDictionary.flatMap((entry) =>
      entry.expansions
        .filter((expansion) => !allArticles.some((text) => occursIn(text, expansion)))
        .map((expansion) => `${label(entry)}: "${expansion}" occurs in no article`),
    )
    expect(dead).toEqual([])
  })
})
