/** The Chinese report of an import, one paragraph per law: printed by the command and kept in the law's import log. */
import { changeExcerpt, type LawDiff } from './diff'

const labelsLimit = 100
const excerptsLimit = 20

const list = (labels: string[]) =>
  labels.length > labelsLimit ? `${labels.slice(0, labelsLimit).join('、')} 等 ${labels.length} 条` : labels.join('、')

const counted = (verb: string, labels: string[]) => `${verb} ${labels.length} 条${labels.length ? `（${list(labels)}）` : ''}`

export interface LawReportInput {
  shortTitle: string
  isNew: boolean
  diff: LawDiff
  /** The law's own fields that change (name → 旧值 → 新值). */
  fieldChanges: string[]
  draft: boolean
}

/** The one-line summary: `《劳动合同法》：新增 2 条，修改 3 条（第十条、第十一条…），删除 0 条`. */
export function summaryLine({ shortTitle, isNew, diff, draft }: LawReportInput): string {
  const name = `《${shortTitle}》`
  if (isNew) return `${name}：首次导入，共 ${diff.added.length} 条${draft ? '（草稿，审核后在后台发布）' : ''}`
  return `${name}：${counted('新增', diff.added.map((a) => a.label))}，${counted('修改', diff.changed.map((c) => c.after.label))}，${counted('删除', diff.removed.map((a) => a.label))}`
}

/** The summary line, then what else changed and, for changed articles, the old and new wording (truncated). */
export function lawReport(input: LawReportInput): string {
  const { diff, fieldChanges, isNew } = input
  const lines = [summaryLine(input)]
  if (!isNew) {
    if (diff.moved.length) lines.push(`  另有 ${diff.moved.length} 条文字未变，仅编号、所在章节或顺序调整（${list(diff.moved.map((m) => m.after.label))}）`)
    for (const f of fieldChanges) lines.push(`  ${f}`)
    for (const c of diff.changed.slice(0, excerptsLimit)) {
      const e = changeExcerpt(c.before.text, c.after.text)
      lines.push(`  ${c.after.label}`, `    原：${e.before}`, `    新：${e.after}`)
    }
    if (diff.changed.length > excerptsLimit) lines.push(`  （其余 ${diff.changed.length - excerptsLimit} 条修改从略，可在后台“法条”中查看现行文本）`)
  }
  if (diff.duplicates.length) lines.push(`  注意：文件中 ${list(diff.duplicates)} 出现不止一次，只导入了第一次出现的`)
  return lines.join('\n')
}
