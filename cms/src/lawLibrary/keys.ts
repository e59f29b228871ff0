/**
 * A law's key (its URL segment): from keys.json in the imported folder, else from laws/keys.json (the shipped
 * laws), else the key the law already has in the library, else `law-` + the first 8 hex digits of sha1(title).
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { lawKeyPattern } from './history'

export type KeyMap = Record<string, string>

export const fallbackKey = (title: string) => `law-${createHash('sha1').update(title).digest('hex').slice(0, 8)}`

/** Reads a keys.json (title → key); a broken one is an error worth stopping for, said in Chinese. */
export function readKeys(file: string): KeyMap {
  if (!fs.existsSync(file)) return {}
  let data: unknown
  try {
    data = JSON.parse(fs.readFileSync(file, 'utf8'))
  } catch (error) {
    throw new Error(`${file} 不是有效的 JSON：${(error as Error).message}`, { cause: error })
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${file} 应为 {"法律名称": "代号"} 形式的对象`)
  const bad = Object.entries(data).filter(([, v]) => typeof v !== 'string' || !lawKeyPattern.test(v))
  if (bad.length) throw new Error(`${file} 中的代号只能包含小写字母、数字和连字符：${bad.map(([t, v]) => `${t} → ${String(v)}`).join('；')}`)
  return data as KeyMap
}

/** The keys that apply to an import of `folder`: its own keys.json over the shipped one. */
export function keysFor(folder: string, shipped: string): { keys: KeyMap; sources: string[] } {
  const own = path.join(folder, 'keys.json')
  const sources = [own, shipped].filter((f, i, all) => all.indexOf(f) === i && fs.existsSync(f))
  const keys: KeyMap = {}
  for (const file of [...sources].reverse()) Object.assign(keys, readKeys(file))
  return { keys, sources }
}

export function resolveKey(title: string, keys: KeyMap, existing?: string | null): string {
  return keys[title] ?? existing ?? fallbackKey(title)
}
