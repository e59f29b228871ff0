import { describe, expect, it } from 'vitest'
import { parseLawMarkdown } from '../src/laws'

const sample = `# 中华人民共和国民法典

# 人格权编

2020年5月28日 第十三届全国人民代表大会第三次会议通过

<!-- INFO END -->

## 第六章  隐私权和个人信息保护

第一千零三十二条 自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。

隐私是自然人的私人生活安宁和不愿为他人知晓的私密空间、私密活动、私密信息。

### 第一节 测试

第一千零三十三条　除法律另有规定或者权利人明确同意外，任何组织或者个人不得实施下列行为：

（一）以电话、短信、即时通讯工具、电子邮件、传单等方式侵扰他人的私人生活安宁；

第一百二十条之一 资助恐怖活动组织的，处五年以下有期徒刑。
`

describe('parseLawMarkdown', () => {
  const law = parseLawMarkdown(sample)
  it('reads title and book from the header', () => {
    expect(law.title).toBe('中华人民共和国民法典')
    expect(law.book).toBe('人格权编')
  })
  it('splits articles and keeps multi-paragraph text', () => {
    expect(law.articles.map((a) => a.label)).toEqual(['第一千零三十二条', '第一千零三十三条', '第一百二十条之一'])
    const [a] = law.articles
    expect(a!.number).toBe(1032)
    expect(a!.text).toBe(
      '自然人享有隐私权。任何组织或者个人不得以刺探、侵扰、泄露、公开等方式侵害他人的隐私权。\n隐私是自然人的私人生活安宁和不愿为他人知晓的私密空间、私密活动、私密信息。',
    )
    expect(a!.chapter).toBe('第六章 隐私权和个人信息保护')
    expect(a!.section).toBeNull()
  })
  it('handles full-width spaces, sections and 之一', () => {
    expect(law.articles[1]!.text.startsWith('除法律另有规定')).toBe(true)
    expect(law.articles[1]!.section).toBe('第一节 测试')
    expect(law.articles[2]!).toMatchObject({ number: 120, sub: 1 })
  })
  it('does not take a reference inside a sentence for an article start', () => {
    const l = parseLawMarkdown('# 法\n\n<!-- INFO END -->\n\n第一条 见本法第二条规定。\n\n第二条规定的情形除外。\n')
    // "第二条规定…" starts a paragraph but is not followed by a space: it stays part of 第一条
    expect(l.articles).toHaveLength(1)
    expect(l.articles[0]!.text).toContain('第二条规定的情形除外')
  })
})
