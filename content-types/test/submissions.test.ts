import { describe, expect, it } from 'vitest'
import { fieldErrors, opinionSubmission, registrationSubmission } from '../src/submissions'

describe('opinion form schema', () => {
  const valid = {
    kind: 'consultation',
    consultation: '3',
    articleNumber: '12',
    content: '建议明确社区养老服务设施的配建标准。',
    name: '陈伯',
    phone: '13800138000',
    identity: 'resident',
    consent: 'on',
  }

  it('accepts a plain form post and coerces its strings', () => {
    const parsed = opinionSubmission.parse(valid)
    expect(parsed).toMatchObject({ consultation: 3, articleNumber: 12, consent: true, showPublicly: false })
  })

  it('answers each bad field with a Chinese message', () => {
    const result = opinionSubmission.safeParse({ ...valid, phone: '12345', content: '好', consent: undefined })
    expect(result.success).toBe(false)
    const errors = fieldErrors(result.error!)
    expect(errors.phone).toBe('请填写 11 位手机号码')
    expect(errors.content).toBe('意见内容至少 5 个字')
    expect(errors.consent).toBe('请阅读并同意隐私说明')
  })

  it('needs a consultation for an opinion on a draft, but not for a general suggestion', () => {
    const { consultation: _omit, ...rest } = valid
    expect(fieldErrors(opinionSubmission.safeParse(rest).error!).consultation).toBe('请选择要提意见的草案')
    expect(opinionSubmission.safeParse({ ...rest, kind: 'governance' }).success).toBe(true)
  })

  it('keeps markup as text', () => {
    const parsed = opinionSubmission.parse({ ...valid, content: '<script>alert(1)</script> 建议增加条款' })
    expect(parsed.content).toContain('<script>')
  })
})

describe('registration form schema', () => {
  it('bounds the number of attendees', () => {
    const base = { lecture: '1', name: '李阿姨', phone: '13912345678', consent: 'on' }
    expect(registrationSubmission.parse(base).attendees).toBe(1)
    expect(fieldErrors(registrationSubmission.safeParse({ ...base, attendees: '9' }).error!).attendees).toBe('每次报名最多 5 人')
    expect(fieldErrors(registrationSubmission.safeParse({ ...base, lecture: 'abc' }).error!).lecture).toBe('讲座编号无效')
  })
})
