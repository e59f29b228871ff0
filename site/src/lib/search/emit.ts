/**
 * Node-only (build): writes the synonym list into the built site for run.ts to fetch.
 * Call from the Pagefind integration's `astro:build:done`:
 *   import { writeSynonymsJson } from '../lib/search/emit'
 *   await writeSynonymsJson(fileURLToPath(dir), (await loadSnapshot()).synonyms)
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { normaliseSynonyms, SYNONYMS_PATH, type SynonymEntry } from './synonyms'

export async function writeSynonymsJson(siteDir: string, entries: ReadonlyArray<Partial<SynonymEntry>> | null | undefined): Promise<string> {
  const file = join(siteDir, SYNONYMS_PATH)
  await mkdir(dirname(file), { recursive: true })
  await writeFile(file, JSON.stringify(normaliseSynonyms(entries)))
  return file
}
