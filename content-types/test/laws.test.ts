import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseLaw } from '../src/laws'

// The law texts the product ships (laws/ at the repository root).
const lawsDir = path.resolve(__dirname, '../../laws')

describe('law text parser', () => {
  it('reads a Civil Code book with its chapters and multi-paragraph articles', () => {
    const law = parseLaw(fs.readFileSync(path.join(lawsDir, '民法典/侵权责任编.md'), 'utf8'))
    expect(law.title).toBe('中华人民共和国民法典')
    expect(law.subtitle).toBe('侵权责任编')
    const a1165 = law.articles.find((a) => a.number === 1165)!
    expect(a1165.label).toBe('第一千一百六十五条')
    expect(a1165.chapter).toBe('第一章 一般规定')
    expect(a1165.text.split('\n')).toHaveLength(2)
    expect(a1165.text).toMatch(/^行为人因过错侵害他人民事权益/)
    expect(law.articles.at(-1)!.number).toBe(1258)
  })

  it('keeps 分编 and 节 apart in the contract book', () => {
    const law = parseLaw(fs.readFileSync(path.join(lawsDir, '民法典/合同编.md'), 'utf8'))
    const guarantee = law.articles.find((a) => a.number === 681)!
    expect(guarantee).toMatchObject({ part: '第二分编 典型合同', chapter: '第十三章 保证合同', section: '第一节 一般规定' })
    const numbers = law.articles.map((a) => a.number)
    expect(numbers[0]).toBe(463)
    expect(new Set(numbers).size).toBe(numbers.length)
  })
})
