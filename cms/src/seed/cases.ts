import fs from 'node:fs'
import path from 'node:path'
import { lawsDir } from './paths'

export interface CaseStudy {
  title: string
  facts: string
  outcome: string
  analysis: string
}

const factsHeadings = /基本案情|案情回顾|案情简介|案情/
const outcomeHeadings = /裁判结果|判决结果|处理结果|裁判要旨/
const analysisHeadings = /案例分析|法官解读|典型意义|法官说法|律师说法|评析/

/** A typical case from laws/案例/, split into facts, outcome and analysis by its headings. */
export function readCase(relativeFile: string): CaseStudy {
  const markdown = fs.readFileSync(path.join(lawsDir, '案例', relativeFile), 'utf8')
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? path.basename(relativeFile, '.md')
  const body = markdown.split('<!-- INFO END -->')[1] ?? markdown
  const sections: Record<'facts' | 'outcome' | 'analysis', string[]> = { facts: [], outcome: [], analysis: [] }
  let current: keyof typeof sections = 'facts'
  for (const raw of body.split(/\r?\n/)) {
    const line = raw.trim()
    if (!line) continue
    const heading = /^#{2,6}\s+(.+)$/.exec(line)
    if (heading) {
      const h = heading[1]!
      if (analysisHeadings.test(h)) current = 'analysis'
      else if (outcomeHeadings.test(h)) current = 'outcome'
      else if (factsHeadings.test(h)) current = 'facts'
      continue
    }
    sections[current].push(line)
  }
  return { title, facts: sections.facts.join('\n'), outcome: sections.outcome.join('\n'), analysis: sections.analysis.join('\n') }
}
