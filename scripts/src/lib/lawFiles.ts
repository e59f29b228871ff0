import fs from 'node:fs'
import path from 'node:path'

/** Every law file under shared/laws/ (one law, or one Civil Code book, per file), in a stable order. */
export function lawFiles(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const f of fs.readdirSync(d).sort()) {
      const p = path.join(d, f)
      if (fs.statSync(p).isDirectory()) walk(p)
      else if (f.endsWith('.md') && f !== '_index.md' && f !== 'README.md') out.push(p)
    }
  }
  walk(dir)
  return out
}
